/**
 * The sandbox's secrets: the sealing key and the built-in IdPs' signing keys. They are created on
 * first start and kept by the host (the server's state directory), so sessions and minted tokens
 * survive a restart (contracts §3). The serialised form is plain JSON.
 */
import { isPlainObject } from '../../policy/lists';
import { CompactSign, compactVerify, importJWK, type JWK } from 'jose';
import { fromBase64, toBase64 } from '../../kernel/encoding';
import { certificatePublicKey } from '../../inspect/saml/certificate';
import { generateOidcKeyMaterial, publicJwks, type OidcKeyMaterial, type OidcPrivateJwk, type OidcSigningAlg } from '../idp/oidc-keys';
import { generateSamlIdpKeyMaterial, importSamlIdpKeys, type SamlIdpKeyMaterial } from '../idp/saml-idp-keys';
import type { SealKey } from '../session/seal';
import type { SandboxRuntime, SyncAesGcmKey } from './runtime';

export interface SandboxSecretsFile {
  version: 1;
  sealKeyB64: string;
  saml: SamlIdpKeyMaterial;
  oidc: OidcKeyMaterial;
}

export interface SandboxSecrets {
  file: SandboxSecretsFile;
  /** The sealing key for seal()/unseal(): the host's synchronous AES-GCM when it has one, else Web Crypto's. */
  sealKey: SealKey;
}

/** Fresh secrets from the host's random source; the SAML certificate is dated from `nowMs`, the sandbox time. */
export async function generateSecretsFile(randomBytes: SandboxRuntime['randomBytes'], nowMs: number): Promise<SandboxSecretsFile> {
  return {
    version: 1,
    sealKeyB64: toBase64(randomBytes(32)),
    saml: await generateSamlIdpKeyMaterial(nowMs, randomBytes),
    oidc: await generateOidcKeyMaterial(),
  };
}

/** @param importAesGcmKey the host's synchronous AES-GCM (SandboxRuntime.importAesGcmKey), when it has one */
export async function importSecrets(file: SandboxSecretsFile, importAesGcmKey?: (raw: Uint8Array) => SyncAesGcmKey): Promise<SandboxSecrets> {
  const raw = fromBase64(file.sealKeyB64);
  if (file.version !== 1 || !raw || raw.length !== 32) throw new Error('The sandbox state file is damaged: the sealing key is not 32 bytes of base64.');
  if (importAesGcmKey) return { file, sealKey: importAesGcmKey(raw) };
  return { file, sealKey: await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['encrypt', 'decrypt']) };
}

const OIDC_ALGS: readonly OidcSigningAlg[] = ['RS256', 'ES384'];


/** Why a stored key is unusable, or null: signs with it and checks the signature with its public half, so a damaged or mismatched key is found at start, not at the first call that needs it. */
async function keyProblem(what: string, signAndVerify: () => Promise<boolean>): Promise<string | null> {
  try {
    return (await signAndVerify()) ? null : `${what} does not match its public key`;
  } catch (e) {
    return `${what} cannot be imported or used (${(e as Error)?.message ?? String(e)})`;
  }
}

const PROBE = new TextEncoder().encode('sts-workbench key check');
const RSA_PKCS1 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

async function samlKeyWorks(material: SamlIdpKeyMaterial, spki: Uint8Array): Promise<boolean> {
  const { privateKey } = await importSamlIdpKeys(material);
  const publicKey = await crypto.subtle.importKey('spki', spki as Uint8Array<ArrayBuffer>, RSA_PKCS1, false, ['verify']);
  return crypto.subtle.verify(RSA_PKCS1, publicKey, await crypto.subtle.sign(RSA_PKCS1, privateKey, PROBE), PROBE);
}

async function oidcKeyWorks(jwk: OidcPrivateJwk): Promise<boolean> {
  const jws = await new CompactSign(PROBE).setProtectedHeader({ alg: jwk.alg }).sign(await importJWK(jwk as JWK, jwk.alg));
  const [pub] = publicJwks({ keys: [jwk] }).keys;
  await compactVerify(jws, await importJWK(pub as JWK, jwk.alg));
  return true;
}

/**
 * Why a secrets file (parsed JSON) cannot serve the sandbox, or null when it can: the version, the
 * 32-byte sealing key, the SAML IdP's private key and certificate, and the OIDC issuers' RS256 and
 * ES384 private JWKs, each used once for real.
 */
export async function checkSecretsFile(value: unknown): Promise<string | null> {
  if (!isPlainObject(value)) return 'it is not a JSON object';
  if (value.version !== 1) return `version is ${JSON.stringify(value.version) ?? 'missing'}; this sandbox reads version 1`;
  const seal = typeof value.sealKeyB64 === 'string' ? fromBase64(value.sealKeyB64) : null;
  if (value.sealKeyB64 === undefined) return 'the sealing key (sealKeyB64) is missing';
  if (!seal || seal.length !== 32) return 'the sealing key (sealKeyB64) is not 32 bytes of base64';
  const saml = value.saml;
  if (!isPlainObject(saml) || typeof saml.privateKeyPkcs8B64 !== 'string' || typeof saml.certificateB64 !== 'string') return 'the SAML IdP keys (saml.privateKeyPkcs8B64, saml.certificateB64) are missing';
  const der = fromBase64(saml.certificateB64);
  const cert = der ? certificatePublicKey(der) : null;
  if (!cert?.ok) return `the SAML IdP certificate (saml.certificateB64) is not a certificate${cert && !cert.ok ? ` (${cert.error})` : ''}`;
  const samlProblem = await keyProblem('the SAML IdP signing key (saml.privateKeyPkcs8B64)', () => samlKeyWorks(saml as unknown as SamlIdpKeyMaterial, cert.value.spki));
  if (samlProblem) return samlProblem;
  const oidc = value.oidc;
  if (!isPlainObject(oidc) || !Array.isArray(oidc.keys)) return 'the OIDC signing keys (oidc.keys) are missing';
  for (const alg of OIDC_ALGS) {
    const jwk: unknown = oidc.keys.find((k) => isPlainObject(k) && k.alg === alg);
    if (!isPlainObject(jwk)) return `the OIDC ${alg} signing key is missing from oidc.keys`;
    if (typeof jwk.kid !== 'string' || jwk.kid === '') return `the OIDC ${alg} signing key has no kid`;
    if (typeof jwk.d !== 'string') return `the OIDC ${alg} signing key is not a private key (no "d")`;
    const problem = await keyProblem(`the OIDC ${alg} signing key`, () => oidcKeyWorks(jwk as unknown as OidcPrivateJwk));
    if (problem) return problem;
  }
  return null;
}
