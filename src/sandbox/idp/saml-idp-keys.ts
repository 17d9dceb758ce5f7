/**
 * The sandbox SAML IdP's signing key and self-signed certificate. The material is plain JSON
 * (base64 PKCS#8 and DER) so the host can keep it in its state directory across restarts.
 */
import { fromBase64, toBase64 } from '../../kernel/encoding';
import { createSelfSignedCertificate } from '../../inspect/saml/x509-build';
import type { SandboxRuntime } from '../core/runtime';

export interface SamlIdpKeyMaterial {
  privateKeyPkcs8B64: string;
  certificateB64: string;
}

export interface SamlIdpKeys {
  /** RSASSA-PKCS1-v1_5 / SHA-256 signing key. */
  privateKey: CryptoKey;
  certificateDer: Uint8Array;
  certificateB64: string;
}

export const SAML_IDP_CERTIFICATE_CN = 'STS Workbench Sandbox SAML IdP';
const TEN_YEARS_MS = 10 * 365.25 * 24 * 3600 * 1000;
const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/**
 * A fresh RSA-2048 key and a certificate valid for ten years from `nowMs` (sandbox time; one hour of slack
 * before), its serial number drawn from `randomBytes`.
 */
export async function generateSamlIdpKeyMaterial(nowMs: number, randomBytes: SandboxRuntime['randomBytes']): Promise<SamlIdpKeyMaterial> {
  const subtle = globalThis.crypto.subtle;
  const keyPair = await subtle.generateKey({ ...RSA, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) }, true, ['sign', 'verify']);
  const certificate = await createSelfSignedCertificate(keyPair, {
    commonName: SAML_IDP_CERTIFICATE_CN,
    notBeforeMs: nowMs - 3600_000,
    notAfterMs: nowMs + TEN_YEARS_MS,
    serial: randomBytes(16),
  });
  const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', keyPair.privateKey));
  return { privateKeyPkcs8B64: toBase64(pkcs8), certificateB64: toBase64(certificate) };
}

export async function importSamlIdpKeys(material: SamlIdpKeyMaterial): Promise<SamlIdpKeys> {
  const pkcs8 = fromBase64(material.privateKeyPkcs8B64);
  const certificateDer = fromBase64(material.certificateB64);
  if (!pkcs8 || !certificateDer) throw new Error('The SAML IdP key material is damaged: the key or certificate is not base64.');
  const privateKey = await globalThis.crypto.subtle.importKey('pkcs8', pkcs8 as Uint8Array<ArrayBuffer>, RSA, false, ['sign']);
  return { privateKey, certificateDer, certificateB64: material.certificateB64 };
}
