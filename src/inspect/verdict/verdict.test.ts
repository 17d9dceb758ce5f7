import { quotedEnglish } from '../../kernel/message';
import { beforeAll, describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/test-support/translate';
import { testIdp, type TestIdp } from '../jwt/test-support/sign-jwt';
import { createTestSigner, toSamlAssertion, vendorFixture, VENDORS, type TestSigner } from '../saml/test-support/saml-fixtures';
import { awsOidcTrust, roleTrustFromPasted, failingFirst, type RoleTrust, samlTrustFromPasted, oidcVerdict, samlVerdict, verdictFromChecks, type FederationVerdict, type SessionRequest, type VerdictCheck } from './index';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const ROLE = 'arn:aws:iam::123456789012:role/Dev';
const PROVIDER = 'arn:aws:iam::123456789012:saml-provider/Okta';
const ISS = 'https://idp.example.com';

let idp: TestSigner;
let stranger: TestSigner;
let issuer: TestIdp;
let other: TestIdp;
beforeAll(async () => {
  [idp, stranger, issuer, other] = await Promise.all([createTestSigner('IdP', NOW), createTestSigner('Stranger', NOW), testIdp('k1'), testIdp('k2')]);
});

/** The IAM OIDC provider for ISS with client "client", trusting `jwks`. */
const providers = (jwks: object | null) => ({ providers: [{ url: ISS, clientIds: ['client'], jwks, source: "the sandbox's provider JWKS" }] });
/** An ID token's claims from ISS for client "client", valid at NOW. */
const claims = (o: Record<string, unknown> = {}) => ({ iss: ISS, sub: 'u1', aud: 'client', exp: NOW / 1000 + 600, iat: NOW / 1000 - 5, ...o });

const OIDC_PRINCIPAL = 'arn:aws:iam::123456789012:oidc-provider/idp.example.com';
const trusting = (condition?: Record<string, Record<string, string>>, deny = false): RoleTrust => ({
  kind: 'known',
  source: quotedEnglish('the test role'),
  role: {
    arn: ROLE,
    name: 'Dev',
    trustPolicy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: [PROVIDER, OIDC_PRINCIPAL, 'accounts.google.com'] },
          Action: ['sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity', 'sts:TagSession'],
          ...(condition && !deny ? { Condition: condition } : {}),
        },
        ...(deny ? [{ Effect: 'Deny' as const, Principal: { Federated: [PROVIDER, OIDC_PRINCIPAL] }, Action: ['sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity'], ...(condition ? { Condition: condition } : {}) }] : []),
      ],
    },
  },
});
const oidcCall = (role: RoleTrust = trusting()) => ({ roleArn: ROLE, roleSessionName: 'session-1', role });
const response = (signer: TestSigner) => vendorFixture('okta', signer, { nowMs: NOW, roles: [{ roleArn: ROLE, principalArn: PROVIDER }] });
const trusted = () => ({ entityId: VENDORS.okta.issuer, certificatesDer: [idp.certificateDer], source: quotedEnglish('the pasted metadata') });
const saml = async (xml: string, trust: Parameters<typeof samlVerdict>[0]['trust'], role: RoleTrust = trusting()) => samlVerdict({ samlAssertion: toSamlAssertion(xml), roleArn: ROLE, principalArn: PROVIDER, trust, role, nowMs: NOW + 1000 });
const rejected = (v: FederationVerdict) => {
  if (v.kind !== 'rejected') throw new Error(`expected rejected, got ${v.kind}`);
  return v;
};

describe('samlVerdict', () => {
  it('accepts a response signed by the trusted IdP, every check passing', async () => {
    const v = await saml(await response(idp), trusted());
    expect(v.kind).toBe('accepted');
    expect(v.checks.every((c) => c.status === 'pass' || c.status === 'warn')).toBe(true);
  });

  it('rejects a response signed by a key the provider does not trust, naming the cause', async () => {
    const v = rejected(await saml(await response(stranger), trusted()));
    expect(v.error).toEqual({ code: 'InvalidIdentityToken', message: 'Response signature invalid' });
    expect(v.checkId).toBe('signature');
    expect(inEnglish(v.cause)).toMatch(/not with a certificate from the provider metadata/);
    expect(v.checks[0]?.id).toBe('signature');
  });

  it('rejects a tampered response with the digest mismatch as the cause', async () => {
    const v = rejected(await saml((await response(idp)).replace('>alice@example.com</', '>mallory@example.com</'), trusted()));
    expect(v.error.message).toBe('Response signature invalid');
    expect(inEnglish(v.cause)).toMatch(/digest/i);
  });

  it('cannot tell without the IdP certificate, even when every other rule passes, and never says accepted', async () => {
    const v = await saml(await response(idp), null);
    expect(v.kind).toBe('cannot-tell');
    if (v.kind !== 'cannot-tell') return;
    expect(v.missing.map(inEnglish).join(' ')).toMatch(/signing certificate/);
    expect(v.checks[0]).toMatchObject({ id: 'signature', status: 'unknown' });
  });

  it('verifies against pasted metadata when the target is AWS, and explains what cannot be read', async () => {
    const metadata = `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${VENDORS.okta.issuer}"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${idp.certificateB64}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor></md:IDPSSODescriptor></md:EntityDescriptor>`;
    const pasted = samlTrustFromPasted(metadata);
    expect(pasted.trust?.entityId).toBe(VENDORS.okta.issuer);
    expect((await saml(await response(idp), pasted.trust)).kind).toBe('accepted');
    expect(rejected(await saml(await response(stranger), pasted.trust)).checkId).toBe('signature');
    expect(inEnglish(samlTrustFromPasted('-----BEGIN PRIVATE KEY-----').error ?? '')).toMatch(/private key/);
    expect(samlTrustFromPasted('  ').trust).toBeNull();
  });

  it('answers the provider lookup error first', async () => {
    const v = rejected(await saml(await response(idp), { error: { code: 'InvalidIdentityToken', message: 'SAML provider x does not exist in account 1.' } }));
    expect(v.checkId).toBe('provider');
  });
});

describe('oidcVerdict', () => {

  it('accepts a token that verifies with the provider JWKS', async () => {
    const token = await issuer.sign(claims());
    expect((await oidcVerdict({ token, trust: providers(issuer.jwks), nowMs: NOW, ...oidcCall() })).kind).toBe('accepted');
  });

  it('rejects an unknown kid with the key-retrieval error, and never reports the kid as passing', async () => {
    const token = await other.sign(claims());
    const v = rejected(await oidcVerdict({ token, trust: providers(issuer.jwks), nowMs: NOW, ...oidcCall() }));
    expect(v.error.message).toMatch(/^Couldn't retrieve verification key from your identity provider, {2}please/);
    expect(v.checkId).toBe('kid');
    expect(inEnglish(v.cause)).toMatch(/No key with kid "k2"/);
    expect(v.checks.find((c) => c.id === 'kid')?.status).toBe('fail');
  });

  it('rejects a token signed by another key under a trusted kid', async () => {
    const token = await other.sign(claims(), { kid: 'k1' });
    const v = rejected(await oidcVerdict({ token, trust: providers(issuer.jwks), nowMs: NOW, ...oidcCall() }));
    expect(v.checkId).toBe('signature');
    expect(v.error.code).toBe('InvalidIdentityToken');
  });

  it("uses Google's azp as the client ID, as the sandbox does", async () => {
    const google = 'https://accounts.google.com';
    const token = await issuer.sign(claims({ iss: google, aud: 'other', azp: 'client' }));
    const trust = { providers: [{ url: google, clientIds: ['client'], jwks: issuer.jwks, source: quotedEnglish('x') }] };
    expect((await oidcVerdict({ token, trust, nowMs: NOW, ...oidcCall() })).kind).toBe('accepted');
  });

  it('cannot tell when the target is AWS and no key is known; a CORS refusal is the stated reason', async () => {
    const token = await issuer.sign(claims());
    const refused = await awsOidcTrust({ issuer: ISS, providerUrl: ISS, clientIds: ['client'], fetchFn: () => Promise.reject(new TypeError('Failed to fetch')) });
    const v = await oidcVerdict({ token, trust: refused, nowMs: NOW, ...oidcCall() });
    expect(v.kind).toBe('cannot-tell');
    expect(inEnglish(v.checks.find((c) => c.id === 'signature')?.detail ?? '')).toMatch(/CORS/);
  });

  it('verifies against a pasted JWKS with the provider not entered: a bad signature is still a rejection', async () => {
    const token = await other.sign(claims(), { kid: 'k1' });
    const v = await oidcVerdict({ token, trust: await awsOidcTrust({ issuer: ISS, jwksText: JSON.stringify(issuer.jwks) }), nowMs: NOW, ...oidcCall() });
    expect(rejected(v).checkId).toBe('signature');
    const good = await issuer.sign(claims());
    const unknownProvider = await oidcVerdict({ token: good, trust: await awsOidcTrust({ issuer: ISS, jwksText: JSON.stringify(issuer.jwks) }), nowMs: NOW, ...oidcCall() });
    expect(unknownProvider.kind).toBe('cannot-tell');
  });
});

describe('verdictFromChecks', () => {
  const check = (id: string, status: VerdictCheck['status']): VerdictCheck => ({ id, status, title: id, detail: id, ...(status === 'fail' ? { error: { code: 'InvalidIdentityToken', message: id } } : {}) });

  it("answers the first failure in STS's order and lists failing checks first", () => {
    const v = verdictFromChecks([check('a', 'pass'), check('b', 'unknown'), check('c', 'fail'), check('d', 'warn'), check('e', 'fail')]);
    expect(rejected(v).error.message).toBe('c');
    expect(v.checks.map((c) => c.id)).toEqual(['c', 'e', 'b', 'd', 'a']);
    expect(failingFirst([check('x', 'pass'), check('y', 'warn')]).map((c) => c.id)).toEqual(['y', 'x']);
  });

  it('is never accepted while a check is unknown', () => {
    expect(verdictFromChecks([check('a', 'pass'), check('b', 'unknown')]).kind).toBe('cannot-tell');
    expect(verdictFromChecks([check('a', 'pass'), check('b', 'warn')]).kind).toBe('accepted');
  });
});

describe("the role's trust policy (the sandbox's decideFederatedTrust)", () => {
  const web = async (role: RoleTrust, o: Record<string, unknown> = {}) => {
    return oidcVerdict({ token: await issuer.sign(claims(o)), trust: providers(issuer.jwks), nowMs: NOW, ...oidcCall(role) });
  };

  it("rejects with AccessDenied when the trust policy requires another sub, naming the trust policy as the cause", async () => {
    const v = rejected(await web(trusting({ StringEquals: { 'idp.example.com:sub': 'someone-else' } })));
    expect(v.error).toEqual({ code: 'AccessDenied', message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity' });
    expect(v.checkId).toBe('trust-policy');
    expect(v.causeId).toBe('trust-policy-denied');
    expect(v.checks[0]?.id).toBe('trust-policy');
    expect((await web(trusting({ StringEquals: { 'idp.example.com:sub': 'u1' } }))).kind).toBe('accepted');
  });

  it('answers a Deny statement, a wrong aud condition and a missing role with the same AccessDenied', async () => {
    expect(rejected(await web(trusting(undefined, true))).error.code).toBe('AccessDenied');
    expect(rejected(await web(trusting({ StringEquals: { 'idp.example.com:aud': 'other' } }))).error.code).toBe('AccessDenied');
    const missing = rejected(await web({ kind: 'known', role: null, source: quotedEnglish('the sandbox world') }));
    expect(missing.error.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity');
    expect(missing.causeId).toBe('role-missing');
  });

  it('needs sts:TagSession when the token carries session tags', async () => {
    const noTagSession: RoleTrust = { kind: 'known', source: quotedEnglish('t'), role: { arn: ROLE, name: 'Dev', trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: OIDC_PRINCIPAL }, Action: 'sts:AssumeRoleWithWebIdentity' }] } } };
    const v = rejected(await web(noTagSession, { 'https://aws.amazon.com/tags': { principal_tags: { Team: ['Blue'] } } }));
    expect(v.error.message).toBe('Not authorized to perform sts:TagSession');
  });

  it('SAML: a trust policy with another SAML:aud is AccessDenied; one with this Recipient accepts', async () => {
    const other = rejected(await saml(await response(idp), trusted(), trusting({ StringEquals: { 'SAML:aud': 'https://sp.example.com/acs' } })));
    expect(other.error).toEqual({ code: 'AccessDenied', message: 'Not authorized to perform sts:AssumeRoleWithSAML' });
    expect((await saml(await response(idp), trusted(), trusting({ StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } }))).kind).toBe('accepted');
  });

  it("target AWS without the trust policy: cannot tell, saying only the trust policy was not checked; a pasted one is run", async () => {
    const v = await web(roleTrustFromPasted(ROLE, ''));
    expect(v.kind).toBe('cannot-tell');
    expect(v.checks.filter((c) => c.status === 'unknown').map((c) => c.id)).toEqual(['trust-policy']);
    const pasted = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: OIDC_PRINCIPAL }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'idp.example.com:sub': 'u2' } } }] });
    expect(rejected(await web(roleTrustFromPasted(ROLE, pasted))).error.code).toBe('AccessDenied');
    const unreadable = roleTrustFromPasted(ROLE, '{not json');
    expect(unreadable.kind === 'unknown' && inEnglish(unreadable.why)).toMatch(/not JSON/);
  });

  it('judges RoleSessionName by the issues the catalog gives, and is not fooled by an empty one', async () => {
    const token = await issuer.sign(claims());
    const bad = rejected(await oidcVerdict({ token, trust: providers(issuer.jwks), nowMs: NOW, ...oidcCall(), roleSessionName: 'has space', roleSessionNameIssues: ['must satisfy regular expression pattern: [\\w+=,.@-]*'] }));
    expect(bad.checkId).toBe('role-session-name');
    expect(bad.error.code).toBe('ValidationError');
    const empty = await oidcVerdict({ token, trust: providers(issuer.jwks), nowMs: NOW, ...oidcCall(), roleSessionName: '', roleSessionNameIssues: [] });
    expect(empty.checks.find((c) => c.id === 'role-session-name')?.status).toBe('warn');
  });

  it("Login with Amazon: the provider's answer, then the trust policy on www.amazon.com:app_id", async () => {
    const amazonRole = (appId: string): RoleTrust => ({ kind: 'known', source: quotedEnglish('t'), role: { arn: ROLE, name: 'Dev', trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: 'www.amazon.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'www.amazon.com:app_id': appId } } }] } } });
    const info = async () => ({ ok: true as const, userId: 'amzn1.account.U', appId: 'app-1' });
    const verdict = (role: RoleTrust, amazonTokenInfo: typeof info | (() => Promise<{ ok: false; error: { code: string; message: string } }>)) =>
      oidcVerdict({ token: 'Atza|opaque', providerId: 'www.amazon.com', trust: { providers: [], sandbox: true, amazonTokenInfo }, nowMs: NOW, ...oidcCall(role) });
    expect((await verdict(amazonRole('app-1'), info)).kind).toBe('accepted');
    expect(rejected(await verdict(amazonRole('app-2'), info)).error.code).toBe('AccessDenied');
    const refused = rejected(await verdict(amazonRole('app-1'), async () => ({ ok: false, error: { code: 'IDPRejectedClaim', message: 'www.amazon.com: www.amazon.com responded with HTTP/1.1 400 Bad Request' } })));
    expect(refused).toMatchObject({ checkId: 'decode', causeId: 'oauth-provider', error: { code: 'IDPRejectedClaim' } });
  });
});

describe('after the trust policy: the session checks the sandbox makes before it issues credentials', () => {
  /** The test role as the sandbox's trust document gives it: trust policy plus MaxSessionDuration and the account's Regions. */
  const sandboxRole = (maxSessionDuration: number, disabledRegions: string[] = []): RoleTrust => ({ ...(trusting() as Extract<RoleTrust, { kind: 'known' }>), limits: { maxSessionDuration, disabledRegions } });
  const pastedRole = () => trusting();
  const web = async (role: RoleTrust, session: SessionRequest, o: Record<string, unknown> = {}) =>
    oidcVerdict({ token: await issuer.sign(claims(o)), trust: providers(issuer.jwks), nowMs: NOW, ...oidcCall(role), session });
  const OVER_MAX = { code: 'ValidationError', message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.' };
  /** A session policy of 60 made-up actions and buckets: under 2,048 characters, over 100% packed. */
  const bigPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: Array.from({ length: 60 }, (_, i) => `s3:${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}${i}`), Resource: Array.from({ length: 60 }, (_, i) => `arn:aws:s3:::${String.fromCharCode(97 + ((i * 11) % 26))}${i}`) }] });

  it("sandbox target: DurationSeconds above the role's MaxSessionDuration is STS's ValidationError; at it, accepted", async () => {
    const over = rejected(await web(sandboxRole(7200), { durationSeconds: 7201 }));
    expect(over.error).toEqual(OVER_MAX);
    expect(over).toMatchObject({ checkId: 'duration', causeId: 'invalid-parameter' });
    expect(inEnglish(over.cause)).toBe("DurationSeconds 7201 is more than the role's MaxSessionDuration of 7200.");
    expect((await web(sandboxRole(7200), { durationSeconds: 7200 })).kind).toBe('accepted');
    // Not sent: one hour, which a one-hour role allows; 3601 it does not.
    expect((await web(sandboxRole(3600), {})).kind).toBe('accepted');
    expect(rejected(await web(sandboxRole(3600), { durationSeconds: 3601 })).error).toEqual(OVER_MAX);
    const saml = await samlVerdict({ samlAssertion: toSamlAssertion(await response(idp)), roleArn: ROLE, principalArn: PROVIDER, trust: trusted(), role: sandboxRole(3600), nowMs: NOW + 1000, session: { durationSeconds: 43200 } });
    expect(rejected(saml).error).toEqual(OVER_MAX);
  });

  it("AWS target: a DurationSeconds over one hour cannot be told (the role's maximum is not known), never accepted; one hour or less is", async () => {
    const v = await web(pastedRole(), { durationSeconds: 7200 });
    expect(v.kind).toBe('cannot-tell');
    if (v.kind !== 'cannot-tell') return;
    expect(v.checks.filter((c) => c.status === 'unknown').map((c) => c.id)).toEqual(['duration']);
    expect(v.missing.map(inEnglish).join(' ')).toMatch(/MaxSessionDuration/);
    expect((await web(pastedRole(), { durationSeconds: 3600 })).kind).toBe('accepted');
    expect((await web(pastedRole(), {})).kind).toBe('accepted');
  });

  it('a session policy or session tags over the packed allowance are PackedPolicyTooLarge, naming the larger part, for either target', async () => {
    for (const role of [sandboxRole(3600), pastedRole()]) {
      const v = rejected(await web(role, { policy: bigPolicy }));
      expect(v.error.code).toBe('PackedPolicyTooLarge');
      expect(v.error.message).toMatch(/^Packed size of session policies consumes 1\d\d% of allotted space\.$/);
      expect(v.checkId).toBe('packed-size');
    }
    const tags = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}z${'q'.repeat(20)}`, [`v${i}w${'r'.repeat(30)}`]]));
    const tagged = rejected(await web(sandboxRole(3600), {}, { 'https://aws.amazon.com/tags': { principal_tags: tags } }));
    expect(tagged.error.message).toMatch(/^Packed size of session tags consumes \d+% of allotted space\.$/);
    const small = await web(sandboxRole(3600), { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }) });
    expect(small.kind).toBe('accepted');
    expect(inEnglish(small.checks.find((c) => c.id === 'packed-size')?.detail ?? '')).toMatch(/^PackedPolicySize \d+% of the allowance\.$/);
  });

  it('a session policy that is not a policy is MalformedPolicyDocument before the token is judged', async () => {
    const v = rejected(await oidcVerdict({ token: 'not-a-token', trust: providers(issuer.jwks), nowMs: NOW, ...oidcCall(sandboxRole(3600)), session: { policy: '{"Version": "2012-10-17", "Statement": [' } }));
    expect(v.error.code).toBe('MalformedPolicyDocument');
    expect(v.checkId).toBe('session-policy');
  });

  it("a Region where the role's account deactivated STS is RegionDisabledException; an unknown Region there cannot be told", async () => {
    const v = rejected(await web(sandboxRole(3600, ['eu-south-1']), { region: 'eu-south-1' }));
    expect(v.error).toEqual({ code: 'RegionDisabledException', message: 'STS is not activated in this region for account:123456789012. Your account administrator can activate STS in this region using the IAM Console.' });
    expect((await web(sandboxRole(3600, ['eu-south-1']), { region: 'us-east-1' })).kind).toBe('accepted');
    expect((await web(sandboxRole(3600, ['eu-south-1']), {})).kind).toBe('cannot-tell');
  });

  it('runs no session check when the trust policy refuses: STS answers AccessDenied first', async () => {
    const v = rejected(await web(trusting(undefined, true), { durationSeconds: 99999, policy: bigPolicy }));
    expect(v.error.code).toBe('AccessDenied');
    expect(v.checks.map((c) => c.id)).not.toContain('duration');
  });
});
