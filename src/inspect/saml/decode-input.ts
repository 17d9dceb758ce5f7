/**
 * Whatever people paste as "the SAML response": the base64 SAMLResponse value (URL-encoded or
 * not, wrapped or not), a whole POST body or redirect URL, a DEFLATE-compressed redirect-binding
 * value, or the XML itself. The answer is well-formed XML text plus notes on what was undone.
 */
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { decodeBase64Text, describePosition } from '../../kernel/base64-text';
import { looksLikeXmlBytes, xmlBytesToText } from './bytes-to-text';
import { inflate } from './inflate';
import { parseXml } from './xml';
import { SAML_ASSERTION_MAX_CHARS } from './rules';

export type SamlInputSource = 'base64' | 'url-encoded-base64' | 'xml' | 'post-body' | 'deflated-redirect';

export interface DecodedSamlInput {
  xml: string;
  source: SamlInputSource;
  notes: string[];
}




interface FormValue {
  key: string;
  value: string;
}

/** Finds SAMLResponse (or SAMLRequest) in a form body, query string or URL. */
function extractFormValue(text: string, notes: string[]): FormValue | null {
  if (!/(^|[?&;\s])SAML(Response|Request)=/i.test(text)) return null;
  const query = /^https?:\/\//i.test(text) && text.includes('?') ? text.slice(text.indexOf('?') + 1) : text;
  const pairs = query.split(/[&;]/).map((p) => p.trim());
  let found: FormValue | null = null;
  const others: string[] = [];
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    if (/^SAML(Response|Request)$/i.test(key) && !found) found = { key, value };
    else if (key) others.push(key);
  }
  if (!found) return null;
  if (found.key !== 'SAMLResponse' && found.key !== 'SAMLRequest') notes.push(`The parameter is spelled "${found.key}"; the bindings use "SAMLResponse" exactly.`);
  if (/^SAMLRequest$/i.test(found.key)) notes.push('This is a SAMLRequest (an AuthnRequest from the service provider), not a SAMLResponse.');
  if (others.length > 0) notes.push(`Other parameters ignored: ${others.join(', ')}.`);
  return found;
}

/** Percent-decodes a form or query value; '+' means a space only when base64's own '+' was escaped. */
function percentDecode(value: string, notes: string[]): ParseResult<string> {
  const bad = /%(?![0-9A-Fa-f]{2})/.exec(value);
  if (bad) return parseError(`Malformed URL encoding: '%' at ${describePosition(value, bad.index)} is not followed by two hex digits.`);
  const escapedBase64Chars = /%2[BbFf]|%3[Dd]/.test(value);
  let v = value;
  if (v.includes('+')) {
    if (escapedBase64Chars) v = v.replace(/\+/g, ' ');
    else notes.push("Kept '+' as a base64 character (the value was only partly URL-encoded).");
  }
  try {
    return parsed(decodeURIComponent(v));
  } catch {
    return parseError('Malformed URL encoding: the %-escapes do not decode to UTF-8 text.');
  }
}

/**
 * The `<input …>` tags of an HTML page, found with indexOf: `/<input\b[^>]*>/g` would rescan to
 * the end of the text from every `<input` when no `>` follows (quadratic).
 */
function inputTags(html: string): string[] {
  const tags: string[] = [];
  const start = /<input\b/gi;
  for (let m = start.exec(html); m; m = start.exec(html)) {
    const end = html.indexOf('>', m.index);
    if (end < 0) break;
    tags.push(html.slice(m.index, end + 1));
    start.lastIndex = end + 1;
  }
  return tags;
}

/** The value of a SAMLResponse hidden input, when an HTML auto-post form was pasted. */
function extractHtmlFormValue(text: string): string | null {
  for (const input of inputTags(text)) {
    if (!/\bname\s*=\s*["']SAML(Response|Request)["']/i.test(input)) continue;
    const value = /\bvalue\s*=\s*"([^"]*)"|\bvalue\s*=\s*'([^']*)'/i.exec(input);
    if (value) return (value[1] ?? value[2] ?? '').replace(/&#x?[0-9a-f]+;|&(amp|quot|lt|gt);/gi, (e) => decodeEntity(e));
  }
  return null;
}

function decodeEntity(entity: string): string {
  const named: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>' };
  const lower = entity.toLowerCase();
  if (named[lower]) return named[lower];
  const code = lower.startsWith('&#x') ? parseInt(lower.slice(3, -1), 16) : parseInt(lower.slice(2, -1), 10);
  return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}

function checkXml(xml: string, notes: string[]): ParseResult<string> {
  const doc = parseXml(xml);
  if (!doc.ok) return doc;
  notes.push(`Root element: <${doc.value.documentElement?.tagName ?? '?'}>.`);
  return parsed(xml);
}

function describeBytes(bytes: Uint8Array): string {
  const head = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return `${bytes.length} bytes of gzip data (starting ${head}); SAML bindings use raw DEFLATE, not gzip`;
  const ascii = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  if (/^[A-Za-z0-9+/=\s]{16,}$/.test(ascii)) return `${bytes.length} bytes that are themselves base64 text (it was encoded twice)`;
  return `${bytes.length} bytes that are neither XML nor DEFLATE-compressed XML (they start ${head})`;
}

export async function decodeSamlInput(text: string): Promise<ParseResult<DecodedSamlInput>> {
  if (typeof text !== 'string') return parseError('The input must be text.');
  const notes: string[] = [];
  let trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return parseError('Nothing to decode: paste a SAMLResponse value, a POST body, or the XML of the response.');
  if (/^(["'])[^"']*\1$/.test(trimmed)) {
    trimmed = trimmed.slice(1, -1).trim();
    notes.push('Removed the surrounding quotes.');
  }

  const fromHtml = trimmed.startsWith('<') && !/^<\?xml/i.test(trimmed) ? extractHtmlFormValue(trimmed) : null;
  if (fromHtml !== null) {
    notes.push('Took the value of the SAMLResponse field of the pasted HTML form.');
    trimmed = fromHtml.trim();
    if (trimmed === '') return parseError('The SAMLResponse field of the pasted HTML form is empty.');
  }

  if (trimmed.startsWith('<')) {
    const xml = checkXml(trimmed, notes);
    return xml.ok ? parsed({ xml: xml.value, source: 'xml', notes }) : xml;
  }

  let value = trimmed;
  let source: SamlInputSource = fromHtml !== null ? 'post-body' : 'base64';
  const form = extractFormValue(trimmed, notes);
  if (form) {
    source = 'post-body';
    value = form.value;
    if (value === '') return parseError(`The ${form.key} parameter is empty.`);
  }
  if (value.includes('%')) {
    const decoded = percentDecode(value, notes);
    if (!decoded.ok) return decoded;
    value = decoded.value.trim();
    if (source === 'base64') source = 'url-encoded-base64';
    notes.push('URL-decoded the value.');
  }
  if (value.startsWith('<')) {
    notes.push('The value was URL-encoded XML rather than base64.');
    const xml = checkXml(value, notes);
    return xml.ok ? parsed({ xml: xml.value, source, notes }) : xml;
  }

  const b64 = decodeBase64Text(value);
  if (!b64.ok) return b64;
  const { bytes, whitespaceRemoved, urlSafe, paddingMissing, dataLength } = b64.value;
  if (whitespaceRemoved > 0) notes.push(`Ignored ${whitespaceRemoved} whitespace character${whitespaceRemoved === 1 ? '' : 's'} (line breaks or spaces) inside the base64.`);
  if (urlSafe) notes.push("The base64 uses the URL-safe alphabet ('-', '_'); SAML bindings use standard base64.");
  if (paddingMissing) notes.push("The base64 had no '=' padding; decoded anyway.");
  if (dataLength > SAML_ASSERTION_MAX_CHARS) notes.push(`The base64 is ${dataLength} characters long; STS accepts at most ${SAML_ASSERTION_MAX_CHARS}.`);

  let xmlBytes = bytes;
  if (!looksLikeXmlBytes(bytes)) {
    let inflated = await inflate(bytes, 'deflate-raw');
    let how = 'raw DEFLATE (HTTP-Redirect binding)';
    if (!inflated || !looksLikeXmlBytes(inflated)) {
      inflated = await inflate(bytes, 'deflate');
      how = 'zlib-wrapped DEFLATE (the Redirect binding specifies raw DEFLATE without the zlib header)';
    }
    if (!inflated || !looksLikeXmlBytes(inflated)) return parseError(`The base64 decodes to ${describeBytes(bytes)}.`);
    notes.push(`Inflated ${bytes.length} bytes of ${how} to ${inflated.length} bytes.`);
    source = 'deflated-redirect';
    xmlBytes = inflated;
  }
  const xmlText = xmlBytesToText(xmlBytes, notes);
  if (!xmlText.ok) return xmlText;
  const xml = checkXml(xmlText.value.trim(), notes);
  return xml.ok ? parsed({ xml: xml.value, source, notes }) : xml;
}
