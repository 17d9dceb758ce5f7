/**
 * Test support: the raw material of the request fuzzer — nasty strings, parameter names and values,
 * and a form encoder that can also write broken forms on purpose.
 */
import { OPERATION_NAMES, type OperationName } from '../../../catalog/types';
import type { Rng } from '../../../inspect/test-support/fuzz';
import { uriEncode } from '../../sigv4/uri-encode';

export const OPERATIONS = OPERATION_NAMES;

/** Parameters that make each operation's request well-formed (the fuzzer mutates from here). */
export const BASE_PARAMS: Record<OperationName, [string, string][]> = {
  AssumeRole: [
    ['RoleArn', 'arn:aws:iam::123456789012:role/xaccounts3access'],
    ['RoleSessionName', 'fuzz-session'],
  ],
  AssumeRoleWithSAML: [
    ['RoleArn', 'arn:aws:iam::123456789012:role/TestSaml'],
    ['PrincipalArn', 'arn:aws:iam::123456789012:saml-provider/SAML-test'],
    ['SAMLAssertion', 'PHNhbWxwOlJlc3BvbnNlLz4='],
  ],
  AssumeRoleWithWebIdentity: [
    ['RoleArn', 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole'],
    ['RoleSessionName', 'app1'],
    ['WebIdentityToken', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln'],
  ],
  AssumeRoot: [
    ['TargetPrincipal', '111122223333'],
    ['TaskPolicyArn.arn', 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials'],
  ],
  GetSessionToken: [['DurationSeconds', '900']],
  GetFederationToken: [['Name', 'Bob']],
  GetScopedCredentials: [['DurationSeconds', '600']],
  GetWebIdentityToken: [
    ['Audience.member.1', 'https://api.example.com'],
    ['SigningAlgorithm', 'RS256'],
  ],
  GetDelegatedAccessToken: [['TradeInToken', 'dGhpcyBpcyBub3QgYSB0b2tlbg']],
  GetCallerIdentity: [],
  GetAccessKeyInfo: [['AccessKeyId', 'ASIAY34FZKBOKMUTVV7A']],
  DecodeAuthorizationMessage: [['EncodedMessage', 'EXAMPLEWodyRNrtlQARDip-eTA6i6DrlUhHhPQ']],
};

const PARAM_NAMES = [
  'RoleArn', 'RoleSessionName', 'Policy', 'DurationSeconds', 'ExternalId', 'SerialNumber', 'TokenCode', 'SourceIdentity',
  'MinimumSessionTokenSize', 'PrincipalArn', 'SAMLAssertion', 'WebIdentityToken', 'ProviderId', 'TargetPrincipal',
  'TaskPolicyArn.arn', 'Name', 'ScopedSessionDescription', 'SigningAlgorithm', 'Scope', 'SubjectMode', 'TradeInToken',
  'AccessKeyId', 'EncodedMessage', 'Tags', 'PolicyArns', 'TransitiveTagKeys', 'Audience', 'ProvidedContexts',
  'Tags.member.1.Key', 'Tags.member.1.Value', 'Tags.member.999999.Key', 'Tags.member.999999999.Value', 'Tags.member.0.Key',
  'Tags.member.-1.Key', 'Tags.member.1e3.Key', 'Tags.member.01.Key', 'Tags.member.1.Key.Extra', 'Tags.member.1.Nope',
  'Tags.member.', 'Tags.member..Key', 'PolicyArns.member.1.arn', 'PolicyArns.member.2147483648.arn', 'PolicyArns.member.1',
  'TransitiveTagKeys.member.1', 'TransitiveTagKeys.member.9999999999', 'Audience.member.1', 'Audience.member.0',
  'ProvidedContexts.member.1.ProviderArn', 'ProvidedContexts.member.1.ContextAssertion', 'Action', 'Version',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'X-Amz-Algorithm', 'X-Amz-Date', '', ' ', 'Ä', '\u0000',
];

const NUMBERS = ['1e309', '-0', '0x10', '  900', '900 ', '+900', '2147483648', '-2147483649', '9999999999', '00000000900', 'NaN',
  'Infinity', '-Infinity', '1.5', '900.0', '½', '٣٠٠٠', '', ' ', '0', '-1', '43201', '129600', '3600', '900', '1_000', '0b1'];

const POLICIES = [
  '{', '}', '{"Version":', '[]', 'null', 'true', '"str"', '{"Statement":{}}', '{"Version":"2012-10-17"}',
  '{"Version":"2012-10-17","Statement":[]}', '{"Version":"2012-10-17","Statement":[{}]}',
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*",1,null,{}],"Resource":"*"}]}',
  '{"Version":"2012-10-17","Statement":{"Effect":"Deny","NotAction":"sts:*","Resource":"*","Condition":{"StringLike":{"aws:x":[[]]}}}}',
  '{"__proto__":{"polluted":1},"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"toString":{"constructor":"x"}}}]}',
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Principal":{"AWS":"*"}}]}',
  '{"Version":"2012-10-17","Statement":[{"Sid":"\u0000\ud800","Effect":"Allow","Action":"*","Resource":"*"}]}',
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}garbage',
  '\ufeff{"Version":"2012-10-17","Statement":[]}', '{"a":1,"a":2}', '1e309', '{"Version":"2012-10-17","Statement":[1,2,3]}',
];

const ARNS = ['arn:aws:iam::123456789012:role/xaccounts3access', 'arn:aws:iam::123456789012:role/', 'arn:aws:iam::1234:role/x',
  'arn:aws:iam:::role/x', 'arn::::', 'arn', 'arn:aws:iam::123456789012:user/DevAdmin', 'arn:aws:iam::aws:policy/ReadOnlyAccess',
  'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor', 'arn:aws-cn:iam::123456789012:role/x', 'arn:aws:iam::123456789012:role/a/b/c/d/e'];

/** Characters that break parsers: controls, quotes, markup, escapes, RTL, emoji, lone surrogates. */
const NASTY_CHARS = 'aZ09 _-+=,.@/:%&?#;<>"\'`\\{}[]()*$!~\t\n\r\u0000\u0001\u001f\u007f\u0085\u00a0\u2028\u202e\ufeff\ufffe\uffff€𝄞😀\ud800\udfff';

export function nastyString(rng: Rng, max = 100_000): string {
  const n = rng.length(max);
  if (rng.chance(0.5)) return rng.string(NASTY_CHARS, n);
  return rng.pick(['A', 'x', '%', '.member.1', '<a>', '&amp;', 'undef', '\u0000']).repeat(Math.max(1, Math.ceil(n / 4)));
}

export function paramName(rng: Rng): string {
  const r = rng.next();
  if (r < 0.6) return rng.pick(PARAM_NAMES);
  if (r < 0.7) return `Tags${'.member.1'.repeat(rng.range(2, 400))}.Key`;
  if (r < 0.8) return 'A'.repeat(rng.range(1000, 120_000));
  return nastyString(rng, 2000);
}

export function paramValue(rng: Rng, name: string): string {
  const r = rng.next();
  if (/Duration|MinimumSessionTokenSize/.test(name) && r < 0.7) return rng.pick(NUMBERS);
  if (name === 'Policy' && r < 0.7) {
    if (rng.chance(0.15)) return rng.chance(0.5) ? '['.repeat(rng.range(100, 20_000)) : '{"a":'.repeat(rng.range(100, 5000));
    return rng.pick(POLICIES);
  }
  if (/Arn|arn|PrincipalArn/.test(name) && r < 0.6) return rng.pick(ARNS);
  if (r < 0.15) return '';
  if (r < 0.3) return rng.pick(NUMBERS);
  if (r < 0.4) return rng.pick(POLICIES);
  return nastyString(rng);
}

/** Percent-encodes text as UTF-8 (lone surrogates become U+FFFD): the same encoding SigV4 uses. */
export const formEncode = uriEncode;

/** Encodes one component, sometimes wrongly: raw text, broken escapes, escapes of invalid UTF-8. */
function encodeComponent(rng: Rng, text: string): string {
  const r = rng.next();
  if (r < 0.8) return formEncode(text);
  if (r < 0.88) return text;
  const broken = ['%', '%G1', '%2', '%zz', '%C3', '%C3%28', '%FF%FE', '%ED%A0%80', '%F4%90%80%80', '%C0%AF', '%E2%82', '%%', '%u00e9'];
  return formEncode(text) + rng.pick(broken);
}

export function joinForm(rng: Rng, pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([k, v]) => (rng.chance(0.03) ? encodeComponent(rng, k) : `${encodeComponent(rng, k)}=${encodeComponent(rng, v)}`)).join(rng.chance(0.05) ? '&&' : '&');
}

/** Mutates an operation's parameter list: drops, replaces, duplicates, adds. */
export function mutateParams(rng: Rng, pairs: readonly [string, string][]): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of pairs) {
    const r = rng.next();
    if (r < 0.1) continue;
    if (r < 0.3) out.push([k, paramValue(rng, k)]);
    else out.push([k, v]);
    if (rng.chance(0.1)) out.push([k, paramValue(rng, k)]);
  }
  const extra = rng.chance(0.3) ? rng.range(1, 4) : 0;
  for (let i = 0; i < extra; i++) {
    const name = paramName(rng);
    out.push([name, paramValue(rng, name)]);
  }
  if (rng.chance(0.05)) {
    const count = rng.range(50, 1200);
    for (let i = 1; i <= count; i++) out.push([`Tags.member.${i}.Key`, `k${i % 7}`], [`Tags.member.${i}.Value`, 'v']);
  }
  return rng.chance(0.1) ? out.reverse() : out;
}
