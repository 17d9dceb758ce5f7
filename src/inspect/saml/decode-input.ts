/**
 * Whatever people paste as "the SAML response": the base64 SAMLResponse value (URL-encoded or
 * not, wrapped or not), a whole POST body or redirect URL, a DEFLATE-compressed redirect-binding
 * value, or the XML itself. The answer is well-formed XML text plus notes on what was undone.
 */
import { quotedEnglish, type Message } from '../../kernel/message';
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
  notes: Message[];
  /**
   * The base64 of the response exactly as pasted (taken out of a form and URL-decoded, nothing
   * re-encoded), when it came as base64 of the XML; absent for pasted XML or a deflated value.
   */
  pastedBase64?: string;
}

interface FormValue {
  key: string;
  value: string;
}

/** Finds SAMLResponse (or SAMLRequest) in a form body, query string or URL. */
function extractFormValue(text: string, notes: Message[]): FormValue | null {
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
  if (found.key !== 'SAMLResponse' && found.key !== 'SAMLRequest') notes.push(/*i18n*/ { id: 'samlDecode.spelling', message: 'The parameter is spelled “{key}”; the bindings use “SAMLResponse” exactly.', values: { key: found.key }, verbatim: ['key'] });
  if (/^SAMLRequest$/i.test(found.key)) notes.push(/*i18n*/ { id: 'samlDecode.request', message: 'This is a SAMLRequest (an AuthnRequest from the service provider), not a SAMLResponse.' });
  if (others.length > 0) notes.push(/*i18n*/ { id: 'samlDecode.otherParameters', message: 'Other parameters ignored: {names}.', values: { names: others.join(', ') }, verbatim: ['names'] });
  return found;
}

/** Percent-decodes a form or query value; '+' means a space only when base64's own '+' was escaped. */
function percentDecode(value: string, notes: Message[]): ParseResult<string, Message> {
  const bad = /%(?![0-9A-Fa-f]{2})/.exec(value);
  if (bad) return parseError(/*i18n*/ { id: 'samlDecode.badPercent', message: 'Malformed URL encoding: “%” at {position} is not followed by two hex digits.', values: { position: describePosition(value, bad.index) }, verbatim: ['position'] });
  const escapedBase64Chars = /%2[BbFf]|%3[Dd]/.test(value);
  let v = value;
  if (v.includes('+')) {
    if (escapedBase64Chars) v = v.replace(/\+/g, ' ');
    else notes.push(/*i18n*/ { id: 'samlDecode.keptPlus', message: 'Kept “+” as a base64 character (the value was only partly URL-encoded).' });
  }
  try {
    return parsed(decodeURIComponent(v));
  } catch {
    return parseError(/*i18n*/ { id: 'samlDecode.percentNotUtf8', message: 'Malformed URL encoding: the %-escapes do not decode to UTF-8 text.' });
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

function checkXml(xml: string, notes: Message[]): ParseResult<string, Message> {
  const doc = parseXml(xml);
  if (!doc.ok) return parseError(quotedEnglish(doc.error));
  notes.push(/*i18n*/ { id: 'samlDecode.root', message: 'Root element: {tag}.', values: { tag: `<${doc.value.documentElement?.tagName ?? '?'}>` }, verbatim: ['tag'] });
  return parsed(xml);
}

function describeBytes(bytes: Uint8Array): Message {
  const head = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
  const count = bytes.length;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return /*i18n*/ { id: 'samlDecode.gzip', message: 'The base64 decodes to {count} bytes of gzip data (starting {head}); SAML bindings use raw DEFLATE, not gzip.', values: { count, head }, verbatim: ['head'] };
  const ascii = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  if (/^[A-Za-z0-9+/=\s]{16,}$/.test(ascii)) return /*i18n*/ { id: 'samlDecode.twice', message: 'The base64 decodes to {count} bytes that are themselves base64 text (it was encoded twice).', values: { count } };
  return /*i18n*/ { id: 'samlDecode.notXml', message: 'The base64 decodes to {count} bytes that are neither XML nor DEFLATE-compressed XML (they start {head}).', values: { count, head }, verbatim: ['head'] };
}

export async function decodeSamlInput(text: string): Promise<ParseResult<DecodedSamlInput, Message>> {
  if (typeof text !== 'string') return parseError(/*i18n*/ { id: 'samlDecode.notText', message: 'The input must be text.' });
  const notes: Message[] = [];
  let trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return parseError(/*i18n*/ { id: 'samlDecode.nothing', message: 'Nothing to decode: paste a SAMLResponse value, a POST body, or the XML of the response.' });
  if (/^(["'])[^"']*\1$/.test(trimmed)) {
    trimmed = trimmed.slice(1, -1).trim();
    notes.push(/*i18n*/ { id: 'samlDecode.quotes', message: 'Removed the surrounding quotes.' });
  }

  const fromHtml = trimmed.startsWith('<') && !/^<\?xml/i.test(trimmed) ? extractHtmlFormValue(trimmed) : null;
  if (fromHtml !== null) {
    notes.push(/*i18n*/ { id: 'samlDecode.htmlForm', message: 'Took the value of the SAMLResponse field of the pasted HTML form.' });
    trimmed = fromHtml.trim();
    if (trimmed === '') return parseError(/*i18n*/ { id: 'samlDecode.htmlFormEmpty', message: 'The SAMLResponse field of the pasted HTML form is empty.' });
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
    if (value === '') return parseError(/*i18n*/ { id: 'samlDecode.emptyParameter', message: 'The {key} parameter is empty.', values: { key: form.key }, verbatim: ['key'] });
  }
  if (value.includes('%')) {
    const decoded = percentDecode(value, notes);
    if (!decoded.ok) return decoded;
    value = decoded.value.trim();
    if (source === 'base64') source = 'url-encoded-base64';
    notes.push(/*i18n*/ { id: 'samlDecode.urlDecoded', message: 'URL-decoded the value.' });
  }
  if (value.startsWith('<')) {
    notes.push(/*i18n*/ { id: 'samlDecode.urlEncodedXml', message: 'The value was URL-encoded XML rather than base64.' });
    const xml = checkXml(value, notes);
    return xml.ok ? parsed({ xml: xml.value, source, notes }) : xml;
  }

  const b64 = decodeBase64Text(value);
  if (!b64.ok) return parseError(quotedEnglish(b64.error));
  const { bytes, whitespaceRemoved, urlSafe, paddingMissing, dataLength } = b64.value;
  if (whitespaceRemoved > 0) notes.push(/*i18n*/ { id: 'samlDecode.whitespace', message: '{count, plural, one {Ignored # whitespace character} other {Ignored # whitespace characters}} (line breaks or spaces) inside the base64.', values: { count: whitespaceRemoved } });
  if (urlSafe) notes.push(/*i18n*/ { id: 'samlDecode.urlSafe', message: 'The base64 uses the URL-safe alphabet (“-”, “_”); SAML bindings use standard base64.' });
  if (paddingMissing) notes.push(/*i18n*/ { id: 'samlDecode.noPadding', message: 'The base64 had no “=” padding; decoded anyway.' });
  if (dataLength > SAML_ASSERTION_MAX_CHARS) notes.push(/*i18n*/ { id: 'samlDecode.tooLong', message: 'The base64 is {length} characters long; STS accepts at most {max}.', values: { length: dataLength, max: SAML_ASSERTION_MAX_CHARS } });

  let xmlBytes = bytes;
  if (!looksLikeXmlBytes(bytes)) {
    let inflated = await inflate(bytes, 'deflate-raw');
    let how: 'raw' | 'zlib' = 'raw';
    if (!inflated || !looksLikeXmlBytes(inflated)) {
      inflated = await inflate(bytes, 'deflate');
      how = 'zlib';
    }
    if (!inflated || !looksLikeXmlBytes(inflated)) return parseError(describeBytes(bytes));
    notes.push(/*i18n*/ { id: 'samlDecode.inflated', message: 'Inflated {from} bytes of {how, select, raw {raw DEFLATE (HTTP-Redirect binding)} other {zlib-wrapped DEFLATE (the Redirect binding specifies raw DEFLATE without the zlib header)}} to {to} bytes.', values: { from: bytes.length, how, to: inflated.length } });
    source = 'deflated-redirect';
    xmlBytes = inflated;
  }
  const xmlText = xmlBytesToText(xmlBytes, notes);
  if (!xmlText.ok) return xmlText;
  const xml = checkXml(xmlText.value.trim(), notes);
  if (!xml.ok) return xml;
  return parsed({ xml: xml.value, source, notes, ...(source === 'deflated-redirect' ? {} : { pastedBase64: value }) });
}
