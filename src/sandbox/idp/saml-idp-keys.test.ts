import { describe, expect, it } from 'vitest';
import { describeCertificate } from '../../inspect/saml/xml-signature';
import { certificatePublicKey } from '../../inspect/saml/certificate';
import { derChildren, readDer } from '../../inspect/saml/der';
import { generateSamlIdpKeyMaterial, importSamlIdpKeys, SAML_IDP_CERTIFICATE_CN } from './saml-idp-keys';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

const NOW = Date.UTC(2025, 2, 1, 0, 0, 0);

describe('SAML IdP key material', () => {
  it('is JSON-serialisable and round-trips through import', async () => {
    const material = await generateSamlIdpKeyMaterial(NOW, randomBytes);
    const again = JSON.parse(JSON.stringify(material)) as typeof material;
    const keys = await importSamlIdpKeys(again);
    expect(keys.certificateB64).toBe(material.certificateB64);
    expect(keys.privateKey.type).toBe('private');
    // The imported private key matches the certificate's public key.
    const pub = certificatePublicKey(keys.certificateDer);
    if (!pub.ok) throw new Error(pub.error);
    const publicKey = await crypto.subtle.importKey('spki', pub.value.spki as Uint8Array<ArrayBuffer>, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
    const data = new TextEncoder().encode('hello');
    const sig = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', keys.privateKey, data);
    expect(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', publicKey, sig, data)).toBe(true);
  });

  it('has a self-signed RSA-2048 certificate for ten years with the sandbox name', async () => {
    const material = await generateSamlIdpKeyMaterial(NOW, randomBytes);
    const keys = await importSamlIdpKeys(material);
    const d = await describeCertificate(keys.certificateDer);
    if (!d.ok) throw new Error(d.error);
    expect(d.value.subject).toBe(`CN=${SAML_IDP_CERTIFICATE_CN}`);
    expect(d.value.selfIssued).toBe(true);
    expect(d.value.publicKey).toBe('RSA 2048-bit');
    const years = (Date.parse(d.value.notAfter) - Date.parse(d.value.notBefore)) / (365.25 * 86400_000);
    expect(years).toBeGreaterThan(10);
    expect(years).toBeLessThan(10.01);
    expect(Date.parse(d.value.notBefore)).toBeLessThanOrEqual(NOW);

    // The certificate's own signature verifies with its key (it is genuinely self-signed).
    const [tbs, , sigBits] = derChildren(readDer(keys.certificateDer));
    const pub = certificatePublicKey(keys.certificateDer);
    if (!pub.ok || !tbs || !sigBits) throw new Error('unreadable certificate');
    const key = await crypto.subtle.importKey('spki', pub.value.spki as Uint8Array<ArrayBuffer>, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
    expect(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, sigBits.content.subarray(1) as Uint8Array<ArrayBuffer>, tbs.raw as Uint8Array<ArrayBuffer>)).toBe(true);
  });

  it('refuses damaged material with a message', async () => {
    await expect(importSamlIdpKeys({ privateKeyPkcs8B64: '!!', certificateB64: 'AAAA' })).rejects.toThrow(/damaged/);
  });
});
