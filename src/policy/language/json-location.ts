/**
 * Where the cursor is in (possibly half-typed) JSON: the path of keys and indexes to it, and
 * whether a property name or a value goes there. Works token by token, so it needs no valid
 * document: `{"Statement": [{"Effect": "Al` is enough to know the cursor is in an Effect value.
 */
import { Scanner, type Token } from './json-scan';

export interface JsonLocation {
  /**
   * Keys and indexes to the cursor. For a value: the path of that value (["Statement", 0, "Effect"]);
   * for a property name: the path of the object that holds it (["Statement", 0]).
   */
  path: (string | number)[];
  /** 'key': a property name goes here; 'value': a value goes here; 'none': neither (after a value, before a comma). */
  position: 'key' | 'value' | 'none';
  /** The text the completion replaces: the string or bare word under the cursor, quotes included; empty at the cursor otherwise. */
  replaceStart: number;
  replaceEnd: number;
  /** What was typed before the cursor inside that string or word (without the opening quote). */
  prefix: string;
  /** The cursor is inside a string token. */
  inString: boolean;
  /** Property names already present in the object the cursor is in (before and after the cursor). */
  siblingKeys: string[];
  /** The next non-space character after the replaced range ('' at the end), to decide whether to add ': '. */
  nextChar: string;
}

interface Frame {
  kind: 'root' | 'object' | 'array';
  key: string | null;
  index: number;
  state: 'key' | 'colon' | 'value' | 'after';
  keys: string[];
}

function step(stack: Frame[], tok: Token): void {
  const top = stack[stack.length - 1] as Frame;
  switch (tok.kind) {
    case '{':
      stack.push({ kind: 'object', key: null, index: 0, state: 'key', keys: [] });
      return;
    case '[':
      stack.push({ kind: 'array', key: null, index: 0, state: 'value', keys: [] });
      return;
    case '}':
    case ']':
      if (stack.length > 1) stack.pop();
      (stack[stack.length - 1] as Frame).state = 'after';
      return;
    case ':':
      if (top.kind === 'object' && top.state === 'colon') top.state = 'value';
      return;
    case ',':
      if (top.kind === 'object') {
        top.state = 'key';
        top.key = null;
      } else if (top.kind === 'array') {
        top.index++;
        top.state = 'value';
      }
      return;
    case 'string':
      // A string where a key can go (also right after a value: a comma is probably missing).
      if (top.kind === 'object' && (top.state === 'key' || top.state === 'after')) {
        top.key = tok.value as string;
        top.keys.push(top.key);
        top.state = 'colon';
      } else if (top.state === 'value') top.state = 'after';
      return;
    default:
      if (top.state === 'value') top.state = 'after';
  }
}

function snapshot(stack: Frame[], position: JsonLocation['position']): (string | number)[] {
  const path: (string | number)[] = [];
  const n = stack.length;
  for (let i = 0; i < n; i++) {
    const f = stack[i] as Frame;
    const isTop = i === n - 1;
    if (isTop && position !== 'value') break;
    if (f.kind === 'object' && f.key !== null) path.push(f.key);
    else if (f.kind === 'array') path.push(f.index);
  }
  return path;
}

function positionFor(f: Frame): JsonLocation['position'] {
  if (f.kind === 'object') return f.state === 'key' ? 'key' : f.state === 'value' ? 'value' : 'none';
  return f.state === 'value' ? 'value' : 'none';
}

function nextNonSpace(text: string, from: number): string {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  return text[i] ?? '';
}

export function locationAt(text: string, offset: number): JsonLocation {
  const scanner = new Scanner(text);
  const stack: Frame[] = [{ kind: 'root', key: null, index: 0, state: 'value', keys: [] }];
  let found: JsonLocation | undefined;
  let holder: Frame | undefined;
  // The key being edited under the cursor is not "already present".
  let editedKeyIndex = -1;
  for (;;) {
    const tok = scanner.next();
    if (tok.kind === 'comment') {
      // Inside a comment nothing is offered.
      if (!found && tok.start < offset && offset <= tok.end) {
        found = { path: [], position: 'none', replaceStart: offset, replaceEnd: offset, prefix: '', inString: false, siblingKeys: [], nextChar: '' };
      }
      continue;
    }
    if (!found) {
      const top = stack[stack.length - 1] as Frame;
      const unterminated = tok.kind === 'string' && tok.problem?.unterminated === true;
      const inside = (tok.kind === 'string' || tok.kind === 'word') && tok.start < offset && (offset < tok.end || (offset === tok.end && (unterminated || tok.kind === 'word')));
      if (inside || tok.start >= offset || tok.kind === 'eof') {
        // After a value with no comma yet, a string typed where a key could go is a key.
        let position = positionFor(top);
        if (inside && top.kind === 'object' && top.state === 'after') position = 'key';
        const replaceStart = inside ? tok.start : offset;
        const replaceEnd = inside ? tok.end : offset;
        found = {
          path: snapshot(stack, position),
          position,
          replaceStart,
          replaceEnd,
          prefix: inside ? text.slice(tok.kind === 'string' ? tok.start + 1 : tok.start, offset) : '',
          inString: inside && tok.kind === 'string',
          siblingKeys: [],
          nextChar: nextNonSpace(text, replaceEnd),
        };
        holder = top.kind === 'object' ? top : undefined;
        if (holder && inside && position === 'key') editedKeyIndex = holder.keys.length;
      }
    }
    if (tok.kind === 'eof') break;
    step(stack, tok);
    // Once the object holding the cursor is closed, its keys are all known.
    if (found && (!holder || !stack.includes(holder))) break;
  }
  const loc = found as JsonLocation;
  if (holder) loc.siblingKeys = holder.keys.filter((_, i) => i !== editedKeyIndex);
  return loc;
}
