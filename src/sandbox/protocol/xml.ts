/**
 * XML 1.0 escaping. Characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE/U+FFFF,
 * unpaired surrogates) are replaced with U+FFFD, since not even a character reference may name
 * them. Carriage returns are written as &#xD; so parsers do not fold them into line feeds.
 */
function isForbiddenUnit(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
}

/** Replaces characters that cannot appear in an XML 1.0 document with U+FFFD. */
export function toXmlChars(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let bad = isForbiddenUnit(code);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a valid surrogate pair
        continue;
      }
      bad = true;
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      bad = true;
    }
    if (bad) {
      out += `${text.slice(start, i)}\uFFFD`;
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

// Printable ASCII other than & < >, plus tab and line feed: text made only of these needs no escaping.
const PLAIN_TEXT = /^[\t\n\x20-\x25\x27-\x3b\x3d\x3f-\x7e]*$/;

/** Escapes element text. */
export function escapeXmlText(text: string): string {
  if (PLAIN_TEXT.test(text)) return text;
  return toXmlChars(text).replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#xD;'));
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};

/** Escapes an attribute value (either quote style; whitespace kept through attribute normalisation). */
export function escapeXmlAttribute(text: string): string {
  return toXmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** Whether a string is usable as an element name here (ASCII XML names; no prefixes). */
export function isXmlName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name);
}
