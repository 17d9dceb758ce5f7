/**
 * The payload hash line of the canonical request. Normally the hex SHA-256 of the body. When the
 * client sent x-amz-content-sha256 (or X-Amz-Content-Sha256 in a presigned URL), it signed that
 * value instead: `UNSIGNED-PAYLOAD` is taken as is; a hex digest must match the body actually
 * received, or the body was changed after signing.
 */
import { stsError } from '../core/errors';
import { SIGNATURE_DOES_NOT_MATCH } from './messages';
import { sha256Hex, type Sha256Source } from './sha256';

const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

/** @throws StsError SignatureDoesNotMatch when a claimed digest does not match the body */
export async function payloadHash(source: Sha256Source, body: Uint8Array, claimed?: string): Promise<string> {
  if (claimed === UNSIGNED_PAYLOAD) return claimed;
  const actual = await sha256Hex(source, body);
  if (claimed === undefined) return actual;
  if (/^[0-9a-fA-F]{64}$/.test(claimed) && claimed.toLowerCase() === actual) return claimed;
  throw stsError('SignatureDoesNotMatch', SIGNATURE_DOES_NOT_MATCH);
}
