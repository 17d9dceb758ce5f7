/**
 * XML as indented lines of typed tokens, for a syntax-highlighted view that a UI renders as text
 * nodes (never as markup). Values are re-escaped as XML writes them, so the view is faithful XML:
 * an attribute holding `<script>` shows as `&lt;script&gt;`.
 */
import type { Node } from '@xmldom/xmldom';
import { parsed, type ParseResult } from '../../kernel/result';
import { parseXml, type XmlElement } from './xml';

export type XmlTokenKind = 'punct' | 'tag' | 'attr' | 'value' | 'text' | 'comment' | 'pi' | 'cdata';

export interface XmlToken {
  kind: XmlTokenKind;
  text: string;
}

export interface XmlLine {
  depth: number;
  tokens: XmlToken[];
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const PI = 7;
const COMMENT = 8;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function openTag(el: XmlElement, selfClosing: boolean): XmlToken[] {
  const tokens: XmlToken[] = [{ kind: 'punct', text: '<' }, { kind: 'tag', text: el.tagName }];
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i);
    if (!a) continue;
    tokens.push({ kind: 'punct', text: ' ' }, { kind: 'attr', text: a.name }, { kind: 'punct', text: '="' }, { kind: 'value', text: escapeAttr(a.value) }, { kind: 'punct', text: '"' });
  }
  tokens.push({ kind: 'punct', text: selfClosing ? '/>' : '>' });
  return tokens;
}

const closeTag = (el: XmlElement): XmlToken[] => [{ kind: 'punct', text: '</' }, { kind: 'tag', text: el.tagName }, { kind: 'punct', text: '>' }];

function leaf(node: Node): XmlToken | null {
  switch (node.nodeType) {
    case TEXT: {
      const t = (node.nodeValue ?? '').trim();
      return t === '' ? null : { kind: 'text', text: escapeText(t) };
    }
    case CDATA:
      return { kind: 'cdata', text: `<![CDATA[${node.nodeValue ?? ''}]]>` };
    case COMMENT:
      return { kind: 'comment', text: `<!--${node.nodeValue ?? ''}-->` };
    case PI:
      return { kind: 'pi', text: `<?${(node as unknown as { target: string }).target} ${node.nodeValue ?? ''}?>` };
    default:
      return null;
  }
}

/** Work left on the explicit stack: a node to print, or the close tag owed to an element. */
type Step = { node: Node; depth: number } | { close: XmlElement; depth: number };

/** Appends the lines of `root` and its subtree; iterative, so the depth of the tree never meets the call stack. */
function walk(root: Node, out: XmlLine[]): void {
  const stack: Step[] = [{ node: root, depth: 0 }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { depth } = step;
    if ('close' in step) {
      out.push({ depth, tokens: closeTag(step.close) });
      continue;
    }
    const node = step.node;
    if (node.nodeType !== ELEMENT) {
      const t = leaf(node);
      if (t) out.push({ depth, tokens: [t] });
      continue;
    }
    const el = node as unknown as XmlElement;
    const children: Node[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT || leaf(c) !== null) children.push(c);
    }
    if (children.length === 0) {
      out.push({ depth, tokens: openTag(el, true) });
      continue;
    }
    const only = children[0] as Node;
    if (children.length === 1 && only.nodeType !== ELEMENT) {
      out.push({ depth, tokens: [...openTag(el, false), leaf(only) as XmlToken, ...closeTag(el)] });
      continue;
    }
    out.push({ depth, tokens: openTag(el, false) });
    stack.push({ close: el, depth });
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node, depth: depth + 1 });
  }
}

/** Pretty-prints XML into lines of tokens. Fails (with the parser's message) on broken XML. */
export function prettyXml(xml: string): ParseResult<XmlLine[]> {
  const doc = parseXml(typeof xml === 'string' ? xml.trim() : '');
  if (!doc.ok) return doc;
  const out: XmlLine[] = [];
  for (let c = doc.value.firstChild; c; c = c.nextSibling) walk(c, out);
  return parsed(out);
}

/** The lines as plain text (tests, copy). */
export function xmlLinesToText(lines: readonly XmlLine[], indent = '  '): string {
  return lines.map((l) => indent.repeat(l.depth) + l.tokens.map((t) => t.text).join('')).join('\n');
}
