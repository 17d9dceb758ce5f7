import { describe, expect, it } from 'vitest';
import { positionAt, readJson } from './json-text';

function fail(text: string) {
  const r = readJson(text);
  if (r.ok) throw new Error('expected a syntax error');
  return r;
}

describe('readJson', () => {
  it('reads the same values as JSON.parse', () => {
    const text = '{"a": [1, -2.5e3, true, false, null], "b": {"c": "x\\n\\u00e9\\"\\\\/"}, "d": ""}';
    const r = readJson(text);
    expect(r.ok && r.value).toEqual(JSON.parse(text));
  });

  it('reports a missing comma with line and column', () => {
    const r = fail('{\n  "Version": "2012-10-17"\n  "Statement": []\n}');
    expect(r.line).toBe(3);
    expect(r.column).toBe(3);
    expect(r.error).toBe('JSON syntax error at line 3, column 3: expected \',\' or \'}\' after the value of "Version", found \'"\'');
  });

  it('names a trailing comma', () => {
    expect(fail('{"a": 1,}').error).toMatch(/line 1, column 9: trailing comma before '}'/);
    expect(fail('[1, 2,\n]').error).toMatch(/line 2, column 1: trailing comma before '\]'/);
  });

  it('explains single quotes and bare words', () => {
    expect(fail("{'Effect': 'Allow'}").error).toMatch(/column 2: expected a property name in double quotes, found "'" \(JSON strings need double quotes\)/);
    expect(fail('{"Effect": Allow}').error).toMatch(/column 12: unexpected word 'Allow'/);
  });

  it('reports a line break inside a string where it is, and an unterminated string at its quote', () => {
    const r = fail('{\n "a": "abc\n}');
    expect(r.error).toMatch(/line 2, column 11: a line break is not allowed inside a string/);
    const r2 = fail('{"a": "abc');
    expect(r2.error).toMatch(/line 1, column 7: unterminated string/);
  });

  it('reports the end of the text and trailing garbage', () => {
    expect(fail('{"a": [1, 2').error).toMatch(/line 1, column 12: expected ',' or '\]' in a list, found the end of the text/);
    expect(fail('{} x').error).toMatch(/column 4: unexpected 'x' after the end of the JSON value/);
    expect(fail('   ').error).toMatch(/the text is empty/);
  });

  it('rejects comments, bad numbers and bad escapes', () => {
    expect(fail('{"a": 1 // note\n}').error).toMatch(/comments are not allowed/);
    expect(fail('{"a": 01}').error).toMatch(/invalid number/);
    expect(fail('{"a": 1.}').error).toMatch(/invalid number/);
    expect(fail('{"a": "\\x"}').error).toMatch(/invalid escape '\\x'/);
    expect(fail('{"a": "\\u12"}').error).toMatch(/four hex digits/);
  });

  it('counts CRLF line breaks once', () => {
    expect(fail('{\r\n"a" 1}').line).toBe(2);
    expect(positionAt('a\r\nb\rc\nd', 7)).toEqual({ line: 4, column: 1 });
  });

  it('tolerates a leading byte order mark', () => {
    expect(readJson('\ufeff{"a":1}').ok).toBe(true);
  });

  it('keeps "__proto__" as a plain key and reports duplicate keys', () => {
    const r = readJson('{"__proto__": {"x": 1}, "a": 1, "a": 2}');
    if (!r.ok) throw new Error(r.error);
    const v = r.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__', 'a']);
    expect(v.a).toBe(2);
    expect(r.duplicateKeys).toEqual([{ key: 'a', line: 1, column: 33 }]);
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    expect(fail('['.repeat(10000)).error).toMatch(/the policy is nested too deeply \(more than 64 levels\)/);
  });
});
