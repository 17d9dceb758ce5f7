import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, isXmlName, toXmlChars } from './xml';

function textOf(xmlText: string): string {
  const doc = new DOMParser().parseFromString(`<a>${xmlText}</a>`, 'text/xml');
  return doc.documentElement?.textContent ?? '';
}

function attrOf(value: string): string {
  const doc = new DOMParser().parseFromString(`<a v="${value}"/>`, 'text/xml');
  return doc.documentElement?.getAttribute('v') ?? '';
}

describe('XML escaping', () => {
  it('escapes markup so a parser gets the text back unchanged', () => {
    const text = `{"Statement":[{"Effect":"Allow"}]} <b> & ]]> 'q' "dq"\r\nnext\tline`;
    expect(escapeXmlText('a<b>&c')).toBe('a&lt;b&gt;&amp;c');
    expect(textOf(escapeXmlText(text))).toBe(text);
  });

  it('escapes attribute values, whitespace included', () => {
    const value = `x"y'z<&>\t\n\r`;
    expect(attrOf(escapeXmlAttribute(value))).toBe(value);
  });

  it('replaces characters XML 1.0 cannot carry with U+FFFD', () => {
    expect(toXmlChars('a\u0000b\u001Fc\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(toXmlChars('emoji \u{1F600} ok')).toBe('emoji \u{1F600} ok');
    expect(textOf(escapeXmlText('bell\u0007'))).toBe('bell\uFFFD');
  });

  it('knows usable element names', () => {
    expect(isXmlName('AssumeRoleResult')).toBe(true);
    expect(isXmlName('1abc')).toBe(false);
    expect(isXmlName('a b')).toBe(false);
  });
});
