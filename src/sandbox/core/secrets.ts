/**
 * The sandbox's secrets: the sealing key and the built-in IdPs' signing keys. They are created on
 * first start and kept by the host (the server's state directory), so sessions and minted tokens
 * survive a restart (contracts §3). The serialised form is plain JSON.
 */
import { fromBase64, toBase64 } from '../../inspect/encoding';
import { generateOidcKeyMaterial, type OidcKeyMaterial } from '../idp/oidc-keys';
import { generateSamlIdpKeyMaterial, type SamlIdpKeyMaterial } from '../idp/saml-idp-keys';
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
