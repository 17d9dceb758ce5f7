/**
 * Session tokens: the session's claims sealed with the sandbox key, base64-encoded behind the
 * same 12-byte preamble real tokens carry (so they start `IQoJb3JpZ2luX2Vj`, as AWS's do).
 */
import { fromBase64, toBase64, utf8 } from '../../inspect/encoding';
import { seal, unseal, type SealKey } from './seal';
import type { SessionClaims } from './types';

const PREAMBLE = utf8('!\n\torigin_ec');
/** The largest token the sandbox issues; SessionTokenUtilization is reported against it. */
export const MAX_SESSION_TOKEN_BYTES = 4096;

export async function encodeSessionToken(
  key: SealKey,
  claims: SessionClaims,
  iv: Uint8Array,
  minimumSize = 0,
): Promise<string> {
  const sealed = await seal(key, 'session', claims, iv);
  // MinimumSessionTokenSize pads the token; padding sits after the sealed part and is ignored on decode.
  const length = Math.max(PREAMBLE.length + 2 + sealed.length, Math.ceil((minimumSize * 3) / 4));
  const bytes = new Uint8Array(length);
  bytes.set(PREAMBLE, 0);
  bytes[PREAMBLE.length] = sealed.length >> 8;
  bytes[PREAMBLE.length + 1] = sealed.length & 0xff;
  bytes.set(sealed, PREAMBLE.length + 2);
  return toBase64(bytes);
}

/** The claims, or null for anything that is not a live token of this sandbox (the caller decides the error). */
export async function decodeSessionToken(key: SealKey, token: string): Promise<SessionClaims | null> {
  if (token.length > 16384) return null;
  const bytes = fromBase64(token);
  if (!bytes || bytes.length < PREAMBLE.length + 2) return null;
  for (let i = 0; i < PREAMBLE.length; i++) if (bytes[i] !== PREAMBLE[i]) return null;
  const length = ((bytes[PREAMBLE.length] ?? 0) << 8) | (bytes[PREAMBLE.length + 1] ?? 0);
  const start = PREAMBLE.length + 2;
  if (start + length > bytes.length) return null;
  const claims = await unseal(key, 'session', bytes.subarray(start, start + length));
  if (!claims || typeof claims !== 'object' || (claims as SessionClaims).v !== 1) return null;
  return claims as SessionClaims;
}
