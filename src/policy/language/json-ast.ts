/**
 * A JSON parser that keeps the position of every key and value, for the policy editor's markers,
 * completion and hover. It recovers from the slips people make while typing (comments, trailing
 * commas, a missing comma between two members) and reports each one; anything else stops the
 * parse and the tree built so far is returned with `complete: false`.
 */
import type { Message } from '../../kernel/message';
import { withParts } from '../message-parts';
import { MAX_NESTING_DEPTH } from '../nesting';
import { Scanner, type Token } from './json-scan';

interface NodeBase {
  start: number;
  /** Exclusive. */
  end: number;
  parent: JsonObject | JsonArray | JsonProperty | null;
}

export interface JsonString extends NodeBase {
  type: 'string';
  value: string;
}
export interface JsonNumber extends NodeBase {
  type: 'number';
  value: number;
}
export interface JsonBoolean extends NodeBase {
  type: 'boolean';
  value: boolean;
}
export interface JsonNull extends NodeBase {
  type: 'null';
  value: null;
}
export interface JsonArray extends NodeBase {
  type: 'array';
  items: JsonValueNode[];
}
export interface JsonObject extends NodeBase {
  type: 'object';
  properties: JsonProperty[];
}
export interface JsonProperty {
  type: 'property';
  start: number;
  end: number;
  key: JsonString;
  /** Missing when the parse stopped between the key and its value. */
  value: JsonValueNode | undefined;
  parent: JsonObject;
}

export type JsonValueNode = JsonString | JsonNumber | JsonBoolean | JsonNull | JsonArray | JsonObject;
export type JsonNode = JsonValueNode | JsonProperty;

export type JsonErrorCode = 'json-syntax' | 'json-trailing-comma' | 'json-comment' | 'json-duplicate-key';

export interface JsonError {
  code: JsonErrorCode;
  severity: 'error' | 'warning';
  message: Message;
  start: number;
  end: number;
}

export interface JsonParseResult {
  root: JsonValueNode | undefined;
  errors: JsonError[];
  /** The whole text was read (errors, if any, were recovered from). */
  complete: boolean;
}


class Stop extends Error {}

/** The token found where something else was expected, as a part of a sentence. */
function describe(text: string, tok: Token): Message {
  if (tok.kind === 'eof') return /*i18n*/ { id: 'policy.json.token.end', message: 'the end of the text' };
  const raw = text.slice(tok.start, Math.min(tok.end, tok.start + 40));
  if (tok.kind === 'string') return /*i18n*/ { id: 'policy.json.token.string', message: 'the string {raw}', values: { raw }, verbatim: ['raw'] };
  if (tok.kind === 'invalid' && raw.startsWith("'")) return /*i18n*/ { id: 'policy.json.token.singleQuoted', message: '{raw} (JSON strings need double quotes)', values: { raw }, verbatim: ['raw'] };
  const code = raw.charCodeAt(0);
  if (tok.kind === 'invalid' && (code < 0x20 || code === 0xa0 || code === 0xfeff)) {
    return /*i18n*/ { id: 'policy.json.token.invisible', message: 'the invisible character {code}', values: { code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` }, verbatim: ['code'] };
  }
  if (tok.kind === 'word') return /*i18n*/ { id: 'policy.json.token.word', message: '{raw} (strings need double quotes)', values: { raw: `'${raw}'` }, verbatim: ['raw'] };
  return /*i18n*/ { id: 'policy.json.token.other', message: '{raw}', values: { raw: `'${raw}'` }, verbatim: ['raw'] };
}

/** "Expected ',' or '}' after a property value" and the same for a list's ']'. */
const expectedComma = (close: '}' | ']'): Message =>
  close === '}'
    ? /*i18n*/ { id: 'policy.json.expectedCommaObject', message: "Expected ',' or {close} after a property value", values: { close: "'}'" }, verbatim: ['close'] }
    : /*i18n*/ { id: 'policy.json.expectedCommaList', message: "Expected ',' or {close} after an item of the list", values: { close: "']'" }, verbatim: ['close'] };

function trailingComma(close: '}' | ']'): Message {
  return /*i18n*/ { id: 'policy.json.trailingComma', message: "Trailing comma: remove the ',' before {close}", values: { close: `'${close}'` }, verbatim: ['close'] };
}

class Parser {
  private readonly scanner: Scanner;
  private tok: Token;
  readonly errors: JsonError[] = [];

  constructor(private readonly text: string) {
    this.scanner = new Scanner(text);
    this.tok = { kind: 'eof', start: 0, end: 0 };
  }

  /** The next token, with comments reported and skipped. */
  private advance(): Token {
    let t = this.scanner.next();
    while (t.kind === 'comment') {
      this.error('json-comment', /*i18n*/ { id: 'policy.json.comment', message: 'Comments are not allowed in JSON policies' }, t.start, t.end);
      t = this.scanner.next();
    }
    if (t.problem) {
      // Only an unterminated string leaves the rest of the text unreadable.
      const fatal = t.problem.unterminated === true;
      this.error('json-syntax', t.problem.message, t.problem.start, t.problem.end);
      if (fatal) {
        this.tok = t;
        throw new Stop();
      }
    }
    this.tok = t;
    return t;
  }

  /** The current token (a method, so TypeScript does not keep a narrowing across advance()). */
  private current(): Token {
    return this.tok;
  }

  private error(code: JsonErrorCode, message: Message, start: number, end: number, severity: 'error' | 'warning' = 'error'): void {
    this.errors.push({ code, severity, message, start, end });
  }

  fail(message: Message, tok: Token = this.tok): never {
    this.error('json-syntax', message, tok.start, tok.end);
    throw new Stop();
  }

  document(): JsonParseResult {
    let root: JsonValueNode | undefined;
    const holder = { set: (v: JsonValueNode) => (root = v) };
    try {
      this.advance();
      if (this.tok.kind === 'eof') this.fail(/*i18n*/ { id: 'policy.json.empty', message: 'The policy is empty: expected a JSON object such as {example}', values: { example: '{"Version": "2012-10-17", "Statement": []}' }, verbatim: ['example'] });
      this.value(null, 0, holder.set);
      if (this.current().kind !== 'eof') this.fail(withParts(/*i18n*/ { id: 'policy.json.afterEnd', message: 'Unexpected {token} after the end of the policy' }, { token: describe(this.text, this.tok) }));
      return { root, errors: this.errors, complete: true };
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      return { root, errors: this.errors, complete: false };
    }
  }

  /** Parses a value; `attach` links it into the parent first, so a stopped parse keeps the partial tree. */
  private value(parent: JsonObject | JsonArray | JsonProperty | null, depth: number, attach: (v: JsonValueNode) => void): JsonValueNode {
    const t = this.tok;
    const base = { start: t.start, end: t.end, parent };
    switch (t.kind) {
      case '{':
      case '[': {
        if (depth >= MAX_NESTING_DEPTH) this.fail(/*i18n*/ { id: 'policy.json.tooDeep', message: 'The policy is nested too deeply (more than {max} levels)', values: { max: MAX_NESTING_DEPTH } });
        const node: JsonObject | JsonArray = t.kind === '{' ? { ...base, type: 'object', properties: [] } : { ...base, type: 'array', items: [] };
        attach(node);
        this.advance();
        if (node.type === 'object') this.members(node, depth + 1);
        else this.elements(node, depth + 1);
        return node;
      }
      case 'string': {
        const node: JsonString = { ...base, type: 'string', value: t.value as string };
        attach(node);
        this.advance();
        return node;
      }
      case 'number':
      case 'true':
      case 'false':
      case 'null': {
        const node: JsonValueNode =
          t.kind === 'number' ? { ...base, type: 'number', value: t.value as number } : t.kind === 'null' ? { ...base, type: 'null', value: null } : { ...base, type: 'boolean', value: t.kind === 'true' };
        attach(node);
        this.advance();
        return node;
      }
      case 'word':
        return this.fail(withParts(/*i18n*/ { id: 'policy.json.bareWord', message: 'Unexpected word {token}; the only bare literals are true, false and null' }, { token: describe(this.text, t) }));
      default:
        return this.fail(withParts(/*i18n*/ { id: 'policy.json.expectedValue', message: 'Expected a value, found {token}' }, { token: describe(this.text, t) }));
    }
  }

  private members(obj: JsonObject, depth: number): void {
    const seen = new Map<string, JsonString>();
    if (this.tok.kind === '}') return this.close(obj);
    for (;;) {
      const t = this.tok;
      if (t.kind !== 'string') {
        this.fail(
          t.kind === 'word'
            ? /*i18n*/ { id: 'policy.json.unquotedName', message: 'Property names need double quotes: write "{name}"', values: { name: this.text.slice(t.start, t.end) }, verbatim: ['name'] }
            : withParts(/*i18n*/ { id: 'policy.json.expectedName', message: 'Expected a property name in double quotes, found {token}' }, { token: describe(this.text, t) }),
        );
      }
      const key: JsonString = { type: 'string', value: t.value as string, start: t.start, end: t.end, parent: null };
      const prop: JsonProperty = { type: 'property', key, value: undefined, start: t.start, end: t.end, parent: obj };
      key.parent = prop;
      obj.properties.push(prop);
      const earlier = seen.get(key.value);
      if (earlier) {
        const duplicate = /*i18n*/ { id: 'policy.json.duplicateKey', message: 'Duplicate key "{key}": IAM keeps only the last one, so the earlier "{key}" is ignored', values: { key: key.value }, verbatim: ['key'] };
        this.error('json-duplicate-key', duplicate, key.start, key.end, 'warning');
      }
      seen.set(key.value, key);
      this.advance();
      if (this.tok.kind !== ':') this.fail(/*i18n*/ { id: 'policy.json.expectedColon', message: 'Expected \':\' after the property name "{key}"', values: { key: key.value }, verbatim: ['key'] });
      this.advance();
      const v = this.value(prop, depth, (node) => (prop.value = node));
      prop.end = v.end;
      obj.end = v.end;
      const next = this.tok;
      if (next.kind === ',') {
        if (this.advance().kind === '}') {
          this.error('json-trailing-comma', trailingComma('}'), next.start, next.end);
          return this.close(obj);
        }
        continue;
      }
      if (next.kind === '}') return this.close(obj);
      // A missing comma before the next "key": report it and read on as if it were there.
      if (next.kind === 'string' && this.scanner.text[this.peekAfter(next)] === ':') {
        this.error('json-syntax', expectedComma('}'), next.start, next.end);
        continue;
      }
      this.fail(expectedComma('}'));
    }
  }

  private elements(arr: JsonArray, depth: number): void {
    if (this.tok.kind === ']') return this.close(arr);
    for (;;) {
      const v = this.value(arr, depth, (node) => arr.items.push(node));
      arr.end = v.end;
      const next = this.tok;
      if (next.kind === ',') {
        if (this.advance().kind === ']') {
          this.error('json-trailing-comma', trailingComma(']'), next.start, next.end);
          return this.close(arr);
        }
        continue;
      }
      if (next.kind === ']') return this.close(arr);
      if (next.kind === 'string' || next.kind === '{' || next.kind === '[') {
        this.error('json-syntax', expectedComma(']'), next.start, next.end);
        continue;
      }
      this.fail(expectedComma(']'));
    }
  }

  private close(node: JsonObject | JsonArray): void {
    node.end = this.tok.end;
    this.advance();
  }

  /** The offset of the first non-space character after a token (to tell a key from a value). */
  private peekAfter(tok: Token): number {
    const t = this.scanner.text;
    let i = tok.end;
    while (i < t.length && (t[i] === ' ' || t[i] === '\t' || t[i] === '\n' || t[i] === '\r')) i++;
    return i;
  }
}

/** Parses JSON text into a positioned tree. Never throws. */
export function parseJsonAst(text: string): JsonParseResult {
  return new Parser(text).document();
}

/** The last property with that name (IAM, like JSON.parse, keeps the last of duplicate keys). */
export function propertyOf(obj: JsonObject, name: string): JsonProperty | undefined {
  for (let i = obj.properties.length - 1; i >= 0; i--) {
    const p = obj.properties[i] as JsonProperty;
    if (p.key.value === name) return p;
  }
  return undefined;
}

/** The deepest node whose range holds the offset (a string's closing quote counts as inside). */
export function nodeAt(root: JsonValueNode | undefined, offset: number): JsonNode | undefined {
  let node: JsonNode | undefined = root && offset >= root.start && offset <= root.end ? root : undefined;
  for (;;) {
    if (!node) return undefined;
    let child: JsonNode | undefined;
    if (node.type === 'object') child = node.properties.find((p) => offset >= p.start && offset <= p.end);
    else if (node.type === 'array') child = node.items.find((i) => offset >= i.start && offset <= i.end);
    else if (node.type === 'property') {
      if (offset >= node.key.start && offset <= node.key.end) return node.key;
      child = node.value && offset >= node.value.start && offset <= node.value.end ? node.value : undefined;
    }
    if (!child) return node;
    node = child;
  }
}

/** The path of keys and indexes from the root to a node, e.g. ["Statement", 0, "Condition", "Bool"]. */
export function pathOf(node: JsonNode): (string | number)[] {
  const path: (string | number)[] = node.type === 'property' ? [node.key.value] : [];
  let n: JsonNode | null = node;
  while (n) {
    const parent: JsonObject | JsonArray | JsonProperty | null = n.parent;
    if (parent?.type === 'property') path.unshift(parent.key.value);
    else if (parent?.type === 'array') path.unshift(parent.items.indexOf(n as JsonValueNode));
    n = parent;
  }
  return path;
}
