/**
 * (Lives in the pure inspect layer so src/credentials can render it too; src/sts/cli-output.ts re-exports it.)
 * The JSON the AWS CLI prints for an STS answer (`--output json`, the default).
 * - Members in the service model's order, as botocore's parser builds the dict; ResponseMetadata
 *   (the SDK's $metadata) is dropped, absent members are omitted.
 * - 4-space indentation, ": " and "," separators, non-ASCII unescaped: Python's
 *   json.dumps(indent=4, ensure_ascii=False), which JSON.stringify(…, 4) matches.
 * - Timestamps: CLI v1's default cli_timestamp_format is `none`, which prints the wire text
 *   unchanged ("2024-11-15T00:05:07Z"); v2's default `iso8601` prints "2024-11-15T00:05:07+00:00".
 *   The SDK has already parsed the wire text into a Date, so the wire form is rebuilt: second
 *   precision with "Z", milliseconds only when present.
 */

export type CliTimestampFormat = 'wire' | 'iso8601';

export interface CliOutputOptions {
  /** `wire` (CLI v1 default, the default here) or `iso8601` (CLI v2 default). */
  timestampFormat?: CliTimestampFormat;
}

/** Output members in model order (@aws-sdk/client-sts schemas, which follow the service model). */
const OUTPUT_ORDER: Readonly<Record<string, readonly string[]>> = {
  AssumeRole: ['Credentials', 'AssumedRoleUser', 'PackedPolicySize', 'SourceIdentity', 'SessionTokenUtilization', 'SessionTokenSize'],
  AssumeRoleWithSAML: [
    'Credentials', 'AssumedRoleUser', 'PackedPolicySize', 'Subject', 'SubjectType', 'Issuer', 'Audience', 'NameQualifier',
    'SourceIdentity', 'SessionTokenUtilization', 'SessionTokenSize', 'TrustedIdentityPropagationContext',
  ],
  AssumeRoleWithWebIdentity: [
    'Credentials', 'SubjectFromWebIdentityToken', 'AssumedRoleUser', 'PackedPolicySize', 'Provider', 'Audience',
    'SourceIdentity', 'SessionTokenUtilization', 'SessionTokenSize', 'TrustedIdentityPropagationContext',
  ],
  AssumeRoot: ['Credentials', 'SourceIdentity', 'SessionTokenUtilization', 'SessionTokenSize'],
  DecodeAuthorizationMessage: ['DecodedMessage'],
  GetAccessKeyInfo: ['Account'],
  GetCallerIdentity: ['UserId', 'Account', 'Arn'],
  GetDelegatedAccessToken: ['Credentials', 'PackedPolicySize', 'AssumedPrincipal'],
  GetFederationToken: ['Credentials', 'FederatedUser', 'PackedPolicySize', 'SessionTokenUtilization', 'SessionTokenSize'],
  GetScopedCredentials: ['Credentials', 'SessionInfo', 'SessionTokenUtilization', 'SessionTokenSize', 'ScopedPoliciesCount', 'SourceIdentity'],
  GetSessionToken: ['Credentials', 'SessionTokenUtilization', 'SessionTokenSize'],
  GetWebIdentityToken: ['WebIdentityToken', 'Expiration'],
};

/** Nested structures, by member name. */
const NESTED_ORDER: Readonly<Record<string, readonly string[]>> = {
  Credentials: ['AccessKeyId', 'SecretAccessKey', 'SessionToken', 'Expiration'],
  AssumedRoleUser: ['AssumedRoleId', 'Arn'],
  FederatedUser: ['FederatedUserId', 'Arn'],
  SessionInfo: ['ScopedSessionId', 'Arn'],
  TrustedIdentityPropagationContext: ['OriginIdentity', 'TransactionContext'],
  OriginIdentity: ['Subject', 'SubjectType', 'Issuer', 'FederatedProviderArn'],
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatCliTimestamp(date: Date, format: CliTimestampFormat = 'wire'): string {
  if (Number.isNaN(date.getTime())) return String(date);
  const base =
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  const ms = date.getUTCMilliseconds();
  if (format === 'iso8601') {
    // Python's datetime.isoformat(): microseconds only when non-zero.
    return `${base}${ms ? `.${pad(ms, 3)}000` : ''}+00:00`;
  }
  return `${base}${ms ? `.${pad(ms, 3)}` : ''}Z`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

function ordered(obj: Record<string, unknown>, order: readonly string[] | undefined, opts: Required<CliOutputOptions>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = [...(order ?? []).filter((k) => k in obj), ...Object.keys(obj).filter((k) => !(order ?? []).includes(k))];
  for (const key of keys) {
    if (key === '$metadata' || key === 'ResponseMetadata') continue;
    const value = convert(obj[key], key, opts);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function convert(value: unknown, key: string, opts: Required<CliOutputOptions>): unknown {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return formatCliTimestamp(value, opts.timestampFormat);
  if (Array.isArray(value)) return value.map((v) => convert(v, '', opts)).filter((v) => v !== undefined);
  if (isPlainObject(value)) return ordered(value, NESTED_ORDER[key], opts);
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/** The text `aws sts <operation> --output json` prints for this output. */
export function formatAsCliOutput(operation: string, output: unknown, options: CliOutputOptions = {}): string {
  const opts: Required<CliOutputOptions> = { timestampFormat: options.timestampFormat ?? 'wire' };
  const body = isPlainObject(output) ? ordered(output, OUTPUT_ORDER[operation], opts) : {};
  return JSON.stringify(body, null, 4);
}
