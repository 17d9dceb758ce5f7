/**
 * STS endpoints: which URL a (partition, Region, kind) choice means, which Region signs for it,
 * which operations the global endpoint refuses, and what the page's CSP must allow to reach them.
 * The URL rules are the STS endpoint rule set's (reference §12; @aws-sdk/client-sts endpoint/bdd.js).
 */
import type { OperationName, OperationSpec } from '../catalog/types';
import type { Message } from '../kernel/message';
import { PARTITIONS, PARTITION_IDS, findRegion, partitionOfRegion, type PartitionId } from './partitions';

export { PARTITIONS, PARTITION_IDS, partitionOfRegion };
export type { PartitionId, PartitionInfo, RegionInfo } from './partitions';

export const ENDPOINT_KINDS = ['global', 'regional', 'fips', 'dualstack', 'fips-dualstack'] as const;
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];

const GLOBAL_ENDPOINT_URL = 'https://sts.amazonaws.com';
/** The global endpoint signs as us-east-1. */
const GLOBAL_SIGNING_REGION = 'us-east-1';

/** Operations STS serves only on Regional endpoints (reference §2.4, §2.11, §2.12). */
const REGIONAL_ONLY_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'AssumeRoot',
  'GetWebIdentityToken',
  'GetScopedCredentials',
]);

/** Regions where AWS publishes `sts-fips.{region}.amazonaws.com` in the commercial partition. */
const COMMERCIAL_FIPS_REGIONS = new Set(['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2']);

export interface EndpointChoice {
  partition: PartitionId;
  region: string;
  kind: EndpointKind;
}

export interface ResolvedEndpoint {
  /** `https://sts.eu-west-1.amazonaws.com`; empty when no URL can be formed (no Region). */
  url: string;
  /** The Region the SigV4 credential scope must name. */
  signingRegion: string;
  /** Plain-language problems and caveats with the choice; empty when all is well. */
  problems: Message[];
}

export function resolveEndpoint(choice: EndpointChoice): ResolvedEndpoint {
  const partition = PARTITIONS[choice.partition];
  const region = choice.region.trim();
  const problems: Message[] = [];

  if (choice.kind === 'global') {
    if (partition.hasGlobalEndpoint) {
      const listed = region ? findRegion('aws', region) : undefined;
      if (listed?.optIn) {
        problems.push(/*i18n*/ {
          id: 'endpoint.globalOptIn',
          message: 'Credentials from the global endpoint are version 1 tokens by default, which are not valid in opt-in Regions such as {region}. Use the Regional endpoint, or switch the account to version 2 tokens ({action}).',
          values: { region, action: 'iam:SetSecurityTokenServicePreferences' },
          verbatim: ['region', 'action'],
        });
      }
      return { url: GLOBAL_ENDPOINT_URL, signingRegion: GLOBAL_SIGNING_REGION, problems };
    }
    problems.push(/*i18n*/ {
      id: 'endpoint.noGlobal',
      message: 'The {name} partition ({partition}) has no global STS endpoint; only the aws partition does. The Regional endpoint is used instead.',
      values: { name: partition.name, partition: partition.id },
      verbatim: ['name', 'partition'],
    });
  }

  if (!region) {
    problems.push(/*i18n*/ { id: 'endpoint.chooseRegion', message: 'Choose a Region of the {name} partition.', values: { name: partition.name }, verbatim: ['name'] });
    return { url: '', signingRegion: '', problems };
  }
  if (region === 'aws-global') {
    problems.push(/*i18n*/ { id: 'endpoint.awsGlobal', message: '{value} is not a Region; choose the global endpoint kind, or a real Region.', values: { value: 'aws-global' }, verbatim: ['value'] });
  } else if (!partition.regionPattern.test(region)) {
    const actual = partitionOfRegion(region);
    problems.push(
      actual
        ? /*i18n*/ { id: 'endpoint.otherPartition', message: '{region} belongs to the {actual} partition, not {partition}.', values: { region, actual, partition: partition.id }, verbatim: ['region', 'actual', 'partition'] }
        : /*i18n*/ { id: 'endpoint.notARegion', message: '{region} does not look like a Region of the {partition} partition.', values: { region, partition: partition.id }, verbatim: ['region', 'partition'] },
    );
  } else if (!findRegion(partition.id, region)) {
    problems.push(/*i18n*/ { id: 'endpoint.unlistedRegion', message: "{region} is not in this workbench's list of {partition} Regions; check the spelling.", values: { region, partition: partition.id }, verbatim: ['region', 'partition'] });
  }

  const fips = choice.kind === 'fips' || choice.kind === 'fips-dualstack';
  const dualstack = choice.kind === 'dualstack' || choice.kind === 'fips-dualstack';
  let host: string;
  if (fips && dualstack) host = `sts-fips.${region}.${partition.dualStackDnsSuffix}`;
  // In GovCloud the plain Regional endpoint is already FIPS-validated.
  else if (fips && partition.id === 'aws-us-gov') host = `sts.${region}.amazonaws.com`;
  else if (fips) host = `sts-fips.${region}.${partition.dnsSuffix}`;
  else if (dualstack) host = `sts.${region}.${partition.dualStackDnsSuffix}`;
  else host = `sts.${region}.${partition.dnsSuffix}`;

  if (fips && partition.id === 'aws' && !COMMERCIAL_FIPS_REGIONS.has(region)) {
    problems.push(/*i18n*/ {
      id: 'endpoint.fipsRegions',
      message: 'AWS publishes STS FIPS endpoints for us-east-1, us-east-2, us-west-1 and us-west-2 (and GovCloud); {host} may not exist.',
      values: { host },
      verbatim: ['host'],
    });
  }
  return { url: `https://${host}`, signingRegion: region, problems };
}

function hostOf(url: string): string | undefined {
  const text = url.includes('://') ? url : `https://${url}`;
  try {
    return new URL(text).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return undefined;
  }
}

/** True for `https://sts.amazonaws.com` (any scheme, port or path; a bare host name works too). */
export function isGlobalEndpoint(url: string): boolean {
  return hostOf(url) === 'sts.amazonaws.com';
}

function isEndpointKind(value: string): value is EndpointKind {
  return (ENDPOINT_KINDS as readonly string[]).includes(value);
}

/**
 * Whether the endpoint (a URL or an endpoint kind) serves the operation: the global endpoint
 * does not serve AssumeRoot, GetWebIdentityToken or GetScopedCredentials.
 */
export function endpointAllowsOperation(
  urlOrKind: string,
  spec: Pick<OperationSpec, 'name'> & Partial<Pick<OperationSpec, 'globalEndpoint'>>,
): boolean {
  const global = isEndpointKind(urlOrKind) ? urlOrKind === 'global' : isGlobalEndpoint(urlOrKind);
  if (!global) return true;
  return spec.globalEndpoint !== false && !REGIONAL_ONLY_OPERATIONS.has(spec.name);
}

/**
 * The sources the Content-Security-Policy `connect-src` must list so the page can call every STS
 * endpoint resolveEndpoint can produce, the sandbox on this origin, and local test endpoints.
 * CSP's `*.` matches any number of labels, so `https://*.amazonaws.com` covers
 * `sts-fips.us-east-1.amazonaws.com` and GovCloud; the dual-stack suffixes of the other partitions
 * (`api.amazonwebservices.com.cn`, `api.aws.ic.gov`, …) are not under their IPv4 suffixes and are
 * listed separately. No `http://[::1]:*`: CSP's grammar has no IPv6 literals, browsers drop such a
 * source with a console error, so an endpoint at [::1] must be given as `localhost`.
 */
export function stsConnectSources(): string[] {
  const sources = ["'self'", GLOBAL_ENDPOINT_URL];
  for (const id of PARTITION_IDS) {
    const p = PARTITIONS[id];
    for (const suffix of [p.dnsSuffix, p.dualStackDnsSuffix]) {
      const source = `https://*.${suffix}`;
      if (!sources.includes(source)) sources.push(source);
    }
  }
  // 127.0.0.1 is the one IP address CSP host matching accepts (CSP3 "host-part matching").
  sources.push('http://127.0.0.1:*', 'http://localhost:*');
  return sources;
}

/** Whether a CSP host-source from stsConnectSources() admits the URL (used by tests and diagnostics). */
export function connectSourcesAllow(url: string, sources: readonly string[] = stsConnectSources()): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  for (const source of sources) {
    const m = /^(https?):\/\/(\*\.)?([a-z0-9.-]+)(?::(\*|\d+))?$/i.exec(source);
    if (!m) continue;
    const [, scheme, wildcard, base, port] = m;
    // An http: source also admits https: (CSP3 scheme-part matching).
    if (parsed.protocol !== `${scheme}:` && !(scheme === 'http' && parsed.protocol === 'https:')) continue;
    const hostOk = wildcard ? host.endsWith(`.${base!.toLowerCase()}`) : host === base!.toLowerCase();
    if (!hostOk) continue;
    const effectivePort = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
    const portOk = port === '*' || (port === undefined ? effectivePort === (scheme === 'https' ? '443' : '80') : port === effectivePort);
    if (portOk) return true;
  }
  return false;
}
