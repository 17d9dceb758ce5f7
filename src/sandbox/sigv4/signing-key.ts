/**
 * The SigV4 signing key: HMAC chain "AWS4"+secret → date → region → service → "aws4_request".
 * The result is secret material; callers never log it.
 */
import { utf8 } from './hex';
import { SCOPE_TERMINATOR } from './messages';
import { hmacSha256, type Sha256Source } from './sha256';

export async function signingKey(
  source: Sha256Source,
  secretAccessKey: string,
  date: string,
  region: string,
  service: string,
): Promise<Uint8Array> {
  const kDate = await hmacSha256(source, utf8(`AWS4${secretAccessKey}`), date);
  const kRegion = await hmacSha256(source, kDate, region);
  const kService = await hmacSha256(source, kRegion, service);
  return hmacSha256(source, kService, SCOPE_TERMINATOR);
}
