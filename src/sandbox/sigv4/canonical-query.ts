/**
 * The canonical query string: each name and value decoded as received, RFC 3986-encoded again,
 * sorted by name then value, joined with `&`. For a presigned URL the X-Amz-Signature
 * parameter is left out, since it cannot sign itself.
 */
import type { FormPair } from '../protocol/parse-form';
import { uriEncode } from './uri-encode';

export function canonicalQuery(pairs: readonly FormPair[], exclude: readonly string[] = []): string {
  const encoded = pairs
    .filter(([k]) => !exclude.includes(k))
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const);
  encoded.sort(([ka, va], [kb, vb]) => (ka < kb ? -1 : ka > kb ? 1 : va < vb ? -1 : va > vb ? 1 : 0));
  return encoded.map(([k, v]) => `${k}=${v}`).join('&');
}
