import { englishError, inEnglish } from '../../i18n/test-support/translate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestSigner, signFixture, vendorFixture, vendorResponseXml, VENDORS, type TestSigner, type Vendor } from './test-support/saml-fixtures';
import { describeCertificate, parseIdpMetadata, verifySamlSignatures } from './xml-signature';
import { createSelfSignedCertificate } from './x509-build';
import { certificateFromBase64 } from './certificate';
import { XMLSEC1_SIGNED_RESPONSE, XMLSEC1_SIGNER_CERT_PEM } from './test-support/xmlsec1-signed';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const ROLE = { roleArn: 'arn:aws:iam::123456789012:role/Dev', principalArn: 'arn:aws:iam::123456789012:saml-provider/Corp' };
const base = { nowMs: NOW, roles: [ROLE] };

let signer: TestSigner;
let other: TestSigner;

beforeAll(async () => {
  [signer, other] = await Promise.all([createTestSigner('Corp IdP'), createTestSigner('Someone Else')]);
});

describe('verifySamlSignatures across IdP shapes', () => {
  const vendors = Object.keys(VENDORS) as Vendor[];
  for (const vendor of vendors) {
    for (const mode of ['response', 'assertion', 'both'] as const) {
      it(`${vendor}, signed ${mode}: valid with the embedded and the trusted certificate`, async () => {
        const xml = await vendorFixture(vendor, signer, base, mode);
        const reports = await verifySamlSignatures(xml, [other.certificateDer, signer.certificateDer]);
        const expected = mode === 'both' ? ['assertion', 'response'] : [mode];
        expect(reports.map((r) => r.signs).sort()).toEqual(expected);
        for (const r of reports) {
          expect(inEnglish(r.reason)).toMatch(/^Valid/);
          expect(r.valid).toBe(true);
          expect(r.referenceMatchesElement).toBe(true);
          expect(r.verifiedWithEmbeddedCertificate).toBe(true);
          expect(r.verifiedWithTrustedIndex).toBe(1);
          expect(r.embeddedMatchesTrusted).toEqual({ trustedIndex: 1, by: 'certificate' });
          expect(r.signatureAlgorithm).toBe('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256');
          expect(r.digestAlgorithm).toBe('http://www.w3.org/2001/04/xmlenc#sha256');
          expect(inEnglish(r.trust)).toMatch(/trusted certificate #2 \(SHA-256 [0-9A-F:]{95}\)/);
        }
      });
    }
  }

  it('an unsigned response has no signatures to report', async () => {
    expect(await verifySamlSignatures(vendorResponseXml('okta', base), [signer.certificateDer])).toEqual([]);
  });

  it('survives re-indentation done before signing (whitespace inside signed content)', async () => {
    const xml = await vendorFixture('adfs', signer, base, 'both');
    expect(xml).toContain('\n  <Assertion');
    const reports = await verifySamlSignatures(xml, [signer.certificateDer]);
    expect(reports.every((r) => r.valid)).toBe(true);
  });
});

describe('a signature made by another implementation (xmlsec1)', () => {
  const cert = () => {
    const c = certificateFromBase64(XMLSEC1_SIGNER_CERT_PEM);
    if (!c.ok) throw new Error(inEnglish(c.error));
    return c.value;
  };

  it('verifies RSA-SHA1 with inclusive C14N, pretty-printing, wrapped base64 and a comment', async () => {
    const [r] = await verifySamlSignatures(XMLSEC1_SIGNED_RESPONSE, [cert()]);
    expect(r && inEnglish(r.reason)).toMatch(/^Valid/);
    expect(r?.signatureAlgorithm).toBe('http://www.w3.org/2000/09/xmldsig#rsa-sha1');
    expect(r?.canonicalizationAlgorithm).toBe('http://www.w3.org/TR/2001/REC-xml-c14n-20010315');
    expect(r?.verifiedWithTrustedIndex).toBe(0);
  });

  it('fails once the signed NameID is edited', async () => {
    const [r] = await verifySamlSignatures(XMLSEC1_SIGNED_RESPONSE.replace('.evil.example', '.evil.exampl'), [cert()]);
    expect(r?.valid).toBe(false);
  });
});

describe('tampering and wrapping', () => {
  it('an attribute value changed after signing breaks the digest', async () => {
    const xml = await vendorFixture('okta', signer, base, 'assertion');
    const tampered = xml.replace('arn:aws:iam::123456789012:role/Dev', 'arn:aws:iam::123456789012:role/Admin');
    expect(tampered).not.toBe(xml);
    const [r] = await verifySamlSignatures(tampered, [signer.certificateDer]);
    expect(r?.valid).toBe(false);
    expect(r && inEnglish(r.reason)).toMatch(/digest does not match/);
    expect(r?.verifiedWithTrustedIndex).toBeNull();
  });

  it('a changed SignatureValue fails the signature check, not the digest', async () => {
    const xml = await vendorFixture('google', signer, base, 'response');
    const tampered = xml.replace(/(<ds:SignatureValue>)(.)/, (_m, open: string, c: string) => `${open}${c === 'A' ? 'B' : 'A'}`);
    const [r] = await verifySamlSignatures(tampered, [signer.certificateDer]);
    expect(r?.valid).toBe(false);
    expect(r && inEnglish(r.reason)).toMatch(/SignatureValue does not verify/);
  });

  it('moving the signed assertion and putting a forged one in its place is caught (wrapping)', async () => {
    const signed = await vendorFixture('shibboleth', signer, base, 'assertion');
    const assertionXml = /<saml2:Assertion[\s\S]*<\/saml2:Assertion>/.exec(signed)?.[0] ?? '';
    const forged = assertionXml.replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '').replace('role/Dev', 'role/Admin');
    // The genuine signed assertion is hidden inside the forged one's Extensions-like wrapper.
    const wrapped = signed.replace(assertionXml, forged.replace('</saml2:Assertion>', `<saml2:Advice>${assertionXml}</saml2:Advice></saml2:Assertion>`));
    const reports = await verifySamlSignatures(wrapped, [signer.certificateDer]);
    expect(reports).toHaveLength(1);
    const [r] = reports;
    // The signature still verifies, but it covers the hidden assertion, not the one a parser reads.
    expect(r?.signedElementPath).toContain('saml2:Advice');
    expect(r?.signs).toBe('assertion');
  });

  it('a reference to another element than the enclosing one is refused', async () => {
    const signed = await vendorFixture('okta', signer, base, 'assertion');
    const moved = signed.replace('ID="_assertokta1"', 'ID="_evil"').replace('<saml2p:Status>', '<saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="_assertokta1"/><saml2p:Status>');
    const [r] = await verifySamlSignatures(moved, [signer.certificateDer]);
    expect(r?.valid).toBe(false);
    expect(r?.referenceMatchesElement).toBe(false);
    expect(r && inEnglish(r.reason)).toMatch(/does not cover the element that encloses it/);
  });

  it('duplicate IDs make the reference ambiguous', async () => {
    const signed = await vendorFixture('okta', signer, base, 'response');
    const dup = signed.replace('<saml2p:Status>', '<saml2p:Extensions ID="_respokta1"/><saml2p:Status>');
    const [r] = await verifySamlSignatures(dup, [signer.certificateDer]);
    expect(r?.valid).toBe(false);
    expect(r && inEnglish(r.reason)).toMatch(/appears on 2 elements/);
  });

  it('a transform outside the SAML profile is refused', async () => {
    const signed = await vendorFixture('okta', signer, base, 'response');
    const odd = signed.replace('<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>', '<ds:Transform Algorithm="http://www.w3.org/TR/1999/REC-xpath-19991116"><ds:XPath>1</ds:XPath></ds:Transform>');
    const [r] = await verifySamlSignatures(odd, [signer.certificateDer]);
    expect(r?.valid).toBe(false);
    expect(r && inEnglish(r.reason)).toMatch(/unsupported Transform/);
  });
});

describe('trust', () => {
  it('a response signed by another key verifies with its embedded certificate only', async () => {
    const xml = await vendorFixture('keycloak', other, base, 'response');
    const [r] = await verifySamlSignatures(xml, [signer.certificateDer]);
    expect(r?.valid).toBe(true);
    expect(r?.verifiedWithEmbeddedCertificate).toBe(true);
    expect(r?.verifiedWithTrustedIndex).toBeNull();
    expect(r?.embeddedMatchesTrusted).toBeNull();
    expect(r && inEnglish(r.trust)).toMatch(/matches none of the trusted certificates/);
  });

  it('without trusted certificates it says the embedded certificate proves nothing', async () => {
    const [r] = await verifySamlSignatures(await vendorFixture('okta', signer, base, 'response'));
    expect(r?.valid).toBe(true);
    expect(r && inEnglish(r.trust)).toMatch(/no trusted certificates were given/);
  });

  it('a re-issued certificate for the same key matches by public key', async () => {
    const xml = await vendorFixture('okta', signer, base, 'response');
    const keyPair = { privateKey: signer.privateKey, publicKey: signer.publicKey };
    const reissued = await createSelfSignedCertificate(keyPair, { commonName: 'Corp IdP 2026', notBeforeMs: NOW, notAfterMs: NOW + 1e10, serial: new Uint8Array([9]) });
    const [r] = await verifySamlSignatures(xml, [reissued]);
    expect(r?.embeddedMatchesTrusted).toEqual({ trustedIndex: 0, by: 'public-key' });
    expect(r?.verifiedWithTrustedIndex).toBe(0);
  });

  it('with neither an embedded nor a trusted certificate nothing can be checked', async () => {
    const signed = await signFixture(vendorResponseXml('okta', base), { privateKey: signer.privateKey, certificateB64: null as unknown as string }, 'response');
    const [r] = await verifySamlSignatures(signed);
    expect(r?.valid).toBe(false);
    expect(r && inEnglish(r.reason)).toMatch(/no certificate to check it with/);
  });

  it('a signature without KeyInfo verifies with a trusted certificate', async () => {
    const signed = await signFixture(vendorResponseXml('okta', base), { privateKey: signer.privateKey, certificateB64: null as unknown as string }, 'both');
    const reports = await verifySamlSignatures(signed, [signer.certificateDer]);
    expect(reports).toHaveLength(2);
    for (const r of reports) expect(r).toMatchObject({ valid: true, verifiedWithTrustedIndex: 0, embeddedCertificates: [] });
  });

  it('a damaged embedded certificate does not stop verification with a trusted one', async () => {
    const xml = await vendorFixture('okta', signer, base, 'response');
    const damaged = xml.replace(/<ds:X509Certificate>MII/, '<ds:X509Certificate>AAA');
    expect(damaged).not.toBe(xml);
    const [r] = await verifySamlSignatures(damaged, [signer.certificateDer]);
    expect(r).toMatchObject({ valid: true, verifiedWithEmbeddedCertificate: false, verifiedWithTrustedIndex: 0 });
    expect(await verifySamlSignatures(damaged)).toEqual([expect.objectContaining({ valid: false })]);
  });

  it('garbage XML yields no reports instead of throwing', async () => {
    expect(await verifySamlSignatures('<not-closed')).toEqual([]);
  });
});

describe('describeCertificate', () => {
  it('reads subject, validity, serial and fingerprints', async () => {
    const d = await describeCertificate(signer.certificateDer);
    if (!d.ok) throw new Error(inEnglish(d.error));
    expect(d.value.subject).toBe('CN=Corp IdP');
    expect(d.value.issuer).toBe('CN=Corp IdP');
    expect(d.value.selfIssued).toBe(true);
    expect(d.value.publicKey).toBe('RSA 2048-bit');
    expect(d.value.signatureAlgorithm).toBe('sha256WithRSAEncryption');
    expect(d.value.notBefore).toBe('2024-12-31T00:00:00.000Z');
    expect(d.value.sha1Fingerprint).toMatch(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
    expect(d.value.sha256Fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', signer.certificateDer as Uint8Array<ArrayBuffer>));
    expect(d.value.sha256Fingerprint.replace(/:/g, '').toLowerCase()).toBe(Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''));
  });

  it('explains what is wrong with bytes that are not a certificate', async () => {
    const d = await describeCertificate(new Uint8Array([0x30, 0x82, 0x05]));
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.error).toMatch(/not valid DER X\.509/);
    const cut = await describeCertificate(signer.certificateDer.subarray(0, 200));
    expect(cut.ok).toBe(false);
  });
});

describe('parseIdpMetadata', () => {
  const metadata = (cert: string, extra = '') => `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com/saml">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>
${cert.replace(/(.{64})/g, '$1\n')}
    </ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:KeyDescriptor use="encryption"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>QUJD</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.example.com/sso"/>
  </md:IDPSSODescriptor>${extra}
</md:EntityDescriptor>`;

  it('reads entityID, signing certificates (wrapped base64) and SSO endpoints, skipping encryption keys', () => {
    const m = parseIdpMetadata(metadata(signer.certificateB64));
    if (!m.ok) throw new Error(inEnglish(m.error));
    expect(m.value.entityId).toBe('https://idp.example.com/saml');
    expect(m.value.signingCertificatesB64).toEqual([signer.certificateB64]);
    expect(m.value.signingCertificates[0]).toEqual(signer.certificateDer);
    expect(m.value.ssoEndpoints).toEqual([{ binding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST', location: 'https://idp.example.com/sso' }]);
    expect(m.value.nameIdFormats).toEqual(['urn:oasis:names:tc:SAML:2.0:nameid-format:persistent']);
  });

  it('refuses SP metadata, wrong roots and broken XML with a reason', () => {
    const sp = parseIdpMetadata('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"><md:SPSSODescriptor/></md:EntityDescriptor>');
    expect(englishError(sp)).toMatch(/service-provider metadata/);
    expect(englishError(parseIdpMetadata('<Response/>'))).toMatch(/root element is <Response>/);
    expect(englishError(parseIdpMetadata('<md:EntityDescriptor'))).toMatch(/not well-formed/);
  });
});
