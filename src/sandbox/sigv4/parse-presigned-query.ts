/**
 * Reads a presigned URL's X-Amz-* parameters (query-string SigV4). The caller has already seen
 * X-Amz-Algorithm; the first value of each parameter is used.
 *
 * X-Amz-Expires is checked for form (1–604800) but STS does not honour it: presigned STS URLs
 * live for the same ±15 minutes around X-Amz-Date as any signature (aws/aws-sdk-go#2167,
 * kubernetes-sigs/aws-iam-authenticator#160), so expiry is the skew rule in prevalidate.ts.
 */
import { stsError } from '../core/errors';
import type { FormPair } from '../protocol/parse-form';
import { MISSING_AUTHENTICATION_TOKEN, SIGV4_ALGORITHM, badExpires, queryStringRequires } from './messages';
import { splitSignedHeaders } from './parse-authorization-header';

export interface ParsedPresignedQuery {
  algorithm: string;
  credential: string;
  signedHeaders: string[];
  signature: string;
  /** X-Amz-Date as written (format checked by the caller). */
  date: string;
  expiresSeconds?: number;
  securityToken?: string;
  /** X-Amz-Content-Sha256 when present (`UNSIGNED-PAYLOAD` or a hex digest). */
  contentSha256?: string;
}

const REQUIRED = ['X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-SignedHeaders', 'X-Amz-Date'] as const;
const MAX_EXPIRES = 604800;

function firstValues(pairs: readonly FormPair[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [k, v] of pairs) if (!map.has(k)) map.set(k, v);
  return map;
}

/** @throws StsError MissingAuthenticationToken (other algorithm) or IncompleteSignature */
export function parsePresignedQuery(pairs: readonly FormPair[]): ParsedPresignedQuery {
  const q = firstValues(pairs);
  const algorithm = q.get('X-Amz-Algorithm') ?? '';
  if (algorithm !== SIGV4_ALGORITHM) throw stsError('MissingAuthenticationToken', MISSING_AUTHENTICATION_TOKEN);

  const missing = REQUIRED.filter((name) => !q.has(name));
  if (missing.length > 0) throw stsError('IncompleteSignature', queryStringRequires(missing));

  const parsed: ParsedPresignedQuery = {
    algorithm,
    credential: q.get('X-Amz-Credential') as string,
    signedHeaders: splitSignedHeaders(q.get('X-Amz-SignedHeaders') as string),
    signature: q.get('X-Amz-Signature') as string,
    date: q.get('X-Amz-Date') as string,
  };
  const expires = q.get('X-Amz-Expires');
  if (expires !== undefined) {
    const n = /^\d{1,7}$/.test(expires) ? Number(expires) : NaN;
    if (!(n >= 1 && n <= MAX_EXPIRES)) throw stsError('IncompleteSignature', badExpires(expires));
    parsed.expiresSeconds = n;
  }
  const token = q.get('X-Amz-Security-Token');
  if (token !== undefined) parsed.securityToken = token;
  const contentSha = q.get('X-Amz-Content-Sha256');
  if (contentSha !== undefined) parsed.contentSha256 = contentSha;
  return parsed;
}
