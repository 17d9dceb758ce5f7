/**
 * The SigV4 signing key: HMAC chain "AWS4"+secret → date → region → service → "aws4_request".
 * The result is secret material; callers never log it.
 */
import { toHex, utf8 } from './hex';
import { SCOPE_TERMINATOR } from './messages';
import { hmacSha256 } from './sha256';

export async function signingKey(
  subtle: SubtleCrypto,
  secretAccessKey: string,
  date: string,
  region: string,
  service: string,
): Promise<Uint8Array> {
  const kDate = await hmacSha256(subtle, utf8(`AWS4${secretAccessKey}`), date);
  const kRegion = await hmacSha256(subtle, kDate, region);
  const kService = await hmacSha256(subtle, kRegion, service);
  return hmacSha256(subtle, kService, SCOPE_TERMINATOR);
}

/** Hex signature of a string to sign. */
export async function signString(subtle: SubtleCrypto, key: Uint8Array, toSign: string): Promise<string> {
  return toHex(await hmacSha256(subtle, key, toSign));
}
