/**
 * `application/x-www-form-urlencoded` decoding for Query-protocol bodies and URL query strings:
 * `&`-separated `key=value` pairs, `+` meaning space, %XX escapes of UTF-8 bytes. Order and
 * repeats are kept. A broken escape or invalid UTF-8 raises MalformedQueryString, never URIError.
 */
import { stsError } from '../core/errors';
import type { SandboxRequest } from '../core/http';

export type FormPair = readonly [key: string, value: string];

const HEX = /^[0-9A-Fa-f]{2}$/;
const NON_ASCII = /[\u0080-\uffff]/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/**
 * Decodes one key or value. `where` names it in error messages ("the value of 'RoleArn'"); the
 * raw text is not echoed, since values can be tokens or assertions.
 */
export function decodeFormComponent(raw: string, where = 'the query string'): string {
  const text = raw.replace(/\+/g, ' ');
  if (!text.includes('%')) return text;
  // Fast path: for ASCII text, decodeURIComponent decodes the escapes exactly as the strict UTF-8
  // decoding below does, except that TextDecoder drops a leading byte-order mark. Anything it
  // refuses, or a leading BOM, goes the long way, which also names the problem.
  if (!NON_ASCII.test(text)) {
    try {
      const decoded = decodeURIComponent(text);
      if (decoded.charCodeAt(0) !== 0xfeff) return decoded;
    } catch {
      // fall through
    }
  }
  const bytes: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = text[i] as string;
    if (ch === '%') {
      const hex = text.slice(i + 1, i + 3);
      if (hex.length < 2) {
        throw stsError('MalformedQueryString', `Incomplete trailing escape % sequence in ${where}`);
      }
      if (!HEX.test(hex)) {
        throw stsError('MalformedQueryString', `Illegal hex character in escape % pattern: %${hex} in ${where}`);
      }
      bytes.push(parseInt(hex, 16));
      i += 3;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const chunk = String.fromCodePoint(cp);
    for (const b of encoder.encode(chunk)) bytes.push(b);
    i += chunk.length;
  }
  try {
    return strictUtf8.decode(new Uint8Array(bytes));
  } catch {
    throw stsError('MalformedQueryString', `The %-escapes in ${where} do not decode to valid UTF-8 text`);
  }
}

/** Splits `a=1&b=2&c` into ordered pairs (`c` gets the value ''). Empty segments are skipped. */
export function parseFormPairs(text: string): FormPair[] {
  const pairs: FormPair[] = [];
  for (const segment of text.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const key = eq < 0 ? segment : segment.slice(0, eq);
    const value = eq < 0 ? '' : segment.slice(eq + 1);
    const name = decodeFormComponent(key, 'a parameter name');
    pairs.push([name, decodeFormComponent(value, `the value of '${name}'`)]);
  }
  return pairs;
}

/** The query string of a request URL (`/path?x=1` → `x=1`), without the fragment. */
export function queryStringOf(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return '';
  const hash = url.indexOf('#', q);
  return hash < 0 ? url.slice(q + 1) : url.slice(q + 1, hash);
}

/** Decodes a request body as a form. Bytes that are not UTF-8 give MalformedQueryString. */
export function parseFormBody(body: Uint8Array): FormPair[] {
  let text: string;
  try {
    text = strictUtf8.decode(body);
  } catch {
    throw stsError('MalformedQueryString', 'The request body is not valid UTF-8 text');
  }
  return parseFormPairs(text);
}

function isFormBody(req: SandboxRequest): boolean {
  if (req.body.length === 0) return false;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' || type === 'application/x-www-form-urlencoded';
}

/**
 * Every Query-protocol parameter of a request: the URL's query string, then (for a form body)
 * the body's pairs. The first occurrence of a name wins, as a servlet's getParameter does.
 */
export function readRequestParams(req: SandboxRequest): Map<string, string> {
  const params = new Map<string, string>();
  const add = (pairs: readonly FormPair[]) => {
    for (const [k, v] of pairs) if (!params.has(k)) params.set(k, v);
  };
  add(parseFormPairs(queryStringOf(req.url)));
  if (isFormBody(req)) add(parseFormBody(req.body));
  return params;
}
