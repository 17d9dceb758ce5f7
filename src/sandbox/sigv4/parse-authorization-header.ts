/**
 * Parses `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` the way
 * AWS's front end does, including its error order: first every parameter must be key=value,
 * then Credential, Signature, SignedHeaders and a date header must all exist, then the algorithm
 * must be AWS4-HMAC-SHA256. Parameters are separated by commas and/or whitespace, which is why a
 * stray space inside `Credential= AKIA…` is reported as a pair without an equal sign.
 */
import { stsError } from '../core/errors';
import { SIGV4_ALGORITHM, authorizationHeaderRequires, missingEqualSign, unsupportedAlgorithm } from './messages';

export interface ParsedAuthorizationHeader {
  algorithm: string;
  /** `AKID/20150830/us-east-1/sts/aws4_request` as written. */
  credential: string;
  /** Lower-cased and sorted, as the canonical request lists them. */
  signedHeaders: string[];
  signature: string;
}

/**
 * @param header the Authorization header value as received
 * @param hasDate whether the request carries an X-Amz-Date or Date header (AWS reports its
 *   absence together with the missing parameters)
 * @throws StsError IncompleteSignature
 */
export function parseAuthorizationHeader(header: string, hasDate: boolean): ParsedAuthorizationHeader {
  const trimmed = header.trim();
  const space = trimmed.search(/\s/);
  const algorithm = space < 0 ? trimmed : trimmed.slice(0, space);
  const rest = space < 0 ? '' : trimmed.slice(space + 1);

  const params = new Map<string, string>();
  for (const token of rest.split(/[\s,]+/)) {
    if (token === '') continue;
    const eq = token.indexOf('=');
    if (eq < 0) throw stsError('IncompleteSignature', missingEqualSign(token, header));
    // A repeated key keeps its last value.
    params.set(token.slice(0, eq), token.slice(eq + 1));
  }

  const credential = params.get('Credential');
  const signature = params.get('Signature');
  const signedHeaders = params.get('SignedHeaders');
  const missing: ('Credential' | 'Signature' | 'SignedHeaders' | 'date')[] = [];
  if (credential === undefined) missing.push('Credential');
  if (signature === undefined) missing.push('Signature');
  if (signedHeaders === undefined) missing.push('SignedHeaders');
  if (!hasDate) missing.push('date');
  if (missing.length > 0 || credential === undefined || signature === undefined || signedHeaders === undefined) {
    throw stsError('IncompleteSignature', authorizationHeaderRequires(missing, header));
  }
  if (algorithm !== SIGV4_ALGORITHM) throw stsError('IncompleteSignature', unsupportedAlgorithm(algorithm));

  return {
    algorithm,
    credential,
    signedHeaders: splitSignedHeaders(signedHeaders),
    signature,
  };
}

/** `host;X-Amz-Date` → `['host', 'x-amz-date']`, sorted, empties dropped. */
export function splitSignedHeaders(list: string): string[] {
  return list
    .split(';')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '')
    .sort();
}
