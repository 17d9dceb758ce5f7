/**
 * The AWS partitions as data: DNS suffixes (IPv4 and dual-stack) and Regions.
 * Suffixes follow the SDK's partitions table (@aws-sdk/core util-endpoints, version 1.1) and
 * reference §12; the Region lists are a snapshot, enough for menus (any Region that matches a
 * partition's pattern still resolves).
 */

export const PARTITION_IDS = [
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
] as const;

export type PartitionId = (typeof PARTITION_IDS)[number];

export interface RegionInfo {
  id: string;
  name: string;
  /** Opt-in Region: disabled until the account enables it; global-endpoint (v1) tokens do not work there. */
  optIn?: boolean;
}

export interface PartitionInfo {
  id: PartitionId;
  /** Human name for menus. */
  name: string;
  /** `amazonaws.com` */
  dnsSuffix: string;
  /** `api.aws` */
  dualStackDnsSuffix: string;
  /** Which Region names belong to the partition. */
  regionPattern: RegExp;
  regions: readonly RegionInfo[];
  /** Only `aws` has `https://sts.amazonaws.com`. */
  hasGlobalEndpoint: boolean;
}

const AWS_REGIONS: readonly RegionInfo[] = [
  { id: 'us-east-1', name: 'US East (N. Virginia)' },
  { id: 'us-east-2', name: 'US East (Ohio)' },
  { id: 'us-west-1', name: 'US West (N. California)' },
  { id: 'us-west-2', name: 'US West (Oregon)' },
  { id: 'af-south-1', name: 'Africa (Cape Town)', optIn: true },
  { id: 'ap-east-1', name: 'Asia Pacific (Hong Kong)', optIn: true },
  { id: 'ap-east-2', name: 'Asia Pacific (Taipei)', optIn: true },
  { id: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)' },
  { id: 'ap-northeast-2', name: 'Asia Pacific (Seoul)' },
  { id: 'ap-northeast-3', name: 'Asia Pacific (Osaka)' },
  { id: 'ap-south-1', name: 'Asia Pacific (Mumbai)' },
  { id: 'ap-south-2', name: 'Asia Pacific (Hyderabad)', optIn: true },
  { id: 'ap-southeast-1', name: 'Asia Pacific (Singapore)' },
  { id: 'ap-southeast-2', name: 'Asia Pacific (Sydney)' },
  { id: 'ap-southeast-3', name: 'Asia Pacific (Jakarta)', optIn: true },
  { id: 'ap-southeast-4', name: 'Asia Pacific (Melbourne)', optIn: true },
  { id: 'ap-southeast-5', name: 'Asia Pacific (Malaysia)', optIn: true },
  { id: 'ap-southeast-6', name: 'Asia Pacific (New Zealand)', optIn: true },
  { id: 'ap-southeast-7', name: 'Asia Pacific (Thailand)', optIn: true },
  { id: 'ca-central-1', name: 'Canada (Central)' },
  { id: 'ca-west-1', name: 'Canada West (Calgary)', optIn: true },
  { id: 'eu-central-1', name: 'Europe (Frankfurt)' },
  { id: 'eu-central-2', name: 'Europe (Zurich)', optIn: true },
  { id: 'eu-north-1', name: 'Europe (Stockholm)' },
  { id: 'eu-south-1', name: 'Europe (Milan)', optIn: true },
  { id: 'eu-south-2', name: 'Europe (Spain)', optIn: true },
  { id: 'eu-west-1', name: 'Europe (Ireland)' },
  { id: 'eu-west-2', name: 'Europe (London)' },
  { id: 'eu-west-3', name: 'Europe (Paris)' },
  { id: 'il-central-1', name: 'Israel (Tel Aviv)', optIn: true },
  { id: 'me-central-1', name: 'Middle East (UAE)', optIn: true },
  { id: 'me-south-1', name: 'Middle East (Bahrain)', optIn: true },
  { id: 'mx-central-1', name: 'Mexico (Central)', optIn: true },
  { id: 'sa-east-1', name: 'South America (São Paulo)' },
];

export const PARTITIONS: Readonly<Record<PartitionId, PartitionInfo>> = {
  aws: {
    id: 'aws',
    name: 'AWS (commercial)',
    dnsSuffix: 'amazonaws.com',
    dualStackDnsSuffix: 'api.aws',
    regionPattern: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/,
    regions: AWS_REGIONS,
    hasGlobalEndpoint: true,
  },
  'aws-cn': {
    id: 'aws-cn',
    name: 'AWS China',
    dnsSuffix: 'amazonaws.com.cn',
    dualStackDnsSuffix: 'api.amazonwebservices.com.cn',
    regionPattern: /^cn-\w+-\d+$/,
    regions: [
      { id: 'cn-north-1', name: 'China (Beijing)' },
      { id: 'cn-northwest-1', name: 'China (Ningxia)' },
    ],
    hasGlobalEndpoint: false,
  },
  'aws-us-gov': {
    id: 'aws-us-gov',
    name: 'AWS GovCloud (US)',
    dnsSuffix: 'amazonaws.com',
    dualStackDnsSuffix: 'api.aws',
    regionPattern: /^us-gov-\w+-\d+$/,
    regions: [
      { id: 'us-gov-east-1', name: 'AWS GovCloud (US-East)' },
      { id: 'us-gov-west-1', name: 'AWS GovCloud (US-West)' },
    ],
    hasGlobalEndpoint: false,
  },
  'aws-iso': {
    id: 'aws-iso',
    name: 'AWS ISO (C2S)',
    dnsSuffix: 'c2s.ic.gov',
    dualStackDnsSuffix: 'api.aws.ic.gov',
    regionPattern: /^us-iso-\w+-\d+$/,
    regions: [
      { id: 'us-iso-east-1', name: 'US ISO East' },
      { id: 'us-iso-west-1', name: 'US ISO West' },
    ],
    hasGlobalEndpoint: false,
  },
  'aws-iso-b': {
    id: 'aws-iso-b',
    name: 'AWS ISO-B (SC2S)',
    dnsSuffix: 'sc2s.sgov.gov',
    dualStackDnsSuffix: 'api.aws.scloud',
    regionPattern: /^us-isob-\w+-\d+$/,
    regions: [
      { id: 'us-isob-east-1', name: 'US ISOB East (Ohio)' },
      { id: 'us-isob-west-1', name: 'US ISOB West' },
    ],
    hasGlobalEndpoint: false,
  },
  'aws-iso-e': {
    id: 'aws-iso-e',
    name: 'AWS ISO-E',
    dnsSuffix: 'cloud.adc-e.uk',
    dualStackDnsSuffix: 'api.cloud-aws.adc-e.uk',
    regionPattern: /^eu-isoe-\w+-\d+$/,
    regions: [{ id: 'eu-isoe-west-1', name: 'EU ISOE West' }],
    hasGlobalEndpoint: false,
  },
  'aws-iso-f': {
    id: 'aws-iso-f',
    name: 'AWS ISO-F',
    dnsSuffix: 'csp.hci.ic.gov',
    dualStackDnsSuffix: 'api.aws.hci.ic.gov',
    regionPattern: /^us-isof-\w+-\d+$/,
    regions: [
      { id: 'us-isof-east-1', name: 'US ISOF East' },
      { id: 'us-isof-south-1', name: 'US ISOF South' },
    ],
    hasGlobalEndpoint: false,
  },
  'aws-eusc': {
    id: 'aws-eusc',
    name: 'AWS European Sovereign Cloud',
    dnsSuffix: 'amazonaws.eu',
    dualStackDnsSuffix: 'api.amazonwebservices.eu',
    regionPattern: /^eusc-de-\w+-\d+$/,
    regions: [{ id: 'eusc-de-east-1', name: 'AWS European Sovereign Cloud (Germany)' }],
    hasGlobalEndpoint: false,
  },
};

/** The partition a Region name belongs to, by the partitions' Region patterns; undefined if none. */
export function partitionOfRegion(region: string): PartitionId | undefined {
  if (region === 'aws-global') return 'aws';
  // The patterns do not overlap today; the narrower partitions are still tried first.
  const order: PartitionId[] = ['aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc', 'aws-cn', 'aws'];
  return order.find((id) => PARTITIONS[id].regionPattern.test(region));
}

/** The Region's entry in the partition's list, if it is listed. */
export function findRegion(partition: PartitionId, region: string): RegionInfo | undefined {
  return PARTITIONS[partition].regions.find((r) => r.id === region);
}
