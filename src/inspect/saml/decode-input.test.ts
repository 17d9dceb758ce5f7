import { inEnglish } from '../../i18n/test-support/translate';
import { describe, expect, it } from 'vitest';
import { toBase64, utf8 } from '../../kernel/encoding';
import { decodeSamlInput } from './decode-input';

const XML = '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r" Version="2.0"><samlp:Status/></samlp:Response>';
const B64 = toBase64(utf8(XML));

async function compress(bytes: Uint8Array, format: 'deflate-raw' | 'deflate' | 'gzip'): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function ok(text: string) {
  const r = await decodeSamlInput(text);
  if (!r.ok) throw new Error(`expected success, got: ${inEnglish(r.error)}`);
  return r.value;
}

async function err(text: string): Promise<string> {
  const r = await decodeSamlInput(text);
  if (r.ok) throw new Error('expected an error');
  return inEnglish(r.error);
}

describe('decodeSamlInput: what people paste', () => {
  it('plain base64', async () => {
    const v = await ok(B64);
    expect(v).toMatchObject({ xml: XML, source: 'base64' });
    expect(v.notes.map(inEnglish)).toContain('Root element: <samlp:Response>.');
  });

  it('base64 wrapped at 76 columns with CRLF and indentation', async () => {
    const wrapped = '  ' + B64.replace(/(.{76})/g, '$1\r\n    ');
    const v = await ok(wrapped);
    expect(v.xml).toBe(XML);
    expect(v.notes.map(inEnglish).some((n) => /Ignored \d+ whitespace characters/.test(n))).toBe(true);
  });

  it('URL-encoded base64 (as copied from a form field or log)', async () => {
    const v = await ok(encodeURIComponent(B64));
    expect(v).toMatchObject({ xml: XML, source: 'url-encoded-base64' });
  });

  it('a whole POST body with RelayState', async () => {
    const v = await ok(`SAMLResponse=${encodeURIComponent(B64)}&RelayState=https%3A%2F%2Fconsole.aws.amazon.com%2F`);
    expect(v).toMatchObject({ xml: XML, source: 'post-body' });
    expect(v.notes.map(inEnglish)).toContain('Other parameters ignored: RelayState.');
  });

  it("a form body where '+' was not escaped keeps '+' as base64", async () => {
    const withPlus = toBase64(utf8(`${XML}<!-- ${'>'.repeat(40)} -->`));
    expect(withPlus).toContain('+');
    const v = await ok(`SAMLResponse=${withPlus}&RelayState=x`);
    expect(v.xml.startsWith(XML)).toBe(true);
  });

  it('raw XML, with a BOM and an XML declaration', async () => {
    const v = await ok(`\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n${XML}`);
    expect(v.source).toBe('xml');
  });

  it('HTTP-Redirect binding: raw DEFLATE, base64, URL-encoded in a query string', async () => {
    const deflated = toBase64(await compress(utf8(XML), 'deflate-raw'));
    const v = await ok(`https://sp.example.com/acs?SAMLResponse=${encodeURIComponent(deflated)}&SigAlg=x&Signature=y`);
    expect(v).toMatchObject({ xml: XML, source: 'deflated-redirect' });
    expect(v.notes.map(inEnglish).some((n) => n.startsWith('Inflated'))).toBe(true);
  });

  it('zlib-wrapped DEFLATE is accepted with a note', async () => {
    const v = await ok(toBase64(await compress(utf8(XML), 'deflate')));
    expect(v.source).toBe('deflated-redirect');
    expect(v.notes.map(inEnglish).some((n) => n.includes('zlib-wrapped'))).toBe(true);
  });

  it('UTF-16 with a byte-order mark', async () => {
    const units = new Uint8Array(2 + XML.length * 2);
    units.set([0xff, 0xfe]);
    for (let i = 0; i < XML.length; i++) units[2 + i * 2] = XML.charCodeAt(i);
    const v = await ok(toBase64(units));
    expect(v.xml).toBe(XML);
  });

  it('the hidden input of an HTML auto-post form (view-source paste)', async () => {
    const html = `<html><body onload="document.forms[0].submit()"><form method="post" action="https://signin.aws.amazon.com/saml">\n<input type="hidden" name="SAMLResponse" value="${B64.replace(/\+/g, '&#43;')}" />\n<input type="hidden" name="RelayState" value="" /></form></body></html>`;
    const v = await ok(html);
    expect(v).toMatchObject({ xml: XML, source: 'post-body' });
  });

  it('a quoted value, as copied from JSON', async () => {
    expect((await ok(`"${B64}"`)).xml).toBe(XML);
  });

  it('a SAMLRequest is decoded but called out', async () => {
    const req = '<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_q"/>';
    const v = await ok(`SAMLRequest=${encodeURIComponent(toBase64(await compress(utf8(req), 'deflate-raw')))}`);
    expect(v.notes.map(inEnglish).some((n) => n.includes('SAMLRequest'))).toBe(true);
  });
});

describe('decodeSamlInput: clear errors', () => {
  it('nothing pasted', async () => {
    expect(await err('   \n ')).toMatch(/Nothing to decode/);
  });

  it('a bad base64 character is located by line and column', async () => {
    const bad = `${B64.slice(0, 10)}\n${B64.slice(10, 20)}#${B64.slice(20)}`;
    expect(await err(bad)).toBe(
      "Invalid base64: unexpected character '#' (U+0023) at position 22 (line 2, column 11); base64 uses only A-Z, a-z, 0-9, '+', '/' and '=' padding.",
    );
  });

  it('a truncated value', async () => {
    expect(await err(B64.slice(0, 4 * 10 + 1))).toMatch(/41 data characters cannot encode whole bytes/);
  });

  it('two values pasted together', async () => {
    const twice = `${toBase64(utf8('<a/>x'))}${B64}`;
    expect(twice).toMatch(/=/);
    expect(await err(twice)).toMatch(/data after the '=' padding at position \d+/);
  });

  it('JSON-escaped line breaks get a hint', async () => {
    expect(await err(`${B64.slice(0, 8)}\\n${B64.slice(8)}`)).toMatch(/escaped line break/);
  });

  it('malformed percent-encoding', async () => {
    expect(await err('SAMLResponse=PHNh%2Gx')).toMatch(/“%” at position 5 is not followed by two hex digits/);
  });

  it('base64 of something that is not XML', async () => {
    expect(await err(toBase64(utf8('{"json": true}')))).toMatch(/neither XML nor DEFLATE-compressed XML \(they start 7b 22 6a 73\)/);
  });

  it('gzip and double encoding get a hint', async () => {
    expect(await err(toBase64(await compress(utf8(XML), 'gzip')))).toMatch(/gzip data/);
    expect(await err(toBase64(utf8(B64)))).toMatch(/encoded twice/);
  });

  it('broken XML names the line and column', async () => {
    const broken = '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">\n  <samlp:Status>\n</samlp:Response>';
    expect(await err(toBase64(utf8(broken)))).toMatch(/^The XML is not well-formed: .*mismatch.* at line 2, column \d+\.$/);
  });

  it('undeclared prefixes and DOCTYPEs', async () => {
    expect(await err('<saml:Assertion/>')).toMatch(/namespace prefix that is never declared/);
    expect(await err('<!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>')).toMatch(/DOCTYPE|not well-formed/);
  });

  it('bytes that are not UTF-8', async () => {
    const bytes = new Uint8Array([...utf8('<a>'), 0xff, 0xfe, ...utf8('</a>')]);
    expect(await err(toBase64(bytes))).toMatch(/not valid UTF-8 text \(first bad byte at offset 3\)/);
  });

  it('never throws, whatever the input', async () => {
    for (const input of ['%', 'SAMLResponse=', '====', 'A', '\u0000\u0001', '<', 'SAMLResponse=%E0%A4%A']) {
      const r = await decodeSamlInput(input);
      expect(r.ok).toBe(false);
    }
  });
});
