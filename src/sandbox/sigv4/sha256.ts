/**
 * SHA-256 and HMAC-SHA256 for SigV4. The source is passed in so the core stays free of globals:
 * Web Crypto, or a host's synchronous implementation (the Node server passes node:crypto's, which
 * avoids Web Crypto's per-call round trip through the thread pool). Both give the same bytes.
 */
import type { SyncSha256 } from '../core/runtime';
import { toHex, utf8 } from './hex';

export type { SyncSha256 } from '../core/runtime';

/** Web Crypto, or the host's synchronous SHA-256. */
export type Sha256Source = SubtleCrypto | SyncSha256;

export function isSyncSha256(source: Sha256Source): source is SyncSha256 {
  return typeof (source as Partial<SyncSha256>).hmacSha256 === 'function';
}

function bytesOf(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  // Web Crypto wants an ArrayBuffer-backed view; copy when the view is over something else.
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** Lower-case hex SHA-256 of a string (UTF-8) or bytes. */
export async function sha256Hex(source: Sha256Source, data: string | Uint8Array): Promise<string> {
  if (isSyncSha256(source)) return toHex(source.sha256(typeof data === 'string' ? utf8(data) : data));
  const digest = await source.digest('SHA-256', bytesOf(data));
  return toHex(new Uint8Array(digest));
}

/** Imports raw bytes as a Web Crypto HMAC-SHA256 signing key. */
export function importHmacKey(subtle: SubtleCrypto, key: Uint8Array): Promise<CryptoKey> {
  return subtle.importKey('raw', bytesOf(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** HMAC-SHA256 with an already imported Web Crypto key. */
export async function hmacSha256WithKey(subtle: SubtleCrypto, key: CryptoKey, data: string | Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle.sign('HMAC', key, bytesOf(data)));
}

/** HMAC-SHA256(key, data) as raw bytes. */
export async function hmacSha256(source: Sha256Source, key: Uint8Array, data: string | Uint8Array): Promise<Uint8Array> {
  if (isSyncSha256(source)) return source.hmacSha256(key, typeof data === 'string' ? utf8(data) : data);
  return hmacSha256WithKey(source, await importHmacKey(source, key), data);
}
