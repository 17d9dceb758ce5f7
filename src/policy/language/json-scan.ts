/**
 * The JSON tokenizer under the policy editor's parser, completion and minifier. Hand-written (no
 * regular expressions on the hot path) so every keystroke costs one linear pass over the text.
 * Offsets are UTF-16 code units, as editors count them.
 */
import type { Message } from '../../kernel/message';

export type TokenKind =
  | '{'
  | '}'
  | '['
  | ']'
  | ':'
  | ','
  | 'string'
  | 'number'
  | 'true'
  | 'false'
  | 'null'
  | 'comment'
  /** A bare word that is not a JSON literal (`Allow` without quotes). */
  | 'word'
  /** Any other character, or a single-quoted string. */
  | 'invalid'
  | 'eof';

export interface Token {
  kind: TokenKind;
  start: number;
  /** Exclusive. */
  end: number;
  /** string: the decoded value; number: the numeric value. */
  value?: string | number;
  /** A problem inside the token (bad escape, unterminated string, malformed number). */
  problem?: { message: Message; start: number; end: number; unterminated?: true };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isDigit(c) || c === 95 || c === 36;
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Reads tokens one at a time. Whitespace is skipped; comments are tokens, so callers can report them. */
export class Scanner {
  pos: number;

  constructor(readonly text: string) {
    // A leading byte order mark is what some Windows editors write; skip it silently.
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  next(): Token {
    const t = this.text;
    let c = t.charCodeAt(this.pos);
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = t.charCodeAt(++this.pos);
    const start = this.pos;
    if (start >= t.length) return { kind: 'eof', start, end: start };
    const ch = t[start] as string;
    if ('{}[]:,'.includes(ch)) {
      this.pos++;
      return { kind: ch as TokenKind, start, end: start + 1 };
    }
    if (ch === '"') return this.string(start);
    if (ch === '-' || isDigit(c)) return this.number(start);
    if (ch === '/' && (t[start + 1] === '/' || t[start + 1] === '*')) return this.comment(start);
    if (isWordChar(c)) {
      let end = start + 1;
      while (end < t.length && isWordChar(t.charCodeAt(end))) end++;
      this.pos = end;
      const word = t.slice(start, end);
      const kind = word === 'true' || word === 'false' || word === 'null' ? word : 'word';
      return { kind, start, end };
    }
    if (ch === "'") {
      const close = t.indexOf("'", start + 1);
      const eol = t.indexOf('\n', start + 1);
      const end = close >= 0 && (eol < 0 || close < eol) ? close + 1 : start + 1;
      this.pos = end;
      return { kind: 'invalid', start, end };
    }
    // One code point, so an emoji or a surrogate pair is reported whole.
    this.pos = start + (c >= 0xd800 && c <= 0xdbff && t.length > start + 1 ? 2 : 1);
    return { kind: 'invalid', start, end: this.pos };
  }

  private string(start: number): Token {
    const t = this.text;
    let i = start + 1;
    let out = '';
    let runStart = i;
    let problem: Token['problem'];
    for (;;) {
      if (i >= t.length || t[i] === '\n' || t[i] === '\r') {
        out += t.slice(runStart, i);
        this.pos = i;
        return { kind: 'string', start, end: i, value: out, problem: problem ?? { message: /*i18n*/ { id: 'policy.json.unterminated', message: 'Unterminated string: add the closing "' }, start, end: i, unterminated: true } };
      }
      const code = t.charCodeAt(i);
      if (code === 34) {
        out += t.slice(runStart, i);
        this.pos = i + 1;
        return { kind: 'string', start, end: i + 1, value: out, ...(problem ? { problem } : {}) };
      }
      if (code < 0x20) {
        problem ??= { message: /*i18n*/ { id: 'policy.json.controlCharacter', message: 'Control characters such as tabs must be escaped inside a string (write {escape})', values: { escape: '\\t' }, verbatim: ['escape'] }, start: i, end: i + 1 };
        i++;
        continue;
      }
      if (code !== 92) {
        i++;
        continue;
      }
      out += t.slice(runStart, i);
      const e = t[i + 1];
      if (e !== undefined && e in SIMPLE_ESCAPES) {
        out += SIMPLE_ESCAPES[e];
        i += 2;
      } else if (e === 'u' && [2, 3, 4, 5].every((k) => isHex(t.charCodeAt(i + k)))) {
        out += String.fromCharCode(parseInt(t.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        const len = e === undefined || e === '\n' || e === '\r' ? 1 : 2;
        problem ??= {
          message:
            e === 'u'
              ? /*i18n*/ { id: 'policy.json.unicodeEscape', message: '{escape} must be followed by four hex digits', values: { escape: '\\u' }, verbatim: ['escape'] }
              : /*i18n*/ { id: 'policy.json.badEscape', message: 'Invalid escape sequence {escape} in a string', values: { escape: `'${t.slice(i, i + len)}'` }, verbatim: ['escape'] },
          start: i,
          end: i + len,
        };
        i += len;
      }
      runStart = i;
    }
  }

  private number(start: number): Token {
    const t = this.text;
    let i = start;
    if (t[i] === '-') i++;
    const intStart = i;
    while (isDigit(t.charCodeAt(i))) i++;
    let ok = i > intStart && !(t[intStart] === '0' && i - intStart > 1);
    if (t[i] === '.') {
      const f = ++i;
      while (isDigit(t.charCodeAt(i))) i++;
      ok &&= i > f;
    }
    if (t[i] === 'e' || t[i] === 'E') {
      i++;
      if (t[i] === '+' || t[i] === '-') i++;
      const e = i;
      while (isDigit(t.charCodeAt(i))) i++;
      ok &&= i > e;
    }
    // Swallow the rest of a malformed number (0x1F, 1.2.3) so it is reported as one token.
    while (i < t.length && (isWordChar(t.charCodeAt(i)) || t[i] === '.')) {
      ok = false;
      i++;
    }
    this.pos = i;
    const value = Number(t.slice(start, i));
    return ok ? { kind: 'number', start, end: i, value } : { kind: 'number', start, end: i, value: NaN, problem: { message: /*i18n*/ { id: 'policy.json.badNumber', message: 'Invalid number {number}', values: { number: `'${t.slice(start, i)}'` }, verbatim: ['number'] }, start, end: i } };
  }

  private comment(start: number): Token {
    const t = this.text;
    let end: number;
    if (t[start + 1] === '/') {
      const eol = t.indexOf('\n', start);
      end = eol < 0 ? t.length : eol;
    } else {
      const close = t.indexOf('*/', start + 2);
      end = close < 0 ? t.length : close + 2;
    }
    this.pos = end;
    return { kind: 'comment', start, end };
  }
}

/** Offsets → 1-based line and column, with the line starts computed once (binary search per lookup). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] as number) + 1 };
  }

  /** The offset of a 1-based line and column (clamped to the text). */
  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] as number;
    return Math.min(start + Math.max(0, column - 1), this.text.length);
  }
}
