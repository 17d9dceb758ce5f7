/**
 * The agreement corpus (issue 10 §3): generated SAML responses and OIDC tokens, each mutated in one
 * way (issuer, audience, recipient, destination, times, signature, key, kid, alg, sub/aud/azp,
 * missing and duplicated attributes, sizes, encodings), go through the verdict the workbench shows
 * AND through a real AssumeRoleWithSAML / AssumeRoleWithWebIdentity request to the sandbox core.
 * They must agree on every case: accepted vs rejected, and the error code and message. The role's
 * trust policy is mutated too (sub / aud / SAML:aud conditions, Deny statements, a missing role, a
 * role trusting another provider): the verdict runs the sandbox's own trust decision on it. So are
 * the checks after the trust step (DurationSeconds against the role's MaxSessionDuration, the session
 * policy's grammar, PackedPolicyTooLarge from the session policy or the session tags).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64, toBase64Url, utf8 } from '../src/kernel/encoding';
import { jsonPart as part, jwtKey, signJwt, type JwtKey } from '../src/inspect/jwt/test-support/sign-jwt';
import { createTestSigner, signFixture, toSamlAssertion, vendorResponseXml, VENDORS, type SignMode, type TestSigner, type Vendor } from '../src/inspect/saml/test-support/saml-fixtures';
import { platformRuntime } from '../src/sandbox/core/runtime';
import { startTestSandbox } from '../src/sandbox/test-support/sandbox-client';
import defaultWorld from '../src/sandbox/world/default-world.json';
import type { RoleFile, WorldFile } from '../src/sandbox/world/types';
import type { PolicyStatement } from '../src/policy/types';
import type { Sandbox } from '../src/sandbox/sandbox';
import { loadSandboxTrust, oidcTrustFromSandbox, oidcVerdict, roleTrustFromSandbox, samlTrustFromSandbox, samlVerdict, type AmazonTokenInfo, type FederationVerdict, type SandboxTrustDocument, type SessionRequest } from '../src/inspect/verdict';
import { getOperation } from '../src/catalog/operations';
import { requestValidationError } from '../src/catalog/validate';

const ACCOUNT = '123456789012';
const SAML_PROVIDER = `arn:aws:iam::${ACCOUNT}:saml-provider/CorpusIdP`;
const SAML_ROLE = `arn:aws:iam::${ACCOUNT}:role/CorpusSaml`;
const WEB_ROLE = `arn:aws:iam::${ACCOUNT}:role/CorpusWeb`;
const CUSTOM_ISS = 'https://idp.corpus.example';
const GOOGLE_ISS = 'https://accounts.google.com';
const CLIENT = 'corpus-client';
const GOOGLE_CLIENT = 'web.apps.googleusercontent.com';
const IDP_ISSUER = VENDORS.okta.issuer;
const REMOTE_ISS = 'https://remote.corpus.example';
const OFFLINE_ISS = 'https://offline.corpus.example';
const LOOPBACK_JWKS = 'http://127.0.0.1:45999/jwks';
const role = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;

function metadataXml(entityId: string, certB64: string): string {
  return (
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${entityId}">` +
    '<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">' +
    `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certB64}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
    '<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example/sso"/>' +
    '</md:IDPSSODescriptor></md:EntityDescriptor>'
  );
}

function corpusWorld(signer: TestSigner, keys: JwtKey[]): WorldFile {
  const world = structuredClone(defaultWorld) as unknown as WorldFile;
  const account = world.accounts.find((a) => a.id === ACCOUNT);
  if (!account) throw new Error('the default world has no dev account');
  const trust = (principal: string[], action: string): RoleFile['trustPolicy'] => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Federated: principal }, Action: [action, 'sts:TagSession', 'sts:SetSourceIdentity'] }],
  });
  const webPrincipals = [`arn:aws:iam::${ACCOUNT}:oidc-provider/idp.corpus.example`, 'accounts.google.com', `arn:aws:iam::${ACCOUNT}:oidc-provider/remote.corpus.example`];
  const withCondition = (policy: RoleFile['trustPolicy'], condition: Record<string, Record<string, string>>): RoleFile['trustPolicy'] => ({
    ...policy,
    Statement: (policy.Statement as PolicyStatement[]).map((st) => ({ ...st, Condition: condition })),
  });
  const withDeny = (policy: RoleFile['trustPolicy'], action: string, condition?: Record<string, Record<string, string>>): RoleFile['trustPolicy'] => ({
    ...policy,
    Statement: [...(policy.Statement as PolicyStatement[]), { Effect: 'Deny' as const, Principal: '*' as const, Action: action, ...(condition ? { Condition: condition } : {}) }],
  });
  const samlTrust = trust([SAML_PROVIDER], 'sts:AssumeRoleWithSAML');
  const webTrust = trust(webPrincipals, 'sts:AssumeRoleWithWebIdentity');
  account.roles = [
    ...(account.roles ?? []),
    { name: 'CorpusSaml', trustPolicy: samlTrust },
    { name: 'CorpusWeb', trustPolicy: webTrust },
    // Session-limit mutations: a role whose MaxSessionDuration is two hours (the others keep one hour).
    { name: 'SamlTwoHours', trustPolicy: samlTrust, maxSessionDuration: 7200 },
    { name: 'WebTwoHours', trustPolicy: webTrust, maxSessionDuration: 7200 },
    // Trust-policy mutations: each refuses some or all of the corpus's valid inputs.
    { name: 'SamlAudOther', trustPolicy: withCondition(samlTrust, { StringEquals: { 'SAML:aud': 'https://sp.example.com/acs' } }) },
    { name: 'SamlAudAws', trustPolicy: withCondition(samlTrust, { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } }) },
    { name: 'SamlSubAlice', trustPolicy: withCondition(samlTrust, { StringEquals: { 'SAML:sub': 'alice@example.com' } }) },
    { name: 'SamlDeny', trustPolicy: withDeny(samlTrust, 'sts:AssumeRoleWithSAML') },
    { name: 'SamlDenyTags', trustPolicy: withDeny(samlTrust, 'sts:TagSession') },
    { name: 'SamlOtherProvider', trustPolicy: trust([`arn:aws:iam::${ACCOUNT}:saml-provider/Other`], 'sts:AssumeRoleWithSAML') },
    { name: 'WebSubOther', trustPolicy: withCondition(webTrust, { StringEquals: { 'idp.corpus.example:sub': 'someone-else' } }) },
    { name: 'WebSubUser1', trustPolicy: withCondition(webTrust, { StringEquals: { 'idp.corpus.example:sub': 'user-1' } }) },
    { name: 'WebAudOther', trustPolicy: withCondition(webTrust, { StringEquals: { 'idp.corpus.example:aud': 'other-client' } }) },
    { name: 'WebSessionName', trustPolicy: withCondition(webTrust, { StringLike: { 'sts:RoleSessionName': 'ci-*' } }) },
    { name: 'WebDeny', trustPolicy: withDeny(webTrust, 'sts:AssumeRoleWithWebIdentity') },
    { name: 'WebDenySub', trustPolicy: withDeny(webTrust, 'sts:AssumeRoleWithWebIdentity', { StringLike: { 'idp.corpus.example:sub': 'user-*' } }) },
    { name: 'WebOtherProvider', trustPolicy: trust([`arn:aws:iam::${ACCOUNT}:oidc-provider/other.example`], 'sts:AssumeRoleWithWebIdentity') },
    { name: 'WebNoTagSession', trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: webPrincipals }, Action: 'sts:AssumeRoleWithWebIdentity' }] } },
  ];
  account.samlProviders = [...(account.samlProviders ?? []), { name: 'CorpusIdP', metadataXml: metadataXml(IDP_ISSUER, signer.certificateB64) }];
  const jwks = { keys: keys.map((k) => k.jwk) };
  account.oidcProviders = [
    ...(account.oidcProviders ?? []),
    { url: CUSTOM_ISS, clientIds: [CLIENT], jwks },
    { url: GOOGLE_ISS, jwks },
    // Keys the sandbox fetches from a jwksUri: on loopback (served below), and off it (refused).
    { url: REMOTE_ISS, clientIds: [CLIENT], jwksUri: LOOPBACK_JWKS },
    { url: OFFLINE_ISS, clientIds: [CLIENT], jwksUri: 'https://offline.corpus.example/jwks' },
  ];
  return world;
}

interface Outcome {
  accepted: boolean;
  code: string | null;
  message: string | null;
  /** The rulebook's cause id: the verdict's, or the sandbox's x-sandbox-cause header. */
  cause: string | null;
}

let sandbox: Sandbox;
let trust: SandboxTrustDocument;
let signer: TestSigner;
let stranger: TestSigner;
let rsa: JwtKey;
let ec: JwtKey;
let strangerKey: JwtKey;

async function send(params: Record<string, string>): Promise<Outcome> {
  const body = new URLSearchParams({ Version: '2011-06-15', ...params }).toString();
  const res = await sandbox.handle({ method: 'POST', url: '/', headers: { host: '127.0.0.1:4173', 'content-type': 'application/x-www-form-urlencoded' }, body: utf8(body) });
  if (res.status === 200) return { accepted: true, code: null, message: null, cause: null };
  const code = /<Code>([^<]*)<\/Code>/.exec(res.body)?.[1] ?? `HTTP ${res.status}`;
  const message = /<Message>([\s\S]*?)<\/Message>/.exec(res.body)?.[1] ?? '';
  return { accepted: false, code, message: decodeXmlText(message), cause: res.headers['x-sandbox-cause'] ?? null };
}

/** The claims of a compact JWT (to re-sign them with another key). */
const decodeClaims = (token: string): Record<string, unknown> => JSON.parse(new TextDecoder().decode(fromBase64Url(token.split('.')[1] ?? '') ?? new Uint8Array())) as Record<string, unknown>;

/** A sandbox control's JSON answer. */
async function control(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const res = await sandbox.handle({ method, url: path, headers: { host: '127.0.0.1:4173', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, body: body !== undefined ? utf8(JSON.stringify(body)) : new Uint8Array() });
  return JSON.parse(res.body) as unknown;
}

const decodeXmlText = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');

function outcomeOf(v: FederationVerdict): Outcome | 'cannot-tell' {
  if (v.kind === 'accepted') return { accepted: true, code: null, message: null, cause: null };
  if (v.kind === 'rejected') return { accepted: false, code: v.error.code, message: v.error.message, cause: v.causeId };
  return 'cannot-tell';
}

interface Case {
  name: string;
  kind: 'saml' | 'oidc';
  params: Record<string, string>;
}

const nowMs = () => sandbox.env.clock.nowMs();

/** The session parameters of a case as the verdict takes them (the form's DurationSeconds and Policy); unsigned calls are served in us-east-1. */
function sessionOf(params: Record<string, string>): SessionRequest {
  const duration = params.DurationSeconds !== undefined ? Number(params.DurationSeconds) : undefined;
  return { ...(duration !== undefined ? { durationSeconds: duration } : {}), ...(params.Policy !== undefined ? { policy: params.Policy } : {}), region: 'us-east-1' };
}

async function verdictFor(c: Case): Promise<FederationVerdict> {
  if (c.kind === 'saml') {
    const found = samlTrustFromSandbox(trust, c.params.PrincipalArn ?? '');
    return samlVerdict({
      samlAssertion: c.params.SAMLAssertion ?? '',
      roleArn: c.params.RoleArn ?? '',
      principalArn: c.params.PrincipalArn ?? '',
      trust: found.ok ? found.trust : { error: found.error },
      role: roleTrustFromSandbox(trust, c.params.RoleArn ?? ''),
      nowMs: nowMs(),
      requestError: requestValidationError(getOperation('AssumeRoleWithSAML'), c.params),
      session: sessionOf(c.params),
    });
  }
  return oidcVerdict({
    token: c.params.WebIdentityToken ?? '',
    ...(c.params.ProviderId !== undefined ? { providerId: c.params.ProviderId } : {}),
    trust: { ...oidcTrustFromSandbox(trust, c.params.RoleArn ?? ''), amazonTokenInfo: async (token) => (await control('POST', '/_sandbox/oauth/amazon/tokeninfo', { token })) as AmazonTokenInfo },
    nowMs: nowMs(),
    requestError: requestValidationError(getOperation('AssumeRoleWithWebIdentity'), c.params),
    roleArn: c.params.RoleArn ?? '',
    roleSessionName: c.params.RoleSessionName ?? '',
    role: roleTrustFromSandbox(trust, c.params.RoleArn ?? ''),
    session: sessionOf(c.params),
  });
}

/** A session policy allowing `n` made-up actions on `n` buckets: about 1,800 characters and 124% packed at 60, within the 2,048-character limit. */
const sessionPolicy = (n: number) => {
  const letter = (i: number) => String.fromCharCode(97 + (i % 26));
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: Array.from({ length: n }, (_, i) => `s3:${letter(i)}${letter(i * 7)}${i}`), Resource: Array.from({ length: n }, (_, i) => `arn:aws:s3:::${letter(i * 11)}${i}`) }],
  });
};

// ---------- SAML cases ----------

type XmlEdit = (xml: string) => string;
const A = 'https://aws.amazon.com/SAML/Attributes/';
const iso = (ms: number) => new Date(ms).toISOString();

async function samlCases(): Promise<Case[]> {
  const now = nowMs();
  const roles = [{ roleArn: SAML_ROLE, principalArn: SAML_PROVIDER }];
  const cases: Case[] = [];
  const add = (name: string, samlAssertion: string, extra: Record<string, string> = {}) =>
    cases.push({ name, kind: 'saml', params: { Action: 'AssumeRoleWithSAML', RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: samlAssertion, ...extra } });
  const base = (vendor: Vendor, o: Partial<Parameters<typeof vendorResponseXml>[1]> = {}) => vendorResponseXml(vendor, { nowMs: now, roles, issuer: IDP_ISSUER, ...o });
  const signed = async (xml: string, mode: SignMode, vendor: Vendor, by: TestSigner = signer) => signFixture(xml, by, mode, VENDORS[vendor].signaturePrefix);

  const preSign: [string, Partial<Parameters<typeof vendorResponseXml>[1]>, XmlEdit?][] = [
    ['valid', {}],
    ['wrong issuer', { issuer: 'https://other-idp.example/saml' }],
    ['recipient elsewhere', { recipient: 'https://sp.example.com/acs' }],
    ['recipient with trailing slash', { recipient: 'https://signin.aws.amazon.com/saml/' }],
    ['recipient http', { recipient: 'http://signin.aws.amazon.com/saml' }],
    ['regional recipient', { recipient: 'https://us-east-1.signin.aws.amazon.com/saml' }],
    ['expired', { nowMs: now - 3_600_000 }],
    ['expires in a minute', { lifetimeSeconds: 60 }],
    ['no role pair for this role', { roles: [{ roleArn: `arn:aws:iam::${ACCOUNT}:role/Other`, principalArn: SAML_PROVIDER }] }],
    ['role pair of another provider', { roles: [{ roleArn: SAML_ROLE, principalArn: `arn:aws:iam::${ACCOUNT}:saml-provider/Other` }] }],
    ['provider-first role order', { roleOrder: 'provider-first' }],
    ['two role pairs', { roles: [{ roleArn: `arn:aws:iam::${ACCOUNT}:role/Other`, principalArn: SAML_PROVIDER }, ...roles] }],
    ['missing RoleSessionName', { sessionName: null }],
    ['invalid RoleSessionName', { sessionName: 'has space' }],
    ['one-character RoleSessionName', { sessionName: 'a' }],
    ['duplicated RoleSessionName values', { attributes: { [`${A}RoleSessionName`]: ['alice', 'bob'] } }],
    ['SessionDuration 1800', { attributes: { [`${A}SessionDuration`]: ['1800'] } }],
    ['SessionDuration too short', { attributes: { [`${A}SessionDuration`]: ['60'] } }],
    ['SessionDuration not a number', { attributes: { [`${A}SessionDuration`]: ['1h'] } }],
    ['SourceIdentity valid', { attributes: { [`${A}SourceIdentity`]: ['alice'] } }],
    ['SourceIdentity aws: prefix', { attributes: { [`${A}SourceIdentity`]: ['aws:alice'] } }],
    ['PrincipalTag valid', { attributes: { [`${A}PrincipalTag:Team`]: ['Blue'] } }],
    ['PrincipalTag two values', { attributes: { [`${A}PrincipalTag:Team`]: ['Blue', 'Red'] } }],
    ['PrincipalTag reserved key', { attributes: { [`${A}PrincipalTag:aws:team`]: ['Blue'] } }],
    ['PrincipalTag keys differ by case', { attributes: { [`${A}PrincipalTag:Team`]: ['Blue'], [`${A}PrincipalTag:team`]: ['Red'] } }],
    ['TransitiveTagKeys among the tags', { attributes: { [`${A}PrincipalTag:Team`]: ['Blue'], [`${A}TransitiveTagKeys`]: ['Team'] } }],
    ['TransitiveTagKeys not a tag', { attributes: { [`${A}TransitiveTagKeys`]: ['Team'] } }],
    ['missing Role attribute', {}, (x) => x.replace(/<(\w+:)?Attribute Name="https:\/\/aws\.amazon\.com\/SAML\/Attributes\/Role"[^>]*>[\s\S]*?<\/(\w+:)?Attribute>/, '')],
    ['Role value unusable', {}, (x) => x.replace(/arn:aws:iam::123456789012:role\/CorpusSaml,/, 'not-an-arn,')],
    ['audience elsewhere', {}, (x) => x.replace(/(<(\w+:)?Audience>)[^<]*/, '$1https://sp.example.com')],
    ['audience urn', {}, (x) => x.replace(/(<(\w+:)?Audience>)[^<]*/, '$1urn:amazon:webservices')],
    ['no AudienceRestriction', {}, (x) => x.replace(/<(\w+:)?AudienceRestriction>[\s\S]*?<\/(\w+:)?AudienceRestriction>/, '')],
    ['destination differs', {}, (x) => x.replace(/Destination="[^"]*"/, 'Destination="https://sp.example.com/acs"')],
    ['status failed', {}, (x) => x.replace('urn:oasis:names:tc:SAML:2.0:status:Success', 'urn:oasis:names:tc:SAML:2.0:status:Requester')],
    ['no NameID', {}, (x) => x.replace(/<(\w+:)?NameID[^>]*>[^<]*<\/(\w+:)?NameID>/, '')],
    ['not before far future', {}, (x) => x.replace(/NotBefore="[^"]*"/, `NotBefore="${iso(now + 3_600_000)}"`)],
    ['not before slightly ahead', {}, (x) => x.replace(/NotBefore="[^"]*"/, `NotBefore="${iso(now + 60_000)}"`)],
    ['session ended', {}, (x) => x.replace(/SessionIndex="/, `SessionNotOnOrAfter="${iso(now - 60_000)}" SessionIndex="`)],
    ['session ends later', {}, (x) => x.replace(/SessionIndex="/, `SessionNotOnOrAfter="${iso(now + 3_600_000)}" SessionIndex="`)],
    ['bad NotOnOrAfter', {}, (x) => x.replace(/(<(\w+:)?SubjectConfirmationData) NotOnOrAfter="[^"]*"/, '$1 NotOnOrAfter="tomorrow"')],
    ['no confirmation NotOnOrAfter', {}, (x) => x.replace(/(<(\w+:)?SubjectConfirmationData) NotOnOrAfter="[^"]*"/, '$1')],
    ['holder-of-key confirmation', {}, (x) => x.replace('urn:oasis:names:tc:SAML:2.0:cm:bearer', 'urn:oasis:names:tc:SAML:2.0:cm:holder-of-key')],
    ['two assertions', {}, (x) => x.replace(/(<(\w+:)?Assertion[\s\S]*<\/(\w+:)?Assertion>)/, '$1$1').replace(/ID="(_assert\w+)"([\s\S]*)ID="\1"/, 'ID="$1"$2ID="$1b"')],
  ];
  const vendors: Vendor[] = ['okta', 'entra', 'adfs', 'google', 'keycloak', 'shibboleth'];
  for (const [i, [name, o, edit]] of preSign.entries()) {
    // Each rule mutation under two vendors' shapes and signing modes; the first few under all six.
    const which = i < 3 ? vendors : [vendors[i % 6] as Vendor, vendors[(i + 3) % 6] as Vendor];
    for (const vendor of which) {
      const xml = (edit ?? ((x: string) => x))(base(vendor, o));
      add(`${vendor}: ${name}`, toSamlAssertion(await signed(xml, VENDORS[vendor].sign, vendor)));
    }
  }
  for (const vendor of vendors) {
    for (const mode of ['response', 'assertion', 'both', 'none'] as const) add(`${vendor}: signed ${mode}`, toSamlAssertion(await signed(base(vendor), mode, vendor)));
    const good = await signed(base(vendor), VENDORS[vendor].sign, vendor);
    add(`${vendor}: signed by an untrusted key`, toSamlAssertion(await signed(base(vendor), VENDORS[vendor].sign, vendor, stranger)));
    add(`${vendor}: subject altered after signing (digest mismatch)`, toSamlAssertion(good.replace('>alice@example.com</', '>mallory@example.com</')));
    add(`${vendor}: role altered after signing`, toSamlAssertion(good.replace('role/CorpusSaml', 'role/CorpusSamX')));
    add(`${vendor}: signature value altered`, toSamlAssertion(good.replace(/(SignatureValue>)(\w)/, (_m, a: string, c: string) => `${a}${c === 'A' ? 'B' : 'A'}`)));
    add(`${vendor}: embedded certificate swapped`, toSamlAssertion(good.split(signer.certificateB64).join(stranger.certificateB64)));
    add(`${vendor}: wrapped in line breaks`, toSamlAssertion(good).replace(/(.{76})/g, '$1\n'));
    add(`${vendor}: URL-safe base64`, toSamlAssertion(good).replace(/\+/g, '-').replace(/\//g, '_'));
    add(`${vendor}: base64 twice`, toBase64(utf8(toSamlAssertion(good))));
    add(`${vendor}: raw XML instead of base64`, good);
    add(`${vendor}: truncated`, toSamlAssertion(good.slice(0, Math.floor(good.length / 2))));
    add(`${vendor}: bare assertion`, toSamlAssertion((/<(\w+:)?Assertion[\s\S]*<\/(\w+:)?Assertion>/.exec(good) ?? [''])[0]));
    add(`${vendor}: whitespace around`, `  ${toSamlAssertion(good)}\n`);
    add(`${vendor}: UTF-8 BOM`, toBase64(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(good)])));
  }
  const big = await signed(base('okta', { attributes: { 'https://example.com/groups': Array.from({ length: 2500 }, (_, i) => `group-number-${i}`) } }), 'both', 'okta');
  add('okta: over 100000 characters', toSamlAssertion(big));
  add('empty assertion', '');
  add('tiny assertion', 'abcd');
  add('not base64', '!!!not base64!!!');
  add('unknown provider', toSamlAssertion(await signed(base('okta'), 'both', 'okta')), { PrincipalArn: `arn:aws:iam::${ACCOUNT}:saml-provider/Nope` });
  add('principal is not a provider ARN', toSamlAssertion(await signed(base('okta'), 'both', 'okta')), { PrincipalArn: `arn:aws:iam::${ACCOUNT}:role/CorpusSaml` });
  // The role's trust policy decides last: the same valid response, for roles that refuse it in different ways.
  for (const [name, vendor] of [['SamlAudOther', 'okta'], ['SamlAudAws', 'entra'], ['SamlSubAlice', 'adfs'], ['SamlDeny', 'google'], ['SamlOtherProvider', 'keycloak'], ['NoSuchRole', 'shibboleth'], ['SamlDenyTags', 'okta']] as const) {
    const tags = name === 'SamlDenyTags' ? { attributes: { [`${A}PrincipalTag:Team`]: ['Blue'] } } : {};
    for (const v of [vendor, vendors[(vendors.indexOf(vendor) + 2) % 6] as Vendor]) {
      const xml = base(v, { roles: [{ roleArn: role(name), principalArn: SAML_PROVIDER }], ...tags });
      add(`${v}: trust policy of role ${name}`, toSamlAssertion(await signed(xml, VENDORS[v].sign, v)), { RoleArn: role(name) });
    }
  }
  add('DurationSeconds too long', toSamlAssertion(await signed(base('okta'), 'both', 'okta')), { DurationSeconds: '100000' });
  // After the trust step: DurationSeconds against the role's MaxSessionDuration, the session policy, the packed size.
  const twoHours = [{ roleArn: role('SamlTwoHours'), principalArn: SAML_PROVIDER }];
  for (const v of ['okta', 'entra'] as const) {
    const plain = toSamlAssertion(await signed(base(v), VENDORS[v].sign, v));
    const long = toSamlAssertion(await signed(base(v, { roles: twoHours }), VENDORS[v].sign, v));
    add(`${v}: DurationSeconds at the role's maximum`, plain, { DurationSeconds: '3600' });
    add(`${v}: DurationSeconds above the role's maximum`, plain, { DurationSeconds: '3601' });
    add(`${v}: DurationSeconds 7200, role allows 7200`, long, { RoleArn: role('SamlTwoHours'), DurationSeconds: '7200' });
    add(`${v}: DurationSeconds 7201, role allows 7200`, long, { RoleArn: role('SamlTwoHours'), DurationSeconds: '7201' });
    add(`${v}: session policy valid`, plain, { Policy: sessionPolicy(3) });
    add(`${v}: session policy not JSON`, plain, { Policy: '{"Version": "2012-10-17", "Statement": [' });
    add(`${v}: session policy without Effect`, plain, { Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Action: 's3:GetObject', Resource: '*' }] }) });
    add(`${v}: session policy packed too large`, plain, { Policy: sessionPolicy(60) });
    const manyTags = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`${A}PrincipalTag:k${i}z${'q'.repeat(20)}`, [`v${i}w${'r'.repeat(30)}`]]));
    add(`${v}: session tags packed too large`, toSamlAssertion(await signed(base(v, { attributes: manyTags }), VENDORS[v].sign, v)));
  }
  return cases;
}

// ---------- OIDC cases ----------

async function oidcCases(): Promise<Case[]> {
  const now = Math.floor(nowMs() / 1000);
  const cases: Case[] = [];
  const add = (name: string, token: string, extra: Record<string, string> = {}) =>
    cases.push({ name, kind: 'oidc', params: { Action: 'AssumeRoleWithWebIdentity', RoleArn: WEB_ROLE, RoleSessionName: 'corpus', WebIdentityToken: token, ...extra } });
  const claims = (o: Record<string, unknown> = {}) => ({ iss: CUSTOM_ISS, sub: 'user-1', aud: CLIENT, iat: now - 10, exp: now + 600, ...o });
  const without = (name: string) => Object.fromEntries(Object.entries(claims()).filter(([k]) => k !== name));
  const header = (key: JwtKey, o: Record<string, unknown> = {}) => ({ alg: key.alg, kid: key.kid, typ: 'JWT', ...o });

  const claimMutations: [string, Record<string, unknown>][] = [
    ['valid', claims()],
    ['wrong issuer', claims({ iss: 'https://other.example' })],
    ['issuer with trailing slash', claims({ iss: `${CUSTOM_ISS}/` })],
    ['issuer in upper case', claims({ iss: CUSTOM_ISS.toUpperCase().replace('HTTPS', 'https') })],
    ['http issuer', claims({ iss: 'http://idp.corpus.example' })],
    ['issuer not a string', claims({ iss: 42 })],
    ['no issuer', without('iss')],
    ['wrong audience', claims({ aud: 'someone-else' })],
    ['audience list with azp', claims({ aud: ['x', CLIENT], azp: CLIENT })],
    ['audience list, azp elsewhere', claims({ aud: [CLIENT, 'x'], azp: 'x' })],
    ['audience list without azp', claims({ aud: [CLIENT, 'x'] })],
    ['one-element audience list', claims({ aud: [CLIENT] })],
    ['no audience', without('aud')],
    ['no sub', without('sub')],
    ['empty sub', claims({ sub: '' })],
    ['sub not a string', claims({ sub: 7 })],
    ['expired', claims({ exp: now - 3600 })],
    ['no exp', without('exp')],
    ['fractional exp', claims({ exp: now + 600.5 })],
    ['exp as string', claims({ exp: String(now + 600) })],
    ['fractional iat', claims({ iat: now - 10.5 })],
    ['nbf in the future', claims({ nbf: now + 3600 })],
    ['nbf in the past', claims({ nbf: now - 60 })],
    ['valid tags', claims({ 'https://aws.amazon.com/tags': { principal_tags: { Team: ['Blue'] }, transitive_tag_keys: ['Team'] } })],
    ['tags with two values', claims({ 'https://aws.amazon.com/tags': { principal_tags: { Team: ['Blue', 'Red'] } } })],
    ['tags claim not an object', claims({ 'https://aws.amazon.com/tags': 'Team=Blue' })],
    ['transitive key not a tag', claims({ 'https://aws.amazon.com/tags': { principal_tags: { Team: ['Blue'] }, transitive_tag_keys: ['Other'] } })],
    ['valid source identity', claims({ 'https://aws.amazon.com/source_identity': 'alice' })],
    ['source identity aws:', claims({ 'https://aws.amazon.com/source_identity': 'aws:alice' })],
    ['source identity too short', claims({ 'https://aws.amazon.com/source_identity': 'a' })],
    ['Google: azp registered, aud other', claims({ iss: GOOGLE_ISS, aud: 'orig.apps.googleusercontent.com', azp: GOOGLE_CLIENT })],
    ['Google: no azp', claims({ iss: GOOGLE_ISS, aud: GOOGLE_CLIENT })],
    ['Google: aud list with azp', claims({ iss: GOOGLE_ISS, aud: ['a', 'b'], azp: GOOGLE_CLIENT })],
    ['Google: aud list without azp', claims({ iss: GOOGLE_ISS, aud: ['a', 'b'] })],
    ['extra custom claims', claims({ email: 'a@example.com', groups: ['x', 'y'] })],
  ];
  for (const [name, c] of claimMutations) {
    add(`RS256: ${name}`, await signJwt(header(rsa), c, rsa));
    add(`ES256: ${name}`, await signJwt(header(ec), c, ec));
  }
  const good = await signJwt(header(rsa), claims(), rsa);
  const [h, p, s] = good.split('.') as [string, string, string];
  const signatureMutations: [string, string, Record<string, string>?][] = [
    ['signature bit flipped', `${h}.${p}.${s.startsWith('A') ? `B${s.slice(1)}` : `A${s.slice(1)}`}`],
    ['payload altered', `${h}.${part(claims({ sub: 'admin' }))}.${s}`],
    ['signature removed', `${h}.${p}.`],
    ['signed by an untrusted key (same kid)', await signJwt(header(rsa), claims(), { ...strangerKey, kid: rsa.kid })],
    ['unknown kid', await signJwt(header(strangerKey), claims(), strangerKey)],
    ['no kid', await signJwt({ alg: 'RS256', typ: 'JWT' }, claims(), rsa)],
    ['kid of the EC key on an RSA signature', await signJwt(header(rsa, { kid: ec.kid }), claims(), rsa)],
    ['alg none', `${part({ alg: 'none', typ: 'JWT' })}.${p}.`],
    ['alg HS256', `${part({ alg: 'HS256', kid: rsa.kid })}.${p}.${s}`],
    ['alg PS256', `${part({ alg: 'PS256', kid: rsa.kid })}.${p}.${s}`],
    ['alg RS384 header on RS256 signature', `${part({ alg: 'RS384', kid: rsa.kid })}.${p}.${s}`],
    ['no alg', `${part({ kid: rsa.kid })}.${p}.${s}`],
    ['not a JWT', 'this-is-not-a-token'],
    ['two parts', `${h}.${p}`],
    ['five parts (JWE)', `${h}.${p}.${s}.${s}.${s}`],
    ['header not JSON', `${toBase64Url(utf8('not json'))}.${p}.${s}`],
    ['Bearer prefix', `Bearer ${good}`],
    ['ProviderId with a JWT', good, { ProviderId: 'www.amazon.com' }],
    ['ProviderId made up with a JWT', good, { ProviderId: 'idp.example.com' }],
    ['ProviderId made up with an opaque token', 'opaque-access-token-1234', { ProviderId: 'idp.example.com' }],
    ['token over 20000 characters', await signJwt(header(rsa), claims({ padding: 'x'.repeat(20_500) }), rsa)],
    ['token of 3 characters', 'abc'],
    ['role in another account', good, { RoleArn: 'arn:aws:iam::111122223333:role/CorpusWeb' }],
    ['RoleSessionName invalid', good, { RoleSessionName: 'has space' }],
  ];
  for (const [name, token, extra] of signatureMutations) add(name, token, extra);
  // The role's trust policy decides last.
  const tagged = await signJwt(header(rsa), claims({ 'https://aws.amazon.com/tags': { principal_tags: { Team: ['Blue'] } } }), rsa);
  const trustMutations: [string, string, Record<string, string>?][] = [
    ['sub condition for another subject', good, { RoleArn: role('WebSubOther') }],
    ['sub condition for this subject', good, { RoleArn: role('WebSubUser1') }],
    ['aud condition for another client', good, { RoleArn: role('WebAudOther') }],
    ['RoleSessionName condition unmet', good, { RoleArn: role('WebSessionName') }],
    ['RoleSessionName condition met', good, { RoleArn: role('WebSessionName'), RoleSessionName: 'ci-build' }],
    ['Deny statement', good, { RoleArn: role('WebDeny') }],
    ['Deny on this sub', good, { RoleArn: role('WebDenySub') }],
    ['Deny on another sub', await signJwt(header(rsa), claims({ sub: 'admin' }), rsa), { RoleArn: role('WebDenySub') }],
    ['role trusts another provider', good, { RoleArn: role('WebOtherProvider') }],
    ['missing role', good, { RoleArn: role('NoSuchRole') }],
    ['tags without sts:TagSession', tagged, { RoleArn: role('WebNoTagSession') }],
    ['tags with sts:TagSession', tagged],
    ['Google token, role trusts only another provider', await signJwt(header(rsa), claims({ iss: GOOGLE_ISS, aud: GOOGLE_CLIENT }), rsa), { RoleArn: role('WebOtherProvider') }],
  ];
  for (const [name, token, extra] of trustMutations) {
    add(`trust policy: ${name}`, token, extra);
    add(`trust policy (ES256): ${name}`, await signJwt(header(ec), decodeClaims(token), ec), extra);
  }
  // Keys the sandbox fetches from a jwksUri (loopback) or cannot fetch (off loopback): the verdict uses the sandbox's own answer.
  add('jwksUri provider: verifies with the fetched keys', await signJwt(header(rsa), claims({ iss: REMOTE_ISS }), rsa));
  add('jwksUri provider: untrusted key', await signJwt(header(rsa), claims({ iss: REMOTE_ISS }), { ...strangerKey, kid: rsa.kid }));
  add('jwksUri provider: unknown kid', await signJwt(header(strangerKey), claims({ iss: REMOTE_ISS }), strangerKey));
  add('jwksUri off loopback: keys cannot be fetched', await signJwt(header(rsa), claims({ iss: OFFLINE_ISS }), rsa));
  // OAuth access tokens: Facebook is not emulated, and the sandbox and the verdict say so alike;
  // Login with Amazon tokens are opened by the sandbox (tokeninfo), then the trust policy decides.
  add('Facebook access token', 'EAAGm0PX4ZCpsBAKZCZA-not-a-jwt', { ProviderId: 'graph.facebook.com' });
  const amazon = async (o: Record<string, unknown> = {}) => ((await control('POST', '/_sandbox/oauth/amazon/token', o)) as { access_token: string }).access_token;
  const amazonToken = await amazon();
  const amazonCases: [string, string, Record<string, string>][] = [
    ['Login with Amazon: role trusts the app', amazonToken, { RoleArn: role('FederatedWebIdentityRole') }],
    ['Login with Amazon: another app', await amazon({ appId: 'amzn1.application-oa2-client.other' }), { RoleArn: role('FederatedWebIdentityRole') }],
    ['Login with Amazon: role does not trust www.amazon.com', amazonToken, {}],
    ['Login with Amazon: token altered', `${amazonToken.slice(0, -4)}AAAA`, { RoleArn: role('FederatedWebIdentityRole') }],
    ['Login with Amazon: not a sandbox token', 'Atza|IwEBIJunk', { RoleArn: role('FederatedWebIdentityRole') }],
    ['Login with Amazon: missing role', amazonToken, { RoleArn: role('NoSuchRole') }],
  ];
  for (const [name, token, extra] of amazonCases) add(name, token, { ProviderId: 'www.amazon.com', ...extra });
  // After the trust step: DurationSeconds against the role's MaxSessionDuration, the session policy, the packed size.
  const manyTags = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}z${'q'.repeat(20)}`, [`v${i}w${'r'.repeat(30)}`]]));
  const sessionMutations: [string, string, Record<string, string>][] = [
    ["DurationSeconds at the role's maximum", good, { DurationSeconds: '3600' }],
    ["DurationSeconds above the role's maximum", good, { DurationSeconds: '3601' }],
    ['DurationSeconds 7200, role allows 7200', good, { RoleArn: role('WebTwoHours'), DurationSeconds: '7200' }],
    ['DurationSeconds 7201, role allows 7200', good, { RoleArn: role('WebTwoHours'), DurationSeconds: '7201' }],
    ['DurationSeconds 43200, role allows 7200', good, { RoleArn: role('WebTwoHours'), DurationSeconds: '43200' }],
    ['session policy valid', good, { Policy: sessionPolicy(3) }],
    ['session policy not JSON', good, { Policy: '{"Version": "2012-10-17", "Statement": [' }],
    ['session policy without Effect', good, { Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Action: 's3:GetObject', Resource: '*' }] }) }],
    ['session policy packed too large', good, { Policy: sessionPolicy(60) }],
    ['session tags packed too large', await signJwt(header(rsa), claims({ 'https://aws.amazon.com/tags': { principal_tags: manyTags } }), rsa), {}],
    ['session policy too large, token invalid', await signJwt(header(rsa), claims({ aud: 'someone-else' }), rsa), { Policy: sessionPolicy(60) }],
    ['DurationSeconds too long, trust policy denies', good, { RoleArn: role('WebDeny'), DurationSeconds: '7200' }],
  ];
  for (const [name, token, extra] of sessionMutations) add(`session: ${name}`, token, extra);
  return cases;
}

describe('agreement corpus: the verdict and the sandbox give the same answer', () => {
  beforeAll(async () => {
    [signer, stranger, rsa, ec, strangerKey] = await Promise.all([createTestSigner('Corpus IdP'), createTestSigner('Stranger'), jwtKey('rsa-1', 'RS256'), jwtKey('ec-1', 'ES256'), jwtKey('stranger-1', 'RS256')]);
    const served = { keys: [rsa.jwk, ec.jwk] };
    // One instant for the whole corpus: the verdict and the sandbox judge each case at the same time, so the
    // "current date/time" STS quotes in an expiry message cannot differ by the second that ticked in between.
    const frozenMs = Date.now();
    sandbox = await startTestSandbox({
      runtime: { ...platformRuntime(), nowMs: () => frozenMs },
      world: corpusWorld(signer, [rsa, ec]),
      // The sandbox's loopback jwksUri fetch, answered here (no socket): the keys the trust route and STS both see.
      fetchJson: async (url) => {
        if (url === LOOPBACK_JWKS) return served;
        throw new Error('connect ECONNREFUSED');
      },
    });
    const loaded = await loadSandboxTrust(async (path) => JSON.parse((await sandbox.handle({ method: 'GET', url: path, headers: { host: '127.0.0.1:4173' }, body: new Uint8Array() })).body));
    if (!loaded.ok) throw new Error(loaded.error);
    trust = loaded.value;
  });

  it('agrees on every generated SAML response and OIDC token (accepted vs rejected, code and message)', async () => {
    const cases = [...(await samlCases()), ...(await oidcCases())];
    const disagreements: string[] = [];
    const tally = { accepted: 0, rejected: 0, trustDenied: 0, causes: 0 };
    const answers = new Map<string, Outcome>();
    for (const c of cases) {
      const [verdict, actual] = [outcomeOf(await verdictFor(c)), await send(c.params)];
      answers.set(`${c.kind} ${c.name}`, actual);
      if (verdict === 'cannot-tell') {
        disagreements.push(`${c.kind} ${c.name}: the verdict cannot tell, the sandbox says ${actual.accepted ? 'accepted' : actual.code}`);
        continue;
      }
      tally[actual.accepted ? 'accepted' : 'rejected'] += 1;
      if (verdict.accepted !== actual.accepted || verdict.code !== actual.code || verdict.message !== actual.message) {
        disagreements.push(`${c.kind} ${c.name}: verdict ${verdict.accepted ? 'accepted' : `${verdict.code}: ${verdict.message}`} / sandbox ${actual.accepted ? 'accepted' : `${actual.code}: ${actual.message}`}`);
      }
      // The structured cause: whenever the sandbox names one (x-sandbox-cause), the verdict names the same.
      if (actual.cause !== null) {
        tally.causes += 1;
        if (verdict.cause !== actual.cause) disagreements.push(`${c.kind} ${c.name}: verdict cause ${verdict.cause ?? 'none'} / sandbox cause ${actual.cause}`);
      }
      if (actual.cause === 'trust-policy-denied' || actual.cause === 'role-missing') tally.trustDenied += 1;
    }
    console.log(`agreement corpus: ${cases.length} cases (${cases.filter((c) => c.kind === 'saml').length} SAML, ${cases.filter((c) => c.kind === 'oidc').length} OIDC); ${tally.accepted} accepted, ${tally.rejected} rejected by both (${tally.trustDenied} by the trust step); ${tally.causes} causes compared`);
    expect(disagreements).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(300);
    // A corpus that only ever rejects (or only accepts) proves little.
    expect(tally.accepted).toBeGreaterThanOrEqual(40);
    expect(tally.rejected).toBeGreaterThanOrEqual(150);
    // The trust-policy mutations reach the trust step and are refused there, not earlier.
    expect(tally.trustDenied).toBeGreaterThanOrEqual(25);
    expect(tally.causes).toBeGreaterThanOrEqual(150);
    // The session mutations reach the checks after the trust step (both sides agreed above on each).
    const overMax = { accepted: false, code: 'ValidationError', message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.' };
    for (const name of ["okta: DurationSeconds above the role's maximum", 'entra: DurationSeconds 7201, role allows 7200']) expect(answers.get(`saml ${name}`)).toMatchObject(overMax);
    for (const name of ["session: DurationSeconds above the role's maximum", 'session: DurationSeconds 7201, role allows 7200']) expect(answers.get(`oidc ${name}`)).toMatchObject(overMax);
    for (const name of ["saml okta: DurationSeconds at the role's maximum", 'saml okta: DurationSeconds 7200, role allows 7200', 'oidc session: DurationSeconds 7200, role allows 7200', 'oidc session: session policy valid']) expect(answers.get(name)?.accepted).toBe(true);
    expect(answers.get('saml okta: session policy packed too large')).toMatchObject({ code: 'PackedPolicyTooLarge', message: expect.stringMatching(/^Packed size of session policies consumes \d+% of allotted space\.$/) });
    expect(answers.get('saml okta: session tags packed too large')).toMatchObject({ code: 'PackedPolicyTooLarge', message: expect.stringMatching(/^Packed size of session tags consumes/) });
    expect(answers.get('oidc session: session tags packed too large')).toMatchObject({ code: 'PackedPolicyTooLarge' });
    expect(answers.get('oidc session: session policy not JSON')?.code).toBe('MalformedPolicyDocument');
    expect(answers.get('oidc session: DurationSeconds too long, trust policy denies')?.code).toBe('AccessDenied');
  }, 240_000);
});
