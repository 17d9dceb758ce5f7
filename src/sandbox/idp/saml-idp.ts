/**
 * The sandbox's built-in SAML IdP: mints signed samlp:Responses shaped like the ones real IdPs
 * send to AWS (exclusive C14N, RSA-SHA256, enveloped signature, embedded certificate), with
 * optional faults for practising failures, and publishes matching metadata. Time comes from the
 * sandbox clock (`nowMs`), never from Date.now().
 */
import { toBase64, toHex, utf8 } from '../../kernel/encoding';
import { AWS_SAML_ATTRIBUTE, BEARER_METHOD, DEFAULT_SIGNIN_SAML_URL, STATUS_SUCCESS } from '../../inspect/saml/rules';
import { signElementEnveloped } from '../../inspect/saml/xml-sign';
import { NS, escapeXml, firstChild, parseXml, serializeXml } from '../../inspect/saml/xml';
import type { SandboxRuntime } from '../core/runtime';
import type { SamlIdpKeys } from './saml-idp-keys';

/** The built-in IdP's entity ID, which is also the Issuer of everything it mints. */
export const BUILT_IN_SAML_ENTITY_ID = 'https://sandbox.idp.local/saml';
const BUILT_IN_SAML_SSO_URL = 'https://sandbox.idp.local/saml/sso';
const NAMEID_PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';

export interface SamlFaults {
  /** NotOnOrAfter lies a minute in the past. */
  expired?: boolean;
  /** Recipient and Destination are a non-AWS ACS URL. */
  wrongRecipient?: boolean;
  /** Issuer is not the built-in IdP's entity ID. */
  wrongIssuer?: boolean;
  /** The NameID is changed after signing, so every signature breaks. */
  tamperAfterSigning?: boolean;
  /** No RoleSessionName attribute. */
  missingSessionName?: boolean;
}

export interface MintSamlOptions {
  /** Used as principalArn for roles that do not give one. */
  providerArn?: string;
  roles: { roleArn: string; principalArn?: string }[];
  roleOrder?: 'role-first' | 'provider-first';
  subject: string;
  nameIdFormat?: string;
  /** RoleSessionName; null leaves the attribute out; undefined uses the subject. */
  sessionName?: string | null;
  sessionDurationSeconds?: number;
  /** AuthnStatement SessionNotOnOrAfter, seconds after issue (caps the STS session). */
  sessionNotOnOrAfterSeconds?: number;
  /** Assertion lifetime (NotOnOrAfter − IssueInstant), default 300. */
  lifetimeSeconds?: number;
  recipient?: string;
  audience?: string;
  principalTags?: Record<string, string>;
  transitiveTagKeys?: string[];
  sourceIdentity?: string;
  extraAttributes?: Record<string, string[]>;
  sign: 'response' | 'assertion' | 'both' | 'none';
  faults?: SamlFaults;
}

export interface MintedSamlResponse {
  /** What goes into SAMLAssertion / the SAMLResponse form field. */
  base64: string;
  xml: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

function attribute(name: string, values: string[]): string {
  const vs = values.map((v) => `<saml2:AttributeValue xsi:type="xs:string">${escapeXml(v)}</saml2:AttributeValue>`).join('');
  return `<saml2:Attribute Name="${escapeXml(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">${vs}</saml2:Attribute>`;
}

function attributeStatement(opts: MintSamlOptions): string {
  const faults = opts.faults ?? {};
  const roleValues = opts.roles.map((r) => {
    const provider = r.principalArn ?? opts.providerArn ?? '';
    return opts.roleOrder === 'provider-first' ? `${provider},${r.roleArn}` : `${r.roleArn},${provider}`;
  });
  const parts: string[] = [];
  if (roleValues.length > 0) parts.push(attribute(AWS_SAML_ATTRIBUTE.role, roleValues));
  const sessionName = opts.sessionName === undefined ? opts.subject : opts.sessionName;
  if (sessionName !== null && !faults.missingSessionName) parts.push(attribute(AWS_SAML_ATTRIBUTE.roleSessionName, [sessionName]));
  if (opts.sessionDurationSeconds !== undefined) parts.push(attribute(AWS_SAML_ATTRIBUTE.sessionDuration, [String(opts.sessionDurationSeconds)]));
  if (opts.sourceIdentity !== undefined) parts.push(attribute(AWS_SAML_ATTRIBUTE.sourceIdentity, [opts.sourceIdentity]));
  for (const [key, value] of Object.entries(opts.principalTags ?? {})) parts.push(attribute(`${AWS_SAML_ATTRIBUTE.principalTagPrefix}${key}`, [value]));
  if ((opts.transitiveTagKeys ?? []).length > 0) parts.push(attribute(AWS_SAML_ATTRIBUTE.transitiveTagKeys, opts.transitiveTagKeys ?? []));
  for (const [name, values] of Object.entries(opts.extraAttributes ?? {})) parts.push(attribute(name, values));
  return parts.length > 0 ? `<saml2:AttributeStatement>${parts.join('')}</saml2:AttributeStatement>` : '';
}

/** Builds, signs and encodes one Response issued at `nowMs` (sandbox time), its IDs drawn from `randomBytes`. */
export async function mintSamlResponse(keys: SamlIdpKeys, opts: MintSamlOptions, nowMs: number, randomBytes: SandboxRuntime['randomBytes']): Promise<MintedSamlResponse> {
  const faults = opts.faults ?? {};
  const lifetimeMs = (opts.lifetimeSeconds ?? 300) * 1000;
  const issueMs = faults.expired ? nowMs - lifetimeMs - 60_000 : nowMs;
  const notOnOrAfter = iso(issueMs + lifetimeMs);
  const issuer = faults.wrongIssuer ? 'https://wrong-issuer.example.com/saml' : BUILT_IN_SAML_ENTITY_ID;
  const recipient = faults.wrongRecipient ? 'https://sp.example.com/saml/acs' : opts.recipient ?? DEFAULT_SIGNIN_SAML_URL;
  const audience = opts.audience ?? DEFAULT_SIGNIN_SAML_URL;
  const responseId = `_${toHex(randomBytes(16))}`;
  const assertionId = `_${toHex(randomBytes(16))}`;
  const sessionNotOnOrAfter = opts.sessionNotOnOrAfterSeconds !== undefined ? ` SessionNotOnOrAfter="${iso(issueMs + opts.sessionNotOnOrAfterSeconds * 1000)}"` : '';

  const xml =
    `<saml2p:Response xmlns:saml2p="${NS.samlp}" ID="${responseId}" Version="2.0" IssueInstant="${iso(issueMs)}" Destination="${escapeXml(recipient)}">` +
    `<saml2:Issuer xmlns:saml2="${NS.saml}">${escapeXml(issuer)}</saml2:Issuer>` +
    `<saml2p:Status><saml2p:StatusCode Value="${STATUS_SUCCESS}"/></saml2p:Status>` +
    `<saml2:Assertion xmlns:saml2="${NS.saml}" xmlns:xs="${NS.xs}" xmlns:xsi="${NS.xsi}" ID="${assertionId}" Version="2.0" IssueInstant="${iso(issueMs)}">` +
    `<saml2:Issuer>${escapeXml(issuer)}</saml2:Issuer>` +
    `<saml2:Subject><saml2:NameID Format="${escapeXml(opts.nameIdFormat ?? NAMEID_PERSISTENT)}">${escapeXml(opts.subject)}</saml2:NameID>` +
    `<saml2:SubjectConfirmation Method="${BEARER_METHOD}"><saml2:SubjectConfirmationData NotOnOrAfter="${notOnOrAfter}" Recipient="${escapeXml(recipient)}"/></saml2:SubjectConfirmation></saml2:Subject>` +
    `<saml2:Conditions NotBefore="${iso(issueMs - 5000)}" NotOnOrAfter="${notOnOrAfter}"><saml2:AudienceRestriction><saml2:Audience>${escapeXml(audience)}</saml2:Audience></saml2:AudienceRestriction></saml2:Conditions>` +
    `<saml2:AuthnStatement AuthnInstant="${iso(issueMs)}" SessionIndex="${assertionId}"${sessionNotOnOrAfter}><saml2:AuthnContext><saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml2:AuthnContextClassRef></saml2:AuthnContext></saml2:AuthnStatement>` +
    attributeStatement(opts) +
    `</saml2:Assertion></saml2p:Response>`;

  const parsed = parseXml(xml);
  if (!parsed.ok || !parsed.value.documentElement) throw new Error(`internal: the minted SAML response is not well-formed (${parsed.ok ? 'empty' : parsed.error})`);
  const doc = parsed.value;
  const response = doc.documentElement as NonNullable<typeof doc.documentElement>;
  const assertion = firstChild(response, NS.saml, 'Assertion');
  if (!assertion) throw new Error('internal: the minted SAML response has no assertion');
  const signingKey = { privateKey: keys.privateKey, certificateB64: keys.certificateB64 };
  if (opts.sign === 'assertion' || opts.sign === 'both') await signElementEnveloped(assertion, signingKey, { inclusivePrefixes: 'xs' });
  if (opts.sign === 'response' || opts.sign === 'both') await signElementEnveloped(response, signingKey, { inclusivePrefixes: 'xs' });
  if (faults.tamperAfterSigning) {
    const nameId = firstChild(firstChild(assertion, NS.saml, 'Subject') ?? assertion, NS.saml, 'NameID');
    if (nameId) nameId.textContent = `${opts.subject}.tampered`;
  }
  const out = serializeXml(doc);
  return { base64: toBase64(utf8(out)), xml: out };
}

/** SAML 2.0 metadata for the built-in IdP: its entity ID, signing certificate and SSO endpoints. */
export function samlIdpMetadataXml(keys: Pick<SamlIdpKeys, 'certificateB64'>): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<md:EntityDescriptor xmlns:md="${NS.md}" entityID="${BUILT_IN_SAML_ENTITY_ID}">\n` +
    `  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="${NS.samlp}">\n` +
    `    <md:KeyDescriptor use="signing">\n` +
    `      <ds:KeyInfo xmlns:ds="${NS.ds}"><ds:X509Data><ds:X509Certificate>${keys.certificateB64}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n` +
    `    </md:KeyDescriptor>\n` +
    `    <md:NameIDFormat>${NAMEID_PERSISTENT}</md:NameIDFormat>\n` +
    `    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>\n` +
    `    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>\n` +
    `    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${BUILT_IN_SAML_SSO_URL}"/>\n` +
    `    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${BUILT_IN_SAML_SSO_URL}"/>\n` +
    `  </md:IDPSSODescriptor>\n` +
    `</md:EntityDescriptor>\n`
  );
}
