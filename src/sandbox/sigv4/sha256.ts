/**
 * SHA-256 and HMAC-SHA256 over Web Crypto. `subtle` is passed in so the core stays free of globals.
 */
import { toHex, utf8 } from './hex';

function bytesOf(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  // Web Crypto wants an ArrayBuffer-backed view; copy when the view is over something else.
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** Lower-case hex SHA-256 of a string (UTF-8) or bytes. */
export async function sha256Hex(subtle: SubtleCrypto, data: string | Uint8Array): Promise<string> {
  const digest = await subtle.digest('SHA-256', bytesOf(data));
  return toHex(new Uint8Array(digest));
}

/** HMAC-SHA256(key, data) as raw bytes. */
export async function hmacSha256(subtle: SubtleCrypto, key: Uint8Array, data: string | Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await subtle.importKey('raw', bytesOf(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await subtle.sign('HMAC', cryptoKey, bytesOf(data));
  return new Uint8Array(mac);
}
