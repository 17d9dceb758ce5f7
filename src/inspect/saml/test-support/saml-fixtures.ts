/**
 * Test fixtures: real RSA keys and certificates, and SAML Responses shaped like the ones common
 * IdPs send to AWS (prefixes, default namespaces, pretty-printing, what they sign, role order).
 * The shapes are written from the public SAML schemas and AWS's docs, not copied from any IdP.
 */
import { toBase64, utf8 } from '../../../kernel/encoding';
import { signElementEnveloped } from '../xml-sign';
import { createSelfSignedCertificate } from '../x509-build';
import { NS, escapeXml, firstChild, parseXml, serializeXml } from '../xml';

export interface TestSigner {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  certificateDer: Uint8Array;
  certificateB64: string;
}

export async function createTestSigner(commonName = 'Test IdP', nowMs = Date.UTC(2025, 0, 1)): Promise<TestSigner> {
  const keyPair = await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  );
  const certificateDer = await createSelfSignedCertificate(keyPair, { commonName, notBeforeMs: nowMs - 86400_000, notAfterMs: nowMs + 3650 * 86400_000, serial: crypto.getRandomValues(new Uint8Array(12)) });
  return { privateKey: keyPair.privateKey, publicKey: keyPair.publicKey, certificateDer, certificateB64: toBase64(certificateDer) };
}

export type Vendor = 'okta' | 'entra' | 'adfs' | 'google' | 'keycloak' | 'shibboleth';
export type SignMode = 'response' | 'assertion' | 'both' | 'none';

export interface VendorProfile {
  issuer: string;
  /** What the IdP signs by default. */
  sign: SignMode;
  roleOrder: 'role-first' | 'provider-first';
  nameIdFormat: string;
  /** ds prefix ('' = default namespace). */
  signaturePrefix: string;
}

export const VENDORS: Record<Vendor, VendorProfile> = {
  okta: { issuer: 'http://www.okta.com/exk1abcdEFGH2345', sign: 'both', roleOrder: 'role-first', nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', signaturePrefix: 'ds' },
  entra: { issuer: 'https://sts.windows.net/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/', sign: 'assertion', roleOrder: 'role-first', nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent', signaturePrefix: '' },
  adfs: { issuer: 'http://adfs.example.com/adfs/services/trust', sign: 'assertion', roleOrder: 'provider-first', nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient', signaturePrefix: 'ds' },
  google: { issuer: 'https://accounts.google.com/o/saml2?idpid=C01abcdef', sign: 'response', roleOrder: 'role-first', nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified', signaturePrefix: 'ds' },
  keycloak: { issuer: 'https://keycloak.example.com/realms/corp', sign: 'both', roleOrder: 'role-first', nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent', signaturePrefix: 'dsig' },
  shibboleth: { issuer: 'https://idp.example.edu/idp/shibboleth', sign: 'assertion', roleOrder: 'provider-first', nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient', signaturePrefix: 'ds' },
};

export interface FixtureOptions {
  nowMs: number;
  roles: { roleArn: string; principalArn: string }[];
  subject?: string;
  sessionName?: string | null;
  issuer?: string;
  recipient?: string;
  lifetimeSeconds?: number;
  roleOrder?: 'role-first' | 'provider-first';
  attributes?: Record<string, string[]>;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Unsigned Response XML in the vendor's style. */
export function vendorResponseXml(vendor: Vendor, o: FixtureOptions): string {
  const v = VENDORS[vendor];
  const issuer = escapeXml(o.issuer ?? v.issuer);
  const recipient = escapeXml(o.recipient ?? 'https://signin.aws.amazon.com/saml');
  const exp = iso(o.nowMs + (o.lifetimeSeconds ?? 300) * 1000);
  const order = o.roleOrder ?? v.roleOrder;
  const roleValues = o.roles.map((r) => (order === 'role-first' ? `${r.roleArn},${r.principalArn}` : `${r.principalArn},${r.roleArn}`));
  const attrs: Record<string, string[]> = { 'https://aws.amazon.com/SAML/Attributes/Role': roleValues };
  const sessionName = o.sessionName === undefined ? 'alice@example.com' : o.sessionName;
  if (sessionName !== null) attrs['https://aws.amazon.com/SAML/Attributes/RoleSessionName'] = [sessionName];
  Object.assign(attrs, o.attributes ?? {});
  // Default-namespace shapes (Entra ID, ADFS) write Assertion children without a prefix.
  const defaultNs = vendor === 'entra' || vendor === 'adfs';
  const a = defaultNs ? '' : vendor === 'keycloak' ? 'saml:' : 'saml2:';
  const p = vendor === 'keycloak' || defaultNs ? 'samlp:' : 'saml2p:';
  const assertionNs = defaultNs ? `xmlns="${NS.saml}"` : `xmlns:${a.slice(0, -1)}="${NS.saml}"`;
  const typed = vendor === 'okta' || vendor === 'google';
  const attributeXml = Object.entries(attrs)
    .map(([name, values]) => `<${a}Attribute Name="${escapeXml(name)}"${vendor === 'shibboleth' ? ' NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"' : ''}>${values.map((x) => `<${a}AttributeValue${typed ? ' xsi:type="xs:string"' : ''}>${escapeXml(x)}</${a}AttributeValue>`).join('')}</${a}Attribute>`)
    .join('');
  const nl = vendor === 'adfs' || vendor === 'shibboleth' ? '\n  ' : '';
  const nameQualifiers = vendor === 'shibboleth' ? ` NameQualifier="${issuer}" SPNameQualifier="urn:amazon:webservices"` : '';
  const audience = vendor === 'shibboleth' || vendor === 'adfs' ? 'urn:amazon:webservices' : 'https://signin.aws.amazon.com/saml';
  return (
    `<${p}Response xmlns:${p.slice(0, -1)}="${NS.samlp}"${vendor === 'keycloak' ? ` xmlns:saml="${NS.saml}"` : ''} ID="_resp${vendor}1" Version="2.0" IssueInstant="${iso(o.nowMs)}" Destination="${recipient}">${nl}` +
    `<${defaultNs ? '' : a}Issuer${defaultNs ? ` xmlns="${NS.saml}"` : vendor === 'keycloak' ? '' : ` xmlns:saml2="${NS.saml}"`}>${issuer}</${defaultNs ? '' : a}Issuer>${nl}` +
    `<${p}Status><${p}StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></${p}Status>${nl}` +
    `<${a}Assertion ${vendor === 'keycloak' ? '' : assertionNs}${typed ? ` xmlns:xs="${NS.xs}" xmlns:xsi="${NS.xsi}"` : ''} ID="_assert${vendor}1" Version="2.0" IssueInstant="${iso(o.nowMs)}">${nl}` +
    `<${a}Issuer>${issuer}</${a}Issuer>${nl}` +
    `<${a}Subject><${a}NameID Format="${v.nameIdFormat}"${nameQualifiers}>${escapeXml(o.subject ?? 'alice@example.com')}</${a}NameID>` +
    `<${a}SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><${a}SubjectConfirmationData NotOnOrAfter="${exp}" Recipient="${recipient}"/></${a}SubjectConfirmation></${a}Subject>${nl}` +
    `<${a}Conditions NotBefore="${iso(o.nowMs - 5000)}" NotOnOrAfter="${exp}"><${a}AudienceRestriction><${a}Audience>${audience}</${a}Audience></${a}AudienceRestriction></${a}Conditions>${nl}` +
    `<${a}AuthnStatement AuthnInstant="${iso(o.nowMs)}" SessionIndex="_sess1"><${a}AuthnContext><${a}AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</${a}AuthnContextClassRef></${a}AuthnContext></${a}AuthnStatement>${nl}` +
    `<${a}AttributeStatement>${attributeXml}</${a}AttributeStatement>${nl}` +
    `</${a}Assertion>\n</${p}Response>`
  );
}

/** Signs the Response and/or its Assertion of `xml` and returns the serialised result. */
export async function signFixture(xml: string, signer: Pick<TestSigner, 'privateKey' | 'certificateB64'>, mode: SignMode, prefix = 'ds'): Promise<string> {
  const doc = parseXml(xml);
  if (!doc.ok || !doc.value.documentElement) throw new Error(doc.ok ? 'no root' : doc.error);
  const root = doc.value.documentElement;
  const assertion = firstChild(root, NS.saml, 'Assertion');
  const key = { privateKey: signer.privateKey, certificateB64: signer.certificateB64 };
  const options = { prefix, inclusivePrefixes: 'xs' };
  if (assertion && (mode === 'assertion' || mode === 'both')) await signElementEnveloped(assertion, key, options);
  if (mode === 'response' || mode === 'both') await signElementEnveloped(root, key, options);
  return serializeXml(doc.value);
}

/** A vendor-shaped response signed the way that vendor signs by default (or as `mode` says). */
export async function vendorFixture(vendor: Vendor, signer: TestSigner, o: FixtureOptions, mode: SignMode = VENDORS[vendor].sign): Promise<string> {
  return signFixture(vendorResponseXml(vendor, o), signer, mode, VENDORS[vendor].signaturePrefix);
}

export const toSamlAssertion = (xml: string): string => toBase64(utf8(xml));
