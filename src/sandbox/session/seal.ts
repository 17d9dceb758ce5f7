/**
 * Authenticated encryption of small JSON payloads with the sandbox key (AES-256-GCM).
 * The purpose string is bound as additional data, so a session token can never be replayed as
 * an authorization message or a trade-in token, and the reverse.
 */
import { fromUtf8, utf8 } from '../../inspect/encoding';

export type SealPurpose = 'session' | 'authorization-message' | 'trade-in' | 'oauth-amazon';

const IV_BYTES = 12;

export async function seal(key: CryptoKey, purpose: SealPurpose, payload: unknown, iv: Uint8Array): Promise<Uint8Array> {
  if (iv.length !== IV_BYTES) throw new Error('seal: the IV must be 12 bytes');
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer>, additionalData: utf8(purpose) as Uint8Array<ArrayBuffer> },
    key,
    utf8(JSON.stringify(payload)) as Uint8Array<ArrayBuffer>,
  );
  const out = new Uint8Array(IV_BYTES + cipher.byteLength);
  out.set(iv, 0);
  out.set(new Uint8Array(cipher), IV_BYTES);
  return out;
}

/** Returns the payload, or null when the bytes were not sealed by this key for this purpose. */
export async function unseal(key: CryptoKey, purpose: SealPurpose, sealed: Uint8Array): Promise<unknown> {
  if (sealed.length <= IV_BYTES + 16) return null;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES) as Uint8Array<ArrayBuffer>, additionalData: utf8(purpose) as Uint8Array<ArrayBuffer> },
      key,
      sealed.subarray(IV_BYTES) as Uint8Array<ArrayBuffer>,
    );
    return JSON.parse(fromUtf8(new Uint8Array(plain))) as unknown;
  } catch {
    return null;
  }
}
