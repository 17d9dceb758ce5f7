import { describe, expect, it } from 'vitest';
import { locationAt } from './json-location';

/** The location at the "|" in the text (the bar is removed). */
function at(marked: string) {
  const offset = marked.indexOf('|');
  return locationAt(marked.slice(0, offset) + marked.slice(offset + 1), offset);
}

describe('locationAt', () => {
  it('knows a property name goes after { or a comma', () => {
    expect(at('{|}')).toMatchObject({ path: [], position: 'key', inString: false, replaceStart: 1, replaceEnd: 1 });
    expect(at('{"Statement": [{"Effect": "Allow", |}]}')).toMatchObject({ path: ['Statement', 0], position: 'key', siblingKeys: ['Effect'] });
  });

  it('knows a value goes after a colon, with the key as the last path element', () => {
    expect(at('{"Statement": {"Effect": |}}')).toMatchObject({ path: ['Statement', 'Effect'], position: 'value' });
    expect(at('{"Statement": [{"Action": ["s3:GetObject", |]}]}')).toMatchObject({ path: ['Statement', 0, 'Action', 1], position: 'value' });
  });

  it('inside a string: replaces the whole string and reports what was typed', () => {
    const loc = at('{"Statement": [{"Effect": "Al|"}]}');
    expect(loc).toMatchObject({ path: ['Statement', 0, 'Effect'], position: 'value', inString: true, prefix: 'Al', replaceStart: 26, replaceEnd: 30, nextChar: '}' });
  });

  it('works on half-typed text: an unterminated string at the end', () => {
    expect(at('{"Statement": [{"Condition": {"StringEquals": {"sts:Ext|')).toMatchObject({
      path: ['Statement', 0, 'Condition', 'StringEquals'],
      position: 'key',
      prefix: 'sts:Ext',
      inString: true,
    });
  });

  it('a key being typed right after a value (comma still missing) is a key', () => {
    expect(at('{"Statement": [{"Effect": "Allow" "Ac|"}]}')).toMatchObject({ path: ['Statement', 0], position: 'key', prefix: 'Ac' });
  });

  it('lists the keys of the object before and after the cursor, but not the one being edited', () => {
    expect(at('{"Version": "2012-10-17", "|", "Statement": []}').siblingKeys).toEqual(['Version', 'Statement']);
    expect(at('{"Version": "2012-10-17", "|", "Statement": []}').nextChar).toBe(',');
  });

  it('offers nothing after a complete value or inside a comment', () => {
    expect(at('{"Effect": "Allow" |}').position).toBe('none');
    expect(at('{/* a | comment */}').position).toBe('none');
  });

  it('is at the root value in an empty text', () => {
    expect(at('|')).toMatchObject({ path: [], position: 'value' });
  });
});
