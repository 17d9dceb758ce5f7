/**
 * The one ARN parser (inspectors, the sandbox, the catalog's rules and the policy validator all use it),
 * with the resource forms IAM and STS use spelled out: paths (`role/a/b/Name`), assumed-role sessions,
 * federated users, SAML and OIDC providers, MFA devices, the root user and managed policies
 * (reference §3.2, §3.4). It reads the text exactly as given: a caller holding pasted text trims it first,
 * the policy validator judges what the policy says.
 */
import type { Message } from './message';
import { fail, ok, type ParseResult } from './result';

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  /** 12 digits, `aws` for AWS-managed IAM policies, or '' for services without accounts (s3 buckets). */
  account: string;
  /** Everything after the fifth colon, unchanged. */
  resource: string;
  /** `role`, `assumed-role`, `user`, `root`, `oidc-provider`, … ; null when the resource has no type prefix. */
  resourceType: string | null;
  /** The entity name (the role name for `assumed-role`; the provider host/path for `oidc-provider`); '' for `root`. */
  resourceName: string;
  /** IAM path with leading and trailing slash (`/` when none) for path-bearing IAM entities; null otherwise. */
  path: string | null;
  /** For `assumed-role` only: the role session name. */
  sessionName?: string;
  /** Non-fatal oddities (an IAM ARN with a Region, an account that is not 12 digits…). */
  problems: Message[];
}

export interface ArnParts {
  partition?: string;
  service: string;
  region?: string;
  account?: string;
  resource: string;
}

const KNOWN_PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];
/** IAM entities whose resource may carry a path: `type/path/.../Name`. */
const PATH_TYPES = new Set(['role', 'user', 'group', 'policy', 'instance-profile', 'server-certificate', 'mfa']);
/** Types whose whole remainder is the name, slashes included. */
const WHOLE_NAME_TYPES = new Set(['oidc-provider', 'saml-provider', 'federated-user']);

function splitResource(service: string, resource: string): Pick<ParsedArn, 'resourceType' | 'resourceName' | 'path' | 'sessionName'> & { problem?: Message } {
  if (resource === 'root') return { resourceType: 'root', resourceName: '', path: null };
  const slash = resource.indexOf('/');
  const colon = resource.indexOf(':');
  const cut = slash < 0 ? colon : colon < 0 ? slash : Math.min(slash, colon);
  if (cut < 0) return { resourceType: null, resourceName: resource, path: null };
  const type = resource.slice(0, cut);
  const rest = resource.slice(cut + 1);
  if ((service === 'iam' || service === 'sts') && resource[cut] === '/') {
    if (type === 'assumed-role') {
      const i = rest.indexOf('/');
      if (i < 0) return { resourceType: type, resourceName: rest, path: null, problem: /*i18n*/ { id: 'arn.problem.noSession', message: 'An assumed-role ARN ends in assumed-role/RoleName/SessionName; the session name is missing' } };
      return { resourceType: type, resourceName: rest.slice(0, i), sessionName: rest.slice(i + 1), path: null };
    }
    if (WHOLE_NAME_TYPES.has(type)) return { resourceType: type, resourceName: rest, path: null };
    if (PATH_TYPES.has(type)) {
      const i = rest.lastIndexOf('/');
      return { resourceType: type, resourceName: rest.slice(i + 1), path: i < 0 ? '/' : `/${rest.slice(0, i + 1)}` };
    }
  }
  return { resourceType: type, resourceName: rest, path: null };
}

export function parseArn(text: string): ParseResult<ParsedArn, Message> {
  if (typeof text !== 'string') return fail(/*i18n*/ { id: 'arn.error.notText', message: 'An ARN must be text' });
  const value = text;
  if (value.trim() === '') return fail(/*i18n*/ { id: 'arn.error.empty', message: 'The ARN is empty' });
  // The resource itself may contain colons, so only the first five separate fields.
  const parts: string[] = [];
  let rest = value;
  for (let i = 0; i < 5; i++) {
    const c = rest.indexOf(':');
    if (c < 0) break;
    parts.push(rest.slice(0, c));
    rest = rest.slice(c + 1);
  }
  parts.push(rest);
  if (parts.length < 6) return fail(/*i18n*/ { id: 'arn.error.parts', message: 'An ARN has six colon-separated parts; this one has {count}', values: { count: parts.length } });
  const [prefix, partition, service, region, account, resource] = parts as [string, string, string, string, string, string];
  if (prefix !== 'arn') return fail(/*i18n*/ { id: 'arn.error.prefix', message: 'An ARN starts with “{arn}”; this one starts with “{prefix}”', values: { arn: 'arn:', prefix: `${prefix}:` }, verbatim: ['arn', 'prefix'] });
  if (partition === '') return fail(/*i18n*/ { id: 'arn.error.noPartition', message: 'The partition (second part, such as aws) is empty' });
  if (service === '') return fail(/*i18n*/ { id: 'arn.error.noService', message: 'The service (third part, such as iam or sts) is empty' });
  if (resource === '') return fail(/*i18n*/ { id: 'arn.error.noResource', message: 'The resource (sixth part, such as role/MyRole) is empty' });

  const problems: Message[] = [];
  if (!KNOWN_PARTITIONS.includes(partition)) problems.push(/*i18n*/ { id: 'arn.problem.partition', message: '“{partition}” is not a known AWS partition', values: { partition }, verbatim: ['partition'] });
  if (account !== '' && !/^\d{12}$/.test(account) && !(service === 'iam' && account === 'aws')) {
    problems.push(/*i18n*/ { id: 'arn.problem.account', message: 'The account “{account}” is not a 12-digit account ID', values: { account }, verbatim: ['account'] });
  }
  if ((service === 'iam' || service === 'sts') && region !== '') {
    problems.push(/*i18n*/ { id: 'arn.problem.region', message: '{service} ARNs have no Region; this one names “{region}”', values: { service: service.toUpperCase(), region }, verbatim: ['service', 'region'] });
  }
  const split = splitResource(service, resource);
  if (split.problem) problems.push(split.problem);
  if (service === 'iam' && split.resourceType === 'assumed-role') problems.push(/*i18n*/ { id: 'arn.problem.assumedRoleService', message: 'Assumed-role ARNs belong to the sts service, not iam' });
  if (service === 'sts' && split.resourceType === 'role') problems.push(/*i18n*/ { id: 'arn.problem.roleService', message: 'Role ARNs belong to the iam service; STS session ARNs use assumed-role/' });

  const { problem: _p, ...names } = split;
  return ok({ partition, service, region, account, resource, ...names, problems });
}

export function formatArn(parts: ArnParts): string {
  return `arn:${parts.partition ?? 'aws'}:${parts.service}:${parts.region ?? ''}:${parts.account ?? ''}:${parts.resource}`;
}

/**
 * The known role this ARN most likely means when it names the role without its path
 * (`role/ReadOnlyAuditor` for `role/audit/ReadOnlyAuditor`): same partition, account and name.
 * Null when the ARN is not a role ARN, already has a path, matches exactly, or nothing fits.
 */
export function roleArnWithPath(roleArn: string, knownRoleArns: readonly string[]): string | null {
  const given = parseArn(roleArn);
  if (!given.ok || given.value.resourceType !== 'role' || given.value.path !== '/') return null;
  if (knownRoleArns.includes(roleArn.trim())) return null;
  for (const known of knownRoleArns) {
    const k = parseArn(known);
    if (!k.ok || k.value.resourceType !== 'role' || k.value.path === '/') continue;
    if (k.value.partition === given.value.partition && k.value.account === given.value.account && k.value.resourceName === given.value.resourceName) return known;
  }
  return null;
}
