/** RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) on Web Crypto. */
import { fromBase32 } from '../../kernel/encoding';
import { BoundedCache } from '../core/bounded-cache';

/** RFC 6238's time step: a code is valid for the 30-second window it was made in. */
export const TOTP_STEP_SECONDS = 30;

/**
 * A code is a pure function of the seed and the 30-second counter, and the same one is asked for
 * several times a window (the MFA code control, then the call that verifies it, once per attendee
 * of a room): computed once. Bounded; held in memory only, like the seeds themselves.
 */
const codes = new BoundedCache<string, Promise<string | null>>(2048);

export function totpCode(seedBase32: string, epochSeconds: number, subtle: SubtleCrypto = crypto.subtle): Promise<string | null> {
  const id = `${Math.floor(epochSeconds / TOTP_STEP_SECONDS)}:${seedBase32}`;
  let code = codes.get(id);
  if (!code) {
    code = computeTotpCode(seedBase32, epochSeconds, subtle);
    codes.set(id, code);
  }
  return code;
}

async function computeTotpCode(seedBase32: string, epochSeconds: number, subtle: SubtleCrypto): Promise<string | null> {
  const secret = fromBase32(seedBase32.replace(/\s+/g, ''));
  if (!secret || secret.length === 0) return null;
  const counter = Math.floor(epochSeconds / TOTP_STEP_SECONDS);
  const message = new Uint8Array(8);
  new DataView(message.buffer).setUint32(0, Math.floor(counter / 2 ** 32));
  new DataView(message.buffer).setUint32(4, counter >>> 0);
  const key = await subtle.importKey('raw', secret as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  const mac = new Uint8Array(await subtle.sign('HMAC', key, message));
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = (((mac[offset] ?? 0) & 0x7f) << 24) | ((mac[offset + 1] ?? 0) << 16) | ((mac[offset + 2] ?? 0) << 8) | (mac[offset + 3] ?? 0);
  return String(binary % 1_000_000).padStart(6, '0');
}

/** Accepts the current step and one step either side, as AWS tolerates small drift. */
export async function totpMatches(seedBase32: string, code: string, epochSeconds: number): Promise<boolean> {
  for (const drift of [0, -TOTP_STEP_SECONDS, TOTP_STEP_SECONDS]) {
    if ((await totpCode(seedBase32, epochSeconds + drift)) === code) return true;
  }
  return false;
}
