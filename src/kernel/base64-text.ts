/**
 * Base64 as people paste it: line breaks and spaces anywhere, padding optional, the URL-safe
 * alphabet tolerated. Anything else is refused with the position of the first bad character.
 */
import { parseError, parsed, type ParseResult } from './result';

export interface DecodedBase64 {
  bytes: Uint8Array;
  /** Characters that are not base64 data or padding (spaces, tabs, line breaks) that were skipped. */
  whitespaceRemoved: number;
  /** The value used `-` and `_` instead of `+` and `/`. */
  urlSafe: boolean;
  /** The value had no `=` padding although its length needed some. */
  paddingMissing: boolean;
  /** Number of base64 data characters (padding excluded). */
  dataLength: number;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
VALUES.set('-', 62);
VALUES.set('_', 63);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** "position 17 (line 2, column 5)", 1-based, counted in the text given. */
export function describePosition(text: string, index: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return line > 1 ? `position ${index + 1} (line ${line}, column ${col})` : `position ${index + 1}`;
}

function showChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code >= 0x21 && code <= 0x7e ? `'${ch}' (${hex})` : hex;
}

export function decodeBase64Text(text: string): ParseResult<DecodedBase64> {
  const values: number[] = [];
  let whitespace = 0;
  let padding = 0;
  let standardAt = -1;
  let urlSafeAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (isSpace(ch)) {
      whitespace++;
      continue;
    }
    if (ch === '=') {
      padding++;
      if (padding > 2) return parseError(`Invalid base64: too much '=' padding at ${describePosition(text, i)}.`);
      continue;
    }
    const v = VALUES.get(ch);
    if (v === undefined) {
      const hint =
        ch === '%' ? ' It looks URL-encoded; paste it as is and it will be URL-decoded first.'
        : ch === '\\' ? ' It looks like an escaped line break (\\n) copied from JSON or a log; remove the escapes.'
        : '';
      return parseError(`Invalid base64: unexpected character ${showChar(ch)} at ${describePosition(text, i)}; base64 uses only A-Z, a-z, 0-9, '+', '/' and '=' padding.${hint}`);
    }
    if (padding > 0) return parseError(`Invalid base64: data after the '=' padding at ${describePosition(text, i)} (two values pasted together, or a '=' in the middle).`);
    if (ch === '+' || ch === '/') standardAt = standardAt < 0 ? i : standardAt;
    if (ch === '-' || ch === '_') urlSafeAt = urlSafeAt < 0 ? i : urlSafeAt;
    values.push(v);
  }
  if (standardAt >= 0 && urlSafeAt >= 0) {
    return parseError(`Invalid base64: it mixes the standard alphabet ('+', '/') and the URL-safe one ('-', '_'); the first URL-safe character is at ${describePosition(text, urlSafeAt)}.`);
  }
  if (values.length === 0) return parseError('Invalid base64: there is no data, only whitespace or padding.');
  const rem = values.length % 4;
  if (rem === 1) {
    return parseError(`Invalid base64: ${values.length} data characters cannot encode whole bytes (one character too many or the value is cut off).`);
  }
  if (padding > 0 && (values.length + padding) % 4 !== 0) {
    return parseError(`Invalid base64: the '=' padding does not fit the length (${values.length} data characters followed by ${padding} '='); the value is probably cut off.`);
  }
  const out = new Uint8Array(Math.floor((values.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < values.length; i += 4) {
    const a = values[i] ?? 0;
    const b = values[i + 1] ?? 0;
    const c = values[i + 2] ?? 0;
    const d = values[i + 3] ?? 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (n >> 16) & 0xff;
    if (o < out.length && i + 2 < values.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length && i + 3 < values.length) out[o++] = n & 0xff;
  }
  return parsed({
    bytes: out,
    whitespaceRemoved: whitespace,
    urlSafe: urlSafeAt >= 0,
    paddingMissing: padding === 0 && rem !== 0,
    dataLength: values.length,
  });
}
