/**
 * Reads the SigV4 signature a request carries, before any key lookup: which form (header or
 * presigned query), the credential scope, the signed headers and the request time. Checks here
 * need no secret and no clock; they raise the same errors AWS raises for malformed signatures.
 */
import { stsError } from '../core/errors';
import type { SandboxRequest } from '../core/http';
import { parseFormPairs, queryStringOf } from '../protocol/parse-form';
import { BOTH_AUTH_FORMS, HOST_MUST_BE_SIGNED, badDateFormat } from './messages';
import { parseAuthorizationHeader } from './parse-authorization-header';
import { parseCredential } from './parse-credential';
import { parsePresignedQuery } from './parse-presigned-query';
import { formatIsoBasic, parseIsoBasic, parseRfc1123 } from './request-date';
import type { SignedRequestInfo } from './signed-request-info';

function requestTime(raw: string, rfc1123Allowed: boolean): number {
  const ms = parseIsoBasic(raw) ?? (rfc1123Allowed ? parseRfc1123(raw) : null);
  if (ms === null) throw stsError('IncompleteSignature', badDateFormat(raw));
  return ms;
}

/**
 * @returns null when the request carries no signature at all (no Authorization header and no
 *   X-Amz-Algorithm parameter)
 * @throws StsError IncompleteSignature, SignatureDoesNotMatch, MissingAuthenticationToken or
 *   MalformedQueryString for a malformed signature
 */
export function extractSignature(req: SandboxRequest): SignedRequestInfo | null {
  const authorization = req.headers['authorization'];
  const hasHeader = authorization !== undefined && authorization.trim() !== '';
  const pairs = parseFormPairs(queryStringOf(req.url));
  const hasQuery = pairs.some(([k]) => k === 'X-Amz-Algorithm');
  if (hasHeader && hasQuery) throw stsError('SignatureDoesNotMatch', BOTH_AUTH_FORMS);
  if (!hasHeader && !hasQuery) return null;

  type Base = Omit<SignedRequestInfo, 'accessKeyId' | 'region' | 'scopeDate' | 'service' | 'terminator'>;
  let base: Base;
  let credential: string;
  if (hasHeader) {
    const amzDate = req.headers['x-amz-date'];
    const httpDate = req.headers['date'];
    const parsed = parseAuthorizationHeader(authorization as string, amzDate !== undefined || httpDate !== undefined);
    // X-Amz-Date wins over Date; only Date may use the RFC 1123 form.
    const ms = amzDate !== undefined ? requestTime(amzDate, false) : requestTime(httpDate as string, true);
    credential = parsed.credential;
    base = {
      form: 'header',
      signedHeaders: parsed.signedHeaders,
      signature: parsed.signature,
      requestTimeMs: ms,
      signingDate: formatIsoBasic(ms),
    };
    const token = req.headers['x-amz-security-token'];
    if (token !== undefined) base.sessionToken = token;
    const contentSha = req.headers['x-amz-content-sha256'];
    if (contentSha !== undefined) base.contentSha256 = contentSha;
  } else {
    const parsed = parsePresignedQuery(pairs);
    const ms = requestTime(parsed.date, false);
    credential = parsed.credential;
    base = {
      form: 'query',
      signedHeaders: parsed.signedHeaders,
      signature: parsed.signature,
      requestTimeMs: ms,
      signingDate: formatIsoBasic(ms),
    };
    if (parsed.securityToken !== undefined) base.sessionToken = parsed.securityToken;
    if (parsed.expiresSeconds !== undefined) base.expiresSeconds = parsed.expiresSeconds;
    const contentSha = parsed.contentSha256 ?? req.headers['x-amz-content-sha256'];
    if (contentSha !== undefined) base.contentSha256 = contentSha;
  }

  if (!base.signedHeaders.includes('host') && !base.signedHeaders.includes(':authority')) {
    throw stsError('SignatureDoesNotMatch', HOST_MUST_BE_SIGNED);
  }
  const scope = parseCredential(credential);
  // Completed in place (a spread followed by more properties is V8's slow path); same keys, same order.
  const info = base as SignedRequestInfo;
  info.accessKeyId = scope.accessKeyId;
  info.region = scope.region;
  info.scopeDate = scope.date;
  info.service = scope.service;
  info.terminator = scope.terminator;
  return info;
}
