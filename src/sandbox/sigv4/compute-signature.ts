/**
 * Recomputes a request's SigV4 signature from what was received and a secret key, keeping the
 * intermediate strings so a workbench can show where a client's signing went wrong.
 */
import type { SandboxRequest } from '../core/http';
import { parseFormPairs, queryStringOf } from '../protocol/parse-form';
import { canonicalHeaders } from './canonical-headers';
import { canonicalQuery } from './canonical-query';
import { canonicalRequest } from './canonical-request';
import { canonicalUri, pathOf } from './canonical-uri';
import { payloadHash } from './payload-hash';
import { sha256Hex, type Sha256Source } from './sha256';
import type { SignedRequestInfo } from './signed-request-info';
import { signWithScope } from './signing-key-cache';
import { credentialScope, stringToSign } from './string-to-sign';

export interface ComputedSignature {
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
}

/**
 * @param source Web Crypto, or the host's synchronous SHA-256 (same result, faster)
 * @throws StsError SignatureDoesNotMatch when a claimed payload digest does not match the body
 */
export async function computeSignature(
  req: SandboxRequest,
  info: SignedRequestInfo,
  secretAccessKey: string,
  source: Sha256Source,
): Promise<ComputedSignature> {
  const pairs = parseFormPairs(queryStringOf(req.url));
  const creq = canonicalRequest({
    method: req.method,
    canonicalUri: canonicalUri(pathOf(req.url)),
    canonicalQuery: canonicalQuery(pairs, info.form === 'query' ? ['X-Amz-Signature'] : []),
    canonicalHeaders: canonicalHeaders(req.headers, info.signedHeaders),
    signedHeaders: info.signedHeaders,
    payloadHash: await payloadHash(source, req.body, info.contentSha256),
  });
  const scope = credentialScope(info.scopeDate, info.region, info.service);
  const sts = stringToSign(info.signingDate, scope, await sha256Hex(source, creq));
  const signature = await signWithScope(source, secretAccessKey, info.scopeDate, info.region, info.service, sts);
  return { canonicalRequest: creq, stringToSign: sts, signature };
}
