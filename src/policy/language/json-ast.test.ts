import { describe, expect, it } from 'vitest';
import { englishOf } from '../../kernel/message';
import { nodeAt, parseJsonAst, pathOf, propertyOf, type JsonError, type JsonObject } from './json-ast';
import { LineIndex } from './json-scan';

const slice = (text: string, n: { start: number; end: number }): string => text.slice(n.start, n.end);

/** The errors with their messages in English. */
const english = (errors: readonly JsonError[]) => errors.map((e) => ({ ...e, message: englishOf(e.message) }));
const firstMessage = (errors: readonly JsonError[]) => (errors[0] ? englishOf(errors[0].message) : undefined);

describe('parseJsonAst', () => {
  it('keeps the position of every key and value', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Sid": 7}]}';
    const { root, errors, complete } = parseJsonAst(text);
    expect(english(errors)).toEqual([]);
    expect(complete).toBe(true);
    const obj = root as JsonObject;
    expect(slice(text, obj)).toBe(text);
    const version = propertyOf(obj, 'Version');
    expect(version && slice(text, version.key)).toBe('"Version"');
    expect(version?.value && slice(text, version.value)).toBe('"2012-10-17"');
    const statement = propertyOf(obj, 'Statement')?.value;
    expect(statement?.type).toBe('array');
    const first = statement?.type === 'array' ? (statement.items[0] as JsonObject) : undefined;
    expect(first && slice(text, first)).toBe('{"Effect": "Allow", "Sid": 7}');
    expect(first && propertyOf(first, 'Sid')?.value).toMatchObject({ type: 'number', value: 7 });
  });

  it('decodes escapes in strings and reads numbers, booleans and null', () => {
    const { root } = parseJsonAst('["a\\"b\\u0041\\n", -1.5e2, true, false, null]');
    expect(root?.type === 'array' && root.items.map((i) => ('value' in i ? i.value : undefined))).toEqual(['a"bA\n', -150, true, false, null]);
  });

  it('reports a missing comma at the offending token and reads on', () => {
    const text = '{"Effect": "Allow" "Action": "s3:GetObject"}';
    const { root, errors, complete } = parseJsonAst(text);
    expect(english(errors)).toEqual([{ code: 'json-syntax', severity: 'error', message: "Expected ',' or '}' after a property value", start: 19, end: 27 }]);
    expect(complete).toBe(true);
    expect((root as JsonObject).properties.map((p) => p.key.value)).toEqual(['Effect', 'Action']);
  });

  it('recovers from trailing commas and comments, reporting each', () => {
    const text = '{\n  /* note */ "a": [1, 2,],\n  "b": 3, // end\n}';
    const { errors, complete } = parseJsonAst(text);
    expect(complete).toBe(true);
    expect(errors.map((e) => [e.code, slice(text, e)])).toEqual([
      ['json-comment', '/* note */'],
      ['json-trailing-comma', ','],
      ['json-comment', '// end'],
      ['json-trailing-comma', ','],
    ]);
    expect(errors.map((e) => e.start)).toEqual([4, 25, 39, 37]);
  });

  it('warns about duplicate keys on the later one, and the later one wins', () => {
    const text = '{"Effect": "Deny", "Effect": "Allow"}';
    const { root, errors } = parseJsonAst(text);
    expect(english(errors)).toEqual([{ code: 'json-duplicate-key', severity: 'warning', message: 'Duplicate key "Effect": IAM keeps only the last one, so the earlier "Effect" is ignored', start: 19, end: 27 }]);
    const effect = propertyOf(root as JsonObject, 'Effect')?.value;
    expect(effect?.type === 'string' && effect.value).toBe('Allow');
  });

  it('stops at an unrecoverable error but keeps the tree read so far', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": Allow}]}';
    const { root, errors, complete } = parseJsonAst(text);
    expect(complete).toBe(false);
    expect(english(errors)).toEqual([
      { code: 'json-syntax', severity: 'error', message: "Unexpected word 'Allow' (strings need double quotes); the only bare literals are true, false and null", start: 51, end: 56 },
    ]);
    const statement = propertyOf(root as JsonObject, 'Statement')?.value;
    expect(statement?.type === 'array' && statement.items.length).toBe(1);
  });

  it('names invisible characters and trailing garbage', () => {
    expect(firstMessage(parseJsonAst('{"a":\u00a01}').errors)).toBe('Expected a value, found the invisible character U+00A0');
    expect(firstMessage(parseJsonAst('{"a": 1} x').errors)).toBe("Unexpected 'x' (strings need double quotes) after the end of the policy");
    expect(firstMessage(parseJsonAst('{"a": 01}').errors)).toBe("Invalid number '01'");
    expect(english(parseJsonAst('{"a": "x\\qy"}').errors)[0]).toMatchObject({ message: "Invalid escape sequence '\\q' in a string", start: 8, end: 10 });
  });

  it('skips a leading byte order mark', () => {
    expect(parseJsonAst('\ufeff{"a": 1}').errors).toEqual([]);
  });

  it('refuses very deep nesting instead of overflowing the stack', () => {
    const { errors, complete } = parseJsonAst('['.repeat(10_000));
    expect(complete).toBe(false);
    expect(firstMessage(errors)).toBe('The policy is nested too deeply (more than 64 levels)');
  });
});

describe('nodeAt and pathOf', () => {
  const text = '{"Statement": [{"Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}';
  const { root } = parseJsonAst(text);

  it('finds the key or value under an offset and its path', () => {
    const key = nodeAt(root, text.indexOf('aws:Secure'));
    expect(key?.type === 'string' && key.value).toBe('aws:SecureTransport');
    expect(key && pathOf(key)).toEqual(['Statement', 0, 'Condition', 'Bool', 'aws:SecureTransport']);
    const value = nodeAt(root, text.indexOf('"false"') + 3);
    expect(value && pathOf(value)).toEqual(['Statement', 0, 'Condition', 'Bool', 'aws:SecureTransport']);
    expect(value?.type === 'string' && value.value).toBe('false');
  });

  it('returns the container between tokens and undefined outside the document', () => {
    expect(nodeAt(root, text.indexOf('['))?.type).toBe('array');
    expect(nodeAt(root, text.indexOf('[') + 1)?.type).toBe('object');
    expect(nodeAt(root, text.length + 5)).toBeUndefined();
  });
});

describe('LineIndex', () => {
  it('converts offsets to 1-based lines and columns for LF, CRLF and CR', () => {
    const lines = new LineIndex('ab\ncd\r\nef\rgh');
    expect([0, 2, 3, 5, 7, 10].map((o) => lines.position(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ]);
    expect(lines.offset(3, 2)).toBe(8);
  });
});
