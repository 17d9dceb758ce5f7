/**
 * The entry point of SigV4 verification:
 *   const info = extractSignature(req);          // null → unsigned request
 *   prevalidateSignature(info, nowMs);           // optional: AWS checks skew and scope before the key
 *   await verifySignature(req, info, secret, { nowMs, subtle });   // + sha256: the host's, when it has one
 * `nowMs` is real time (the skew rule), not the sandbox clock.
 */
import { stsError } from '../core/errors';
import type { SandboxRequest } from '../core/http';
import { computeSignature } from './compute-signature';
import { constantTimeEqual } from './constant-time-equal';
import { SIGNATURE_DOES_NOT_MATCH } from './messages';
import { prevalidateSignature, type PrevalidateOptions } from './prevalidate';
import type { SyncSha256 } from './sha256';
import type { SignedRequestInfo } from './signed-request-info';

export { extractSignature } from './extract-signature';
export type { SignedRequestInfo } from './signed-request-info';
export { type ComputedSignature } from './compute-signature';
export { prevalidateSignature, type PrevalidateOptions } from './prevalidate';

export interface VerifyDeps extends PrevalidateOptions {
  nowMs: number;
  subtle: SubtleCrypto;
  /** The host's synchronous SHA-256; used instead of `subtle` when present (same result, faster). */
  sha256?: SyncSha256;
}

/** @throws StsError SignatureDoesNotMatch (skew, scope, body digest or signature) */
export async function verifySignature(
  req: SandboxRequest,
  info: SignedRequestInfo,
  secretAccessKey: string,
  deps: VerifyDeps,
): Promise<void> {
  prevalidateSignature(info, deps.nowMs, deps);
  const expected = await computeSignature(req, info, secretAccessKey, deps.sha256 ?? deps.subtle);
  if (!constantTimeEqual(expected.signature, info.signature)) {
    throw stsError('SignatureDoesNotMatch', SIGNATURE_DOES_NOT_MATCH);
  }
}
