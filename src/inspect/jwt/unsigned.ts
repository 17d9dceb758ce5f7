/**
 * The same token with its signature removed and `alg` set to "none": what a careless or hostile
 * sender produces, for practising the failure. STS never accepts it.
 */
import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from '../../kernel/encoding';
import { jsonNestingProblem } from '../../policy/nesting';

export function withoutSignature(token: string): string | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return null;
  const headerBytes = fromBase64Url(parts[0] ?? '');
  if (!headerBytes) return null;
  const headerText = fromUtf8(headerBytes);
  if (jsonNestingProblem(headerText)) return null;
  let header: unknown;
  try {
    header = JSON.parse(headerText);
  } catch {
    return null;
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return null;
  const { kid: _kid, ...rest } = header as Record<string, unknown>;
  return `${toBase64Url(utf8(JSON.stringify({ ...rest, alg: 'none' })))}.${parts[1]}.`;
}
