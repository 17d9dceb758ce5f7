/**
 * A small JSON reader that knows where it is. JSON.parse reports syntax errors differently in every
 * engine (V8, SpiderMonkey, JavaScriptCore), so the policy editor and the sandbox read policy text
 * with this instead: strict RFC 8259, 1-based line and column (UTF-16 code units, as editors count).
 */

import { MAX_NESTING_DEPTH, nestedTooDeeply } from './nesting';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JsonPosition {
  line: number;
  column: number;
}

export type JsonReadResult =
  | { ok: true; value: JsonValue; duplicateKeys: { key: string; line: number; column: number }[] }
  | { ok: false; error: string; line: number; column: number };


class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Line and column (both 1-based) of a character offset in text. */
export function positionAt(text: string, offset: number): JsonPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function describeChar(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the text';
  const c = text[offset] as string;
  const code = c.charCodeAt(0);
  if (c === '\n' || c === '\r') return 'a line break';
  if (c === '\t') return 'a tab';
  if (code < 0x20 || code === 0xfeff || code === 0xa0) return `the character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (c === "'") return `"'" (JSON strings need double quotes)`;
  return `'${c}'`;
}

class Reader {
  pos = 0;
  readonly duplicates: { key: string; offset: number }[] = [];

  constructor(readonly text: string) {}

  fail(message: string, offset = this.pos): never {
    throw new JsonSyntaxError(message, offset);
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.pos++;
      else if (c === 0x2f && (t[this.pos + 1] === '/' || t[this.pos + 1] === '*')) this.fail('comments are not allowed in JSON');
      else break;
    }
  }

  value(depth: number): JsonValue {
    this.skipSpace();
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth + 1);
    if (c === '[') return this.array(depth + 1);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return v;
      }
    }
    if (c !== undefined && /[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos))?.[0] ?? c;
      this.fail(`unexpected word '${word}' (strings need double quotes; literals are true, false and null)`);
    }
    this.fail(`expected a value, found ${describeChar(this.text, this.pos)}`);
  }

  object(depth: number): JsonValue {
    if (depth > MAX_NESTING_DEPTH) this.fail(nestedTooDeeply('the policy'));
    this.pos++; // {
    const out: { [key: string]: JsonValue } = {};
    const seen = new Set<string>();
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') {
        const trailing = this.text[this.pos] === '}';
        this.fail(trailing ? "trailing comma before '}'" : `expected a property name in double quotes, found ${describeChar(this.text, this.pos)}`);
      }
      const keyOffset = this.pos;
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail(`expected ':' after property name "${key}", found ${describeChar(this.text, this.pos)}`);
      this.pos++;
      const v = this.value(depth);
      if (seen.has(key)) this.duplicates.push({ key, offset: keyOffset });
      seen.add(key);
      // defineProperty, so a key named "__proto__" stays an ordinary property.
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === '}') {
        this.pos++;
        return out;
      }
      this.fail(`expected ',' or '}' after the value of "${key}", found ${describeChar(this.text, this.pos)}`);
    }
  }

  array(depth: number): JsonValue {
    if (depth > MAX_NESTING_DEPTH) this.fail(nestedTooDeeply('the policy'));
    this.pos++; // [
    const out: JsonValue[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === ']') this.fail("trailing comma before ']'");
      out.push(this.value(depth));
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === ']') {
        this.pos++;
        return out;
      }
      this.fail(`expected ',' or ']' in a list, found ${describeChar(this.text, this.pos)}`);
    }
  }

  string(): string {
    const start = this.pos;
    this.pos++; // opening quote
    let out = '';
    const t = this.text;
    for (;;) {
      if (this.pos >= t.length) this.fail('unterminated string (missing closing ")', start);
      const c = t[this.pos] as string;
      const code = c.charCodeAt(0);
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (code < 0x20) this.fail(`${describeChar(t, this.pos)} is not allowed inside a string (escape it or close the string)`);
      if (c !== '\\') {
        out += c;
        this.pos++;
        continue;
      }
      const e = t[this.pos + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== undefined && e in simple) {
        out += simple[e];
        this.pos += 2;
      } else if (e === 'u') {
        const hex = t.slice(this.pos + 2, this.pos + 6);
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) this.fail('\\u must be followed by four hex digits');
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 6;
      } else {
        this.fail(`invalid escape '\\${e ?? ''}' in string`);
      }
    }
  }

  number(): number {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!m) this.fail('invalid number');
    const after = this.text[this.pos + m[0].length];
    if (after !== undefined && /[0-9.eExX]/.test(after)) this.fail(`invalid number (numbers cannot have leading zeros, hex or a trailing '.')`);
    this.pos += m[0].length;
    return Number(m[0]);
  }
}

/** Reads JSON text. Never throws: a syntax error comes back with its line and column. */
export function readJson(text: string): JsonReadResult {
  const r = new Reader(text);
  // A leading byte order mark is what editors on Windows write; tolerate it.
  if (text.charCodeAt(0) === 0xfeff) r.pos = 1;
  try {
    r.skipSpace();
    if (r.pos >= text.length) r.fail('the text is empty; expected a JSON value');
    const value = r.value(0);
    r.skipSpace();
    if (r.pos < text.length) r.fail(`unexpected ${describeChar(text, r.pos)} after the end of the JSON value`);
    return {
      ok: true,
      value,
      duplicateKeys: r.duplicates.map((d) => ({ key: d.key, ...positionAt(text, d.offset) })),
    };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const { line, column } = positionAt(text, e.offset);
    return { ok: false, error: `JSON syntax error at line ${line}, column ${column}: ${e.message}`, line, column };
  }
}
