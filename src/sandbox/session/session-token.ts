/**
 * Session tokens: the session's claims sealed with the sandbox key, base64-encoded behind the
 * same 12-byte preamble real tokens carry (so they start `IQoJb3JpZ2luX2Vj`, as AWS's do).
 *
 * A token is accepted only exactly as issued: the whole byte string is the preamble, the sealed
 * length and the sealed claims, nothing after them, in canonical base64 (the padding btoa writes).
 * MinimumSessionTokenSize padding therefore sits inside the sealed claims (`pad`), where it is
 * authenticated like the rest: appended bytes, changed padding or a token repeated twice are not
 * tokens this sandbox issued.
 */
import { fromCanonicalBase64, toBase64, utf8 } from '../../kernel/encoding';
import { seal, unseal, type SealKey } from './seal';
import type { SessionClaims } from './types';

const PREAMBLE = utf8('!\n\torigin_ec');
const HEADER_BYTES = PREAMBLE.length + 2;
/** AES-GCM adds the 12-byte IV and the 16-byte tag to the JSON text. */
const SEAL_OVERHEAD_BYTES = 12 + 16;
/** The largest token the sandbox issues; SessionTokenUtilization is reported against it. */
export const MAX_SESSION_TOKEN_BYTES = 4096;
/** Longer text is never a token of this sandbox (and is not worth decoding). */
const MAX_TOKEN_TEXT = 16384;

type PaddedClaims = SessionClaims & { pad?: string };

/** The claims, with a `pad` that brings the token to at least `minimumSize` base64 characters. */
function padded(claims: SessionClaims, minimumSize: number): PaddedClaims {
  const neededBytes = Math.ceil((minimumSize * 3) / 4);
  const jsonBytes = (c: PaddedClaims) => utf8(JSON.stringify(c)).length;
  const bare = HEADER_BYTES + SEAL_OVERHEAD_BYTES + jsonBytes(claims);
  if (bare >= neededBytes) return claims;
  const empty: PaddedClaims = { ...claims, pad: '' };
  const withEmpty = HEADER_BYTES + SEAL_OVERHEAD_BYTES + jsonBytes(empty);
  // One padding character is one byte of JSON, so the size is reached exactly (or just passed).
  return { ...claims, pad: '0'.repeat(Math.max(0, neededBytes - withEmpty)) };
}

export async function encodeSessionToken(
  key: SealKey,
  claims: SessionClaims,
  iv: Uint8Array,
  minimumSize = 0,
): Promise<string> {
  const sealed = await seal(key, 'session', padded(claims, minimumSize), iv);
  const bytes = new Uint8Array(HEADER_BYTES + sealed.length);
  bytes.set(PREAMBLE, 0);
  bytes[PREAMBLE.length] = sealed.length >> 8;
  bytes[PREAMBLE.length + 1] = sealed.length & 0xff;
  bytes.set(sealed, HEADER_BYTES);
  return toBase64(bytes);
}

/** The claims, or null for anything that is not a live token of this sandbox, byte for byte (the caller decides the error). */
export async function decodeSessionToken(key: SealKey, token: string): Promise<SessionClaims | null> {
  if (token.length > MAX_TOKEN_TEXT) return null;
  // Canonical form only: the same text the sandbox wrote (padding included), no trailing bytes.
  const bytes = fromCanonicalBase64(token);
  if (!bytes || bytes.length < HEADER_BYTES) return null;
  for (let i = 0; i < PREAMBLE.length; i++) if (bytes[i] !== PREAMBLE[i]) return null;
  const length = ((bytes[PREAMBLE.length] ?? 0) << 8) | (bytes[PREAMBLE.length + 1] ?? 0);
  if (HEADER_BYTES + length !== bytes.length) return null;
  const opened = await unseal(key, 'session', bytes.subarray(HEADER_BYTES));
  if (!opened || typeof opened !== 'object' || (opened as SessionClaims).v !== 1) return null;
  const { pad: _pad, ...claims } = opened as PaddedClaims;
  return claims;
}
