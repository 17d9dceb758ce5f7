/**
 * Trust-policy evaluation (reference §9) against a custom world (fixtures/trust-world): every
 * condition-operator family passing and failing, explicit Deny, same- vs cross-account rules,
 * sts:TagSession / sts:SetSourceIdentity, role chaining with transitive tags, federated condition
 * keys, and the account settings (disabled Regions, outbound federation). MFA: trust-mfa.test.ts.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_BOTO3, noticeMissing, okResult, outcomeOf, runBoto, type BotoCase, type BotoResult, type Creds } from './support/clients';
import { mintSaml } from './support/controls';
import { useSandbox } from './support/server';
import { A, B, DENIED, EXTERNAL_CLIENT, EXTERNAL_ISSUER, NO_POLICY, NO_TAG, PARTNER_USER, roleArn, trustWorld } from './fixtures/trust-world';

noticeMissing({ boto3: true }, 'trust policies (boto3)');

const DEV_ADMIN_ARN = `arn:aws:iam::${A}:user/DevAdmin`;

/** The test plays an external OIDC IdP: its public key goes into the world file as inline jwks. */
const externalKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const externalJwk = { ...(externalKey.publicKey.export({ format: 'jwk' }) as Record<string, unknown>), kid: 'ext-1', alg: 'RS256', use: 'sig' };

async function externalToken(claims: Record<string, unknown>, opts: { key?: KeyObject; expiresInSeconds?: number } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ aud: EXTERNAL_CLIENT, sub: 'team-a/alice', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'ext-1', typ: 'JWT' })
    .setIssuer(EXTERNAL_ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(now + (opts.expiresInSeconds ?? 3600))
    .sign(opts.key ?? externalKey.privateKey);
}

/** One day ahead of real time (trust-mfa.test.ts moves the clock past it). */
const dateSoon = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

type Outcome = 'allow' | 'deny';
interface TrustCase extends BotoCase {
  expect: Outcome;
  why: string;
  /** The action a denial must name, when it is not sts:AssumeRole itself. */
  action?: string;
}

const assume = (id: string, role: string, expectOutcome: Outcome, why: string, params: Record<string, unknown> = {}, creds?: BotoCase['creds']): TrustCase => ({
  id,
  op: 'assume_role',
  params: { RoleArn: role, RoleSessionName: 'trust-test', ...params },
  ...(creds ? { creds } : {}),
  expect: expectOutcome,
  why,
});

const r = roleArn;
const TAG_PROJECT = { Tags: [{ Key: 'Project', Value: 'alpha' }] };

const OPERATOR_CASES: TrustCase[] = [
  assume('se-pass', r('C-StringEquals'), 'allow', 'StringEquals matches', { ExternalId: 'ext-123' }),
  assume('se-fail', r('C-StringEquals'), 'deny', 'StringEquals differs', { ExternalId: 'ext-124' }),
  assume('se-case', r('C-StringEquals'), 'deny', 'StringEquals is case-sensitive', { ExternalId: 'EXT-123' }),
  assume('se-absent', r('C-StringEquals'), 'deny', 'a missing key makes a positive operator false'),
  assume('sne-pass', r('C-StringNotEquals'), 'allow', 'StringNotEquals with another value', { RoleSessionName: 'allowed' }),
  assume('sne-fail', r('C-StringNotEquals'), 'deny', 'StringNotEquals with the excluded value', { RoleSessionName: 'forbidden' }),
  assume('seic-pass', r('C-StringEqualsIgnoreCase'), 'allow', 'StringEqualsIgnoreCase ignores case', { RoleSessionName: 'CASENAME' }),
  assume('seic-fail', r('C-StringEqualsIgnoreCase'), 'deny', 'StringEqualsIgnoreCase with another value', { RoleSessionName: 'othername' }),
  assume('sl-pass', r('C-StringLike'), 'allow', 'StringLike * and ?', { RoleSessionName: 'ci-build-job1' }),
  assume('sl-fail', r('C-StringLike'), 'deny', '? matches exactly one character', { RoleSessionName: 'ci-build-job12' }),
  assume('snl-pass', r('C-StringNotLike'), 'allow', 'StringNotLike with a non-matching value', { RoleSessionName: 'perm-1' }),
  assume('snl-fail', r('C-StringNotLike'), 'deny', 'StringNotLike with a matching value', { RoleSessionName: 'tmp-1' }),
  assume('arnlike-pass', r('C-ArnLike'), 'allow', 'ArnLike on aws:PrincipalArn'),
  assume('arnne-pass', r('C-ArnNotEquals'), 'allow', 'ArnNotEquals for a user'),
  assume('bool-nomfa', r('C-Bool-MFA'), 'deny', 'Bool MFA true without MFA'),
  assume('boolifexists-longterm', r('C-BoolIfExists-MFA'), 'allow', 'long-term keys carry no aws:MultiFactorAuthPresent, so BoolIfExists is true'),
  assume('boolfalse-longterm', r('C-Bool-False'), 'deny', 'Bool "false" does not catch long-term keys (the key is absent)'),
  assume('num-eq', r('C-NumericEquals'), 'allow', 'NumericEquals on a principal tag'),
  assume('num-lt', r('C-NumericLessThan'), 'deny', 'NumericLessThan 1000 with 1234'),
  assume('mfaage-absent', r('C-NumericMfaAge'), 'deny', 'aws:MultiFactorAuthAge absent without MFA'),
  assume('date-gt', r('C-DateGreaterThan'), 'allow', 'DateGreaterThan a past date'),
  assume('date-lt-past', r('C-DateLessThan-Past'), 'deny', 'DateLessThan a past date'),
  assume('date-lt-soon', r('C-DateLessThan-Soon'), 'allow', 'DateLessThan tomorrow'),
  assume('null-true-pass', r('C-NullTrue'), 'allow', 'Null "true": key absent'),
  assume('null-true-fail', r('C-NullTrue'), 'deny', 'Null "true": key present', { ExternalId: 'some-id' }),
  assume('null-false-pass', r('C-NullFalse'), 'allow', 'Null "false": key present', { SourceIdentity: 'alice' }),
  assume('null-false-fail', r('C-NullFalse'), 'deny', 'Null "false": key absent'),
  assume('ifexists-absent', r('C-IfExists'), 'allow', '...IfExists is true when the key is absent'),
  assume('ifexists-match', r('C-IfExists'), 'allow', '...IfExists matching value', { ExternalId: 'ext-ok' }),
  assume('ifexists-other', r('C-IfExists'), 'deny', '...IfExists with another value', { ExternalId: 'ext-no' }),
  assume('anyvalue-pass', r('C-ForAnyValue'), 'allow', 'ForAnyValue with a matching tag key', TAG_PROJECT),
  assume('anyvalue-empty', r('C-ForAnyValue'), 'deny', 'ForAnyValue is false for an empty set'),
  assume('allvalues-empty', r('C-ForAllValues'), 'allow', 'ForAllValues is true for an empty set'),
  assume('allvalues-subset', r('C-ForAllValues'), 'allow', 'ForAllValues with a subset', TAG_PROJECT),
  assume('allvalues-other', r('C-ForAllValues'), 'deny', 'ForAllValues with a key outside the set', { Tags: [{ Key: 'Project', Value: 'a' }, { Key: 'Owner', Value: 'b' }] }),
  assume('var-pass', r('C-PolicyVariable'), 'allow', '${aws:username} equals the session name', { RoleSessionName: 'DevAdmin' }),
  assume('var-fail', r('C-PolicyVariable'), 'deny', '${aws:username} differs from the session name', { RoleSessionName: 'NotDevAdmin' }),
  assume('keycase-pass', r('C-CaseInsensitiveKey'), 'allow', 'condition key names are case-insensitive', { ExternalId: 'ext-ci' }),
  assume('or-pass', r('C-ValuesOr'), 'allow', 'several values are ORed', { ExternalId: 'two' }),
  assume('or-fail', r('C-ValuesOr'), 'deny', 'none of the values', { ExternalId: 'three' }),
  assume('and-pass', r('C-OperatorsAnd'), 'allow', 'both operators true', { ExternalId: 'ext-and', RoleSessionName: 'and-1' }),
  assume('and-fail', r('C-OperatorsAnd'), 'deny', 'operators are ANDed', { ExternalId: 'ext-and', RoleSessionName: 'or-1' }),
  assume('ptag-pass', r('C-PrincipalTag'), 'allow', 'aws:PrincipalTag from the user tags'),
  assume('pacct-pass', r('C-PrincipalAccount'), 'allow', 'aws:PrincipalAccount'),
  assume('rtag-pass', r('C-ResourceTag'), 'allow', 'aws:ResourceTag/<k> comes from the role tags'),
  assume('reqtag-pass', r('C-RequestTag'), 'allow', 'aws:RequestTag/<k> matches', TAG_PROJECT),
  assume('reqtag-fail', r('C-RequestTag'), 'deny', 'aws:RequestTag/<k> differs', { Tags: [{ Key: 'Project', Value: 'beta' }] }),
  assume('reqtag-absent', r('C-RequestTag'), 'deny', 'aws:RequestTag/<k> absent'),
];

const PRINCIPAL_CASES: TrustCase[] = [
  assume('deny-plain', r('ExplicitDeny'), 'allow', 'the Deny statement does not match'),
  assume('deny-wins', r('ExplicitDeny'), 'deny', 'an explicit Deny in the trust policy wins over its Allow', { RoleSessionName: 'blocked' }),
  assume('identity-deny', r('DenyTarget'), 'deny', 'an explicit Deny in the identity policy wins', {}, DENIED),
  assume('identity-deny-other', r('AccountOnly'), 'allow', 'the same user elsewhere', {}, DENIED),
  assume('same-exact', r('NamedSame'), 'allow', 'same account: a trust statement naming the principal is enough', {}, NO_POLICY),
  assume('same-account-only', r('AccountOnly'), 'deny', 'trusting the account needs an identity Allow too', {}, NO_POLICY),
  assume('same-account-only-dev', r('AccountOnly'), 'allow', 'trust of the :root form plus identity Allow'),
  assume('cross-account', `arn:aws:iam::${B}:role/CrossAccount`, 'allow', 'cross-account: trust + identity Allow'),
  assume('cross-named-nopolicy', `arn:aws:iam::${B}:role/CrossNamed`, 'deny', 'cross-account: naming the principal is not enough without an identity Allow', {}, NO_POLICY),
  assume('cross-named-other', `arn:aws:iam::${B}:role/CrossNamed`, 'deny', 'not the named principal'),
  assume('missing-role', r('NoSuchRole'), 'deny', 'a missing role is indistinguishable from a denial'),
  { ...assume('tag-not-trusted', r('TagNotTrusted'), 'deny', 'Tags need sts:TagSession in the trust policy', TAG_PROJECT), action: 'sts:TagSession' },
  { ...assume('source-not-trusted', r('TagNotTrusted'), 'deny', 'SourceIdentity needs sts:SetSourceIdentity in the trust policy', { SourceIdentity: 'alice' }), action: 'sts:SetSourceIdentity' },
  assume('plain-not-trusted', r('TagNotTrusted'), 'allow', 'without tags or source identity'),
  { ...assume('tag-no-identity', r('Chainer2'), 'deny', "Tags need sts:TagSession in the caller's identity policy", TAG_PROJECT, NO_TAG), action: 'sts:TagSession' },
  assume('plain-no-identity', r('Chainer2'), 'allow', 'the same call without tags', {}, NO_TAG),
];

const CHAIN_CASES: TrustCase[] = [
  assume('hop1', r('Chainer'), 'allow', 'first hop with tags', { RoleSessionName: 'hop1', Tags: [{ Key: 'Project', Value: 'alpha' }, { Key: 'Env', Value: 'dev' }], TransitiveTagKeys: ['Project'] }),
  assume('hop1-env', r('EnvGate'), 'allow', 'session tags are principal tags of the session', { RoleSessionName: 'hop1-env' }, { from: 'hop1' }),
  assume('hop1-tag', r('TagGate'), 'allow', 'session tags are principal tags of the session', { RoleSessionName: 'hop1-tag' }, { from: 'hop1' }),
  assume('hop2', r('Chainer2'), 'allow', 'second hop', { RoleSessionName: 'hop2' }, { from: 'hop1' }),
  assume('hop2-tag', r('TagGate'), 'allow', 'the transitive tag Project reached the second hop', { RoleSessionName: 'hop2-tag' }, { from: 'hop2' }),
  assume('hop2-env', r('EnvGate'), 'deny', 'the non-transitive tag Env did not', { RoleSessionName: 'hop2-env' }, { from: 'hop2' }),
  assume('user-tag', r('TagGate'), 'deny', 'DevAdmin has no Project tag'),
  assume('arnlike-role', r('C-ArnLike'), 'deny', 'ArnLike user/Dev* does not match a role session', {}, { from: 'hop1' }),
  assume('arnne-role', r('C-ArnNotEquals'), 'deny', 'ArnNotEquals the Chainer role', {}, { from: 'hop1' }),
  assume('session-specific', r('Chainer'), 'allow', 'a session named "specific"', { RoleSessionName: 'specific' }),
  assume('session-named-pass', r('SessionNamed'), 'allow', 'the trust names exactly this role session', {}, { from: 'session-specific' }),
  assume('session-named-fail', r('SessionNamed'), 'deny', 'another session of the same role', {}, { from: 'hop1' }),
  assume('role-named', r('RoleNamed'), 'allow', 'a role ARN principal matches every session of it', {}, { from: 'hop1' }),
  assume('tagged-override', r('Tagged'), 'allow', 'a session tag Purpose=other on a role tagged purpose=audit', { RoleSessionName: 'override', Tags: [{ Key: 'Purpose', Value: 'other' }] }),
  assume('override-gate', r('PurposeGate'), 'allow', 'the session tag overrides the role tag, case-insensitively', {}, { from: 'tagged-override' }),
  assume('override-audit-gate', r('PurposeAuditGate'), 'deny', 'the role tag value is gone', {}, { from: 'tagged-override' }),
  assume('tagged-plain', r('Tagged'), 'allow', 'no session tags', { RoleSessionName: 'plain' }),
  assume('plain-audit-gate', r('PurposeAuditGate'), 'allow', 'role tags are principal tags of its sessions', {}, { from: 'tagged-plain' }),
  assume('plain-gate', r('PurposeGate'), 'deny', 'purpose is audit', {}, { from: 'tagged-plain' }),
  assume('src1', r('Chainer'), 'allow', 'a session with a source identity', { RoleSessionName: 'src1', SourceIdentity: 'alice-src' }),
  { ...assume('src-chain-untrusted', r('TagNotTrusted'), 'deny', 'chaining from a session with a source identity needs sts:SetSourceIdentity', {}, { from: 'src1' }), action: 'sts:SetSourceIdentity' },
  assume('source-gate', r('SourceGate'), 'allow', 'aws:SourceIdentity is the calling session\'s source identity', {}, { from: 'src1' }),
  assume('source-gate-none', r('SourceGate'), 'deny', 'no source identity on the calling session', {}, { from: 'hop1' }),
  assume('sts-source-pass', r('C-StsSourceIdentity'), 'allow', 'sts:SourceIdentity is the requested one', { SourceIdentity: 'alice2' }),
  assume('sts-source-fail', r('C-StsSourceIdentity'), 'deny', 'sts:SourceIdentity differs', { SourceIdentity: 'bob' }),
  assume('src-chain', r('Chainer2'), 'allow', 'and works where it is trusted', { RoleSessionName: 'src-chain' }, { from: 'src1' }),
];

function checkOutcome(c: TrustCase, res: BotoResult | undefined, callerArn: string): void {
  if (c.expect === 'allow') {
    expect(outcomeOf(res), c.why).toBe('allow');
    return;
  }
  expect(res?.crash).toBeUndefined();
  expect(res?.ok, `${c.why}: expected a denial`).toBe(false);
  expect(res?.error?.Code, `${c.why}: ${res?.error?.Message}`).toBe('AccessDenied');
  expect(res?.status).toBe(403);
  const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  expect(res?.error?.Message ?? '').toMatch(new RegExp(`^User: ${escaped(callerArn)} is not authorized to perform: ${escaped(c.action ?? 'sts:AssumeRole')} on resource: `));
}

describe.skipIf(!HAS_BOTO3)('trust: condition operators, principals and chaining', () => {
  const sb = useSandbox({ world: trustWorld(dateSoon, externalJwk) });
  let results: Record<string, BotoResult> = {};

  beforeAll(async () => {
    results = await runBoto(sb.url, [...OPERATOR_CASES, ...PRINCIPAL_CASES, ...CHAIN_CASES]);
  });

  const callerOf = (c: TrustCase): string => {
    if (c.creds === NO_POLICY) return `arn:aws:iam::${A}:user/NoPolicy`;
    if (c.creds === DENIED) return `arn:aws:iam::${A}:user/Denied`;
    if (c.creds === NO_TAG) return `arn:aws:iam::${A}:user/NoTag`;
    if (c.creds && typeof c.creds === 'object' && 'from' in c.creds) {
      const src = results[c.creds.from]?.result?.AssumedRoleUser as { Arn?: string } | undefined;
      return src?.Arn ?? '(unknown session)';
    }
    return DEV_ADMIN_ARN;
  };

  for (const c of [...OPERATOR_CASES, ...PRINCIPAL_CASES, ...CHAIN_CASES]) {
    it(`${c.id}: ${c.why} → ${c.expect}`, () => checkOutcome(c, results[c.id], callerOf(c)));
  }

  it('names the role and the caller in a trust denial', () => {
    const msg = results['se-fail']?.error?.Message ?? '';
    expect(msg.startsWith(`User: ${DEV_ADMIN_ARN} is not authorized to perform: sts:AssumeRole on resource: ${r('C-StringEquals')}`), msg).toBe(true);
    const noIdentity = results['same-account-only']?.error?.Message ?? '';
    expect(noIdentity).toContain(
      `User: arn:aws:iam::${A}:user/NoPolicy is not authorized to perform: sts:AssumeRole on resource: ${r('AccountOnly')} because no identity-based policy allows the sts:AssumeRole action`,
    );
  });

  it('drops the role path from the assumed-role ARN and keeps transitive tags visible to GetCallerIdentity', async () => {
    expect(okResult(results, 'hop1').AssumedRoleUser).toMatchObject({ Arn: `arn:aws:sts::${A}:assumed-role/Chainer/hop1` });
    const ids = await runBoto(sb.url, [
      { id: 'hop1-id', op: 'get_caller_identity', creds: credsFrom(results, 'hop1') },
      { id: 'hop2-id', op: 'get_caller_identity', creds: credsFrom(results, 'hop2') },
    ]);
    expect(okResult(ids, 'hop1-id')).toMatchObject({ Account: A, Arn: `arn:aws:sts::${A}:assumed-role/Chainer/hop1`, UserId: expect.stringMatching(/^AROA[A-Z0-9]{17}:hop1$/) });
    expect(okResult(ids, 'hop2-id')).toMatchObject({ Account: A, Arn: `arn:aws:sts::${A}:assumed-role/Chainer2/hop2` });
  });

  it('ignores an explicit Deny on sts:GetCallerIdentity', async () => {
    const res = await runBoto(sb.url, [{ id: 'gci', op: 'get_caller_identity', creds: DENIED }]);
    expect(okResult(res, 'gci').Arn).toBe(`arn:aws:iam::${A}:user/Denied`);
  });

  describe('RegionDisabledException (reference §12)', () => {
    const DISABLED = `STS is not activated in this region for account:${B}. Your account administrator can activate STS in this region using the IAM Console.`;
    let res: Record<string, BotoResult> = {};
    beforeAll(async () => {
      res = await runBoto(sb.url, [
        { id: 'assume', op: 'assume_role', region: 'eu-west-3', params: { RoleArn: `arn:aws:iam::${B}:role/CrossAccount`, RoleSessionName: 'paris' } },
        { id: 'assume-enabled', op: 'assume_role', region: 'eu-west-3', params: { RoleArn: r('AccountOnly'), RoleSessionName: 'paris' } },
        { id: 'assume-us-east-1', op: 'assume_role', params: { RoleArn: `arn:aws:iam::${B}:role/CrossAccount`, RoleSessionName: 'virginia' } },
        { id: 'gst', op: 'get_session_token', region: 'eu-west-3', creds: PARTNER_USER },
        { id: 'gft', op: 'get_federation_token', region: 'eu-west-3', creds: PARTNER_USER, params: { Name: 'paris' } },
        { id: 'gft-us-east-1', op: 'get_federation_token', creds: PARTNER_USER, params: { Name: 'virginia' } },
      ]);
    });
    const expectDisabled = (id: string) => {
      expect(res[id]?.error?.Code, outcomeOf(res[id])).toBe('RegionDisabledException');
      expect(res[id]?.error?.Message).toBe(DISABLED);
      expect(res[id]?.status).toBe(403);
    };
    it('AssumeRole into a role of that account', () => expectDisabled('assume'));
    it('GetSessionToken for a user of that account', () => expectDisabled('gst'));
    it('GetFederationToken for a user of that account', () => expectDisabled('gft'));
    it('still works for other accounts in that Region and in us-east-1', () => {
      expect(outcomeOf(res['assume-enabled'])).toBe('allow');
      expect(outcomeOf(res['assume-us-east-1'])).toBe('allow');
      expect(outcomeOf(res['gft-us-east-1'])).toBe('allow');
    });
  });

  it('answers OutboundWebIdentityFederationDisabledException where GetWebIdentityToken is not enabled', async () => {
    const res = await runBoto(sb.url, [
      { id: 'caller', op: 'assume_role', params: { RoleArn: `arn:aws:iam::${B}:role/OutboundCaller`, RoleSessionName: 'outbound' } },
      { id: 'gwit', op: 'get_web_identity_token', creds: { from: 'caller' }, params: { Audience: ['https://api.example.com'], SigningAlgorithm: 'RS256' } },
    ]);
    expect(outcomeOf(res.caller)).toBe('allow');
    expect(res.gwit?.error?.Code, outcomeOf(res.gwit)).toBe('OutboundWebIdentityFederationDisabledException');
    expect(res.gwit?.status).toBe(403);
  });

  it('verifies tokens of an external OIDC IdP against its inline JWKS and applies <provider>:aud/sub conditions', async () => {
    const web = (id: string, token: string): BotoCase => ({ id, op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: r('ExternalOidc'), RoleSessionName: 'ext', WebIdentityToken: token } });
    const res = await runBoto(sb.url, [
      web('ok', await externalToken({})),
      web('other-team', await externalToken({ sub: 'team-b/bob' })),
      web('other-aud', await externalToken({ aud: 'someone-else' })),
      web('stranger-key', await externalToken({}, { key: strangerKey.privateKey })),
      web('expired', await externalToken({}, { expiresInSeconds: -120 })),
    ]);
    expect(okResult(res, 'ok')).toMatchObject({
      SubjectFromWebIdentityToken: 'team-a/alice',
      Audience: EXTERNAL_CLIENT,
      Provider: `arn:aws:iam::${A}:oidc-provider/idp.external.test`,
      AssumedRoleUser: { Arn: `arn:aws:sts::${A}:assumed-role/ExternalOidc/ext` },
    });
    expect(res['other-team']?.error?.Code, outcomeOf(res['other-team'])).toBe('AccessDenied');
    expect(res['other-team']?.error?.Message).toMatch(/^Not authorized to perform sts:AssumeRoleWithWebIdentity/);
    expect(res['other-aud']?.error).toMatchObject({ Code: 'InvalidIdentityToken', Message: 'Incorrect token audience' });
    expect(res['stranger-key']?.error?.Code, outcomeOf(res['stranger-key'])).toBe('InvalidIdentityToken');
    expect(res.expired?.error?.Code, outcomeOf(res.expired)).toBe('ExpiredTokenException');
  });

  it('puts saml:sub, saml:sub_type, saml:doc and saml:aud into the trust-policy context', async () => {
    const saml = (subject: string) => mintSaml(sb.url, { account: A, provider: 'Corp', subject, sessionName: subject, roles: [{ roleArn: r('SamlGate') }] });
    const call = (id: string, assertion: string): BotoCase => ({
      id,
      op: 'assume_role_with_saml',
      creds: 'unsigned',
      params: { RoleArn: r('SamlGate'), PrincipalArn: `arn:aws:iam::${A}:saml-provider/Corp`, SAMLAssertion: assertion },
    });
    const res = await runBoto(sb.url, [call('alice', (await saml('alice')).samlResponse), call('bob', (await saml('bob')).samlResponse)]);
    expect(okResult(res, 'alice').AssumedRoleUser).toMatchObject({ Arn: `arn:aws:sts::${A}:assumed-role/SamlGate/alice` });
    expect(res.bob?.error?.Code, outcomeOf(res.bob)).toBe('AccessDenied');
    expect(res.bob?.error?.Message).toMatch(/^Not authorized to perform sts:AssumeRoleWithSAML/);
  });

  it('carries the source identity along the chain', () => {
    expect(okResult(results, 'src1').SourceIdentity).toBe('alice-src');
    expect(okResult(results, 'src-chain').SourceIdentity).toBe('alice-src');
  });

});

function credsFrom(results: Record<string, BotoResult>, id: string): Creds {
  const c = okResult(results, id).Credentials as Record<string, string>;
  return { accessKeyId: c.AccessKeyId ?? '', secretAccessKey: c.SecretAccessKey ?? '', sessionToken: c.SessionToken ?? '' };
}

