/**
 * XML plumbing for the SAML decoders: one parser (@xmldom/xmldom, the same in Node and in the
 * browser), namespace constants, and small namespace-aware navigation helpers. Any prefix works;
 * elements are matched by namespace URI and local name only.
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { MAX_NESTING_DEPTH, nestedTooDeeply } from '../../policy/nesting';
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { describePosition } from '../../kernel/base64-text';

export type XmlDocument = Document;
export type XmlElement = Element;

export const NS = {
  samlp: 'urn:oasis:names:tc:SAML:2.0:protocol',
  saml: 'urn:oasis:names:tc:SAML:2.0:assertion',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
  md: 'urn:oasis:names:tc:SAML:2.0:metadata',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xs: 'http://www.w3.org/2001/XMLSchema',
} as const;

const ELEMENT_NODE = 1;

interface Locator {
  lineNumber?: number;
  columnNumber?: number;
}

function where(locator: Locator | undefined): string {
  if (!locator || !locator.lineNumber) return '';
  return locator.columnNumber ? ` at line ${locator.lineNumber}, column ${locator.columnNumber}` : ` at line ${locator.lineNumber}`;
}

/**
 * Parses XML text. Errors (not only fatal ones) stop parsing and come back as one message with
 * the line and column. A DOCTYPE is refused: SAML messages never carry one, and refusing it keeps
 * entity tricks out.
 */
export function parseXml(text: string): ParseResult<XmlDocument> {
  // xmldom lets these through; XML 1.0 (and so any Java-based relying party) does not.
  // eslint-disable-next-line no-control-regex -- matching forbidden control characters is the point
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  if (bad) {
    const code = `U+${(bad[0].charCodeAt(0)).toString(16).toUpperCase().padStart(4, '0')}`;
    return parseError(`The XML is not well-formed: it contains the character ${code} at ${describePosition(text, bad.index)}, which XML does not allow.`);
  }
  // Before xmldom: it, and every walk after it (pretty printing, C14N, xmldsigjs), recurses or
  // climbs the ancestors per element, so a deep tree would cost quadratic time or the stack.
  const deep = xmlNestingProblem(text);
  if (deep) return parseError(deep);
  let firstProblem: string | null = null;
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning') return;
      firstProblem ??= message;
      throw new Error(message);
    },
  });
  let doc: XmlDocument;
  try {
    doc = parser.parseFromString(text, 'application/xml');
  } catch (e) {
    const locator = (e as { locator?: Locator }).locator;
    const message = cleanParserMessage(firstProblem ?? (e instanceof Error ? e.message : String(e)));
    return parseError(`The XML is not well-formed: ${message}${where(locator)}.`);
  }
  if (doc.doctype) return parseError('The XML has a DOCTYPE declaration; SAML messages never carry one, so it is refused.');
  if (!doc.documentElement) return parseError('The XML has no root element.');
  return parsed(doc);
}

/**
 * A linear pre-scan of XML text: the message when elements nest deeper than MAX_NESTING_DEPTH,
 * otherwise null. Comments, CDATA, processing instructions and quoted attribute values are
 * skipped; malformed XML is left to the parser, which reports it.
 */
function xmlNestingProblem(text: string): string | null {
  let depth = 0;
  let i = text.indexOf('<');
  while (i >= 0) {
    let end: number;
    if (text.startsWith('<!--', i)) end = endOf(text, '-->', i + 4);
    else if (text.startsWith('<![CDATA[', i)) end = endOf(text, ']]>', i + 9);
    else if (text.startsWith('<?', i)) end = endOf(text, '?>', i + 2);
    else if (text.startsWith('<!', i) || text.startsWith('</', i)) {
      end = endOf(text, '>', i + 2);
      if (text.charCodeAt(i + 1) === 0x2f /* / */) depth--;
    } else {
      end = startTagEnd(text, i + 1);
      if (end > 0 && text.charCodeAt(end - 2) !== 0x2f /* not <x/> */ && ++depth > MAX_NESTING_DEPTH) return nestedTooDeeply('The XML');
    }
    if (end < 0) return null;
    i = text.indexOf('<', end);
  }
  return null;
}

/** The index just past `terminator` (searched from `from`), or -1. */
function endOf(text: string, terminator: string, from: number): number {
  const at = text.indexOf(terminator, from);
  return at < 0 ? -1 : at + terminator.length;
}

/** The index just past the `>` that closes a start tag, skipping quoted attribute values; -1 if none. */
function startTagEnd(text: string, from: number): number {
  let quote = 0;
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e /* > */) return j + 1;
  }
  return -1;
}

function cleanParserMessage(message: string): string {
  return message
    .replace(/^Error constructing the DOM: /, '')
    .replace(/^NamespaceError: prefix is non-null and namespace is null$/, 'an element or attribute uses a namespace prefix that is never declared')
    .replace(/^HierarchyRequestError: Only one element can be added and only after doctype$/, 'there is more than one root element')
    .replace(/^missing root element$/, 'there is no root element (is this XML at all?)')
    .replace(/^entity not found:(.*)$/, 'unknown entity $1 (without a DTD only &lt; &gt; &amp; &quot; &apos; and numeric references exist)')
    .replace(/\.$/, '');
}

export function serializeXml(node: XmlDocument | XmlElement): string {
  return new XMLSerializer().serializeToString(node);
}

function isElement(node: Node | null | undefined): node is XmlElement {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function is(el: XmlElement | null | undefined, ns: string, localName: string): boolean {
  return !!el && el.namespaceURI === ns && el.localName === localName;
}

/** Direct element children, optionally filtered by namespace and local name. */
export function childElements(el: XmlElement | XmlDocument, ns?: string, localName?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (!isElement(n)) continue;
    if (ns !== undefined && n.namespaceURI !== ns) continue;
    if (localName !== undefined && n.localName !== localName) continue;
    out.push(n);
  }
  return out;
}

export function firstChild(el: XmlElement, ns: string, localName: string): XmlElement | null {
  return childElements(el, ns, localName)[0] ?? null;
}

/** All descendants (document order) with this namespace and local name. */
export function descendants(root: XmlElement | XmlDocument, ns: string, localName: string): XmlElement[] {
  const out: XmlElement[] = [];
  const list = root.getElementsByTagNameNS(ns, localName);
  for (let i = 0; i < list.length; i++) {
    const el = list.item(i);
    if (el) out.push(el);
  }
  return out;
}

/** Every element of the tree, document order. */
export function allElements(root: XmlElement | XmlDocument): XmlElement[] {
  const out: XmlElement[] = [];
  const list = root.getElementsByTagName('*');
  for (let i = 0; i < list.length; i++) {
    const el = list.item(i);
    if (el) out.push(el);
  }
  return out;
}

/** The attribute's value, or null when it is absent. */
export function attr(el: XmlElement | null | undefined, name: string): string | null {
  if (!el || !el.hasAttribute(name)) return null;
  return el.getAttribute(name);
}

/** Text content, trimmed (SAML values are compared without surrounding whitespace). */
export function textOf(el: XmlElement | null | undefined): string | null {
  if (!el) return null;
  return (el.textContent ?? '').trim();
}

/** A readable location such as `/samlp:Response/saml:Assertion[2]/ds:Signature`. */
export function elementPath(el: XmlElement): string {
  const parts: string[] = [];
  let cur: XmlElement | null = el;
  while (cur) {
    const parent: Node | null = cur.parentNode;
    let label = cur.tagName;
    if (isElement(parent)) {
      const same = childElements(parent, cur.namespaceURI ?? undefined, cur.localName ?? undefined);
      if (same.length > 1) label += `[${same.indexOf(cur) + 1}]`;
    }
    parts.unshift(label);
    cur = isElement(parent) ? parent : null;
  }
  return '/' + parts.join('/');
}

/** The SAML/XML-DSig identifier of an element (`ID`, or `Id`/`id` as some signers use). */
export function idOf(el: XmlElement): string | null {
  return attr(el, 'ID') ?? attr(el, 'Id') ?? attr(el, 'id');
}

/**
 * Parses an xs:dateTime as SAML uses it (UTC, `Z` or an offset; no zone means UTC per SAML core
 * §1.3.3). Returns epoch milliseconds or null. Fractional seconds of any length are accepted.
 */
export function parseSamlInstant(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  const ms = frac ? Math.floor(Number(`0${frac}`) * 1000) : 0;
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (Number.isNaN(t)) return null;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [zh, zm] = zone.slice(1).split(':').map(Number);
    t -= sign * ((zh ?? 0) * 60 + (zm ?? 0)) * 60_000;
  }
  return t;
}

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
