/**
 * Authenticated encryption of small JSON payloads with the sandbox key (AES-256-GCM).
 * The purpose string is bound as additional data, so a session token can never be replayed as
 * an authorization message or a trade-in token, and the reverse.
 */
import { fromUtf8, utf8 } from '../../kernel/encoding';
import type { SyncAesGcmKey } from '../core/runtime';

export type SealPurpose = 'session' | 'authorization-message' | 'trade-in' | 'oauth-amazon' | 'attendee-ticket';

/** The sandbox key as Web Crypto holds it, or the host's synchronous AES-GCM with the same key (same bytes out). */
export type SealKey = CryptoKey | SyncAesGcmKey;

const IV_BYTES = 12;

const isSyncKey = (key: SealKey): key is SyncAesGcmKey => typeof (key as Partial<SyncAesGcmKey>).encrypt === 'function';

/** The additional data bound to each purpose (the Login-with-Amazon text is the one its tokens always carried). */
const ADDITIONAL_DATA: Record<SealPurpose, Uint8Array<ArrayBuffer>> = {
  session: utf8('session') as Uint8Array<ArrayBuffer>,
  'authorization-message': utf8('authorization-message') as Uint8Array<ArrayBuffer>,
  'trade-in': utf8('trade-in') as Uint8Array<ArrayBuffer>,
  'oauth-amazon': utf8('sts-workbench/login-with-amazon/v1') as Uint8Array<ArrayBuffer>,
  'attendee-ticket': utf8('sts-workbench/attendee-ticket/v1') as Uint8Array<ArrayBuffer>,
};
const additionalData = (purpose: SealPurpose): Uint8Array<ArrayBuffer> => ADDITIONAL_DATA[purpose];

export async function seal(key: SealKey, purpose: SealPurpose, payload: unknown, iv: Uint8Array): Promise<Uint8Array> {
  if (iv.length !== IV_BYTES) throw new Error('seal: the IV must be 12 bytes');
  const plain = utf8(JSON.stringify(payload)) as Uint8Array<ArrayBuffer>;
  const cipher = isSyncKey(key)
    ? key.encrypt(iv, additionalData(purpose), plain)
    : new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer>, additionalData: additionalData(purpose) }, key, plain));
  const out = new Uint8Array(IV_BYTES + cipher.byteLength);
  out.set(iv, 0);
  out.set(cipher, IV_BYTES);
  return out;
}

/** Returns the payload, or null when the bytes were not sealed by this key for this purpose. */
export async function unseal(key: SealKey, purpose: SealPurpose, sealed: Uint8Array): Promise<unknown> {
  if (sealed.length <= IV_BYTES + 16) return null;
  try {
    const iv = sealed.subarray(0, IV_BYTES) as Uint8Array<ArrayBuffer>;
    const body = sealed.subarray(IV_BYTES) as Uint8Array<ArrayBuffer>;
    let plain: Uint8Array;
    if (isSyncKey(key)) {
      const opened = key.decrypt(iv, additionalData(purpose), body);
      if (!opened) return null;
      plain = opened;
    } else {
      plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: additionalData(purpose) }, key, body));
    }
    return JSON.parse(fromUtf8(plain)) as unknown;
  } catch {
    return null;
  }
}
