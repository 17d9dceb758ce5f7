/** One-line docs on hover: policy elements, operators, condition keys and actions. */
import { actionsMatching, findAction } from './actions';
import { ELEMENT_DOCS, PRINCIPAL_TYPE_DOCS, TOP_LEVEL_DOCS } from './element-docs';
import { nodeAt, parseJsonAst, pathOf, type JsonString } from './json-ast';
import { LineIndex } from './json-scan';
import type { EditorPolicyKind } from './kind';
import { lookupConditionKey } from './keys';
import { describeOperator } from './operators';

export interface PolicyHover {
  /** Markdown: a bold title line and the doc. */
  contents: string;
  range: { startOffset: number; endOffset: number; line: number; column: number; endLine: number; endColumn: number };
}

const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;

function keyHover(name: string): string | undefined {
  const found = lookupConditionKey(name);
  if (!found.known) return undefined;
  const k = found.info;
  const kind = k.scope === 'oidc' ? 'web identity key' : k.scope === 'saml' ? 'SAML key' : k.scope === 'sts' ? 'STS key' : 'global condition key';
  return `**${code(name)}** — ${kind} · ${k.types.join(' | ')}${k.multivalued ? ', multivalued (use ForAnyValue:/ForAllValues:)' : ''}\n\n${k.doc}`;
}

function actionHover(value: string): string | undefined {
  const exact = findAction(value);
  if (exact) return `**${code(exact.action)}** — ${exact.serviceTitle}\n\n${exact.doc}`;
  if (!value.includes('*') && !value.includes('?')) return undefined;
  const matches = actionsMatching(value);
  if (matches.length === 0) return undefined;
  const shown = matches.slice(0, 8).map((m) => m.action).join(', ');
  return `**${code(value)}** — matches ${matches.length} known action${matches.length === 1 ? '' : 's'}\n\n${shown}${matches.length > 8 ? ', …' : ''}`;
}

function docFor(node: JsonString, path: (string | number)[], isKey: boolean): string | undefined {
  const names = path.filter((p): p is string => typeof p === 'string');
  const last = names[names.length - 1];
  const inStatement = path[0] === 'Statement';
  if (isKey) {
    if (path.length === 1) return TOP_LEVEL_DOCS[node.value] && `**${node.value}**\n\n${TOP_LEVEL_DOCS[node.value]}`;
    const parent = names[names.length - 2];
    if (inStatement && names.length === 2 && ELEMENT_DOCS[node.value]) return `**${node.value}**\n\n${ELEMENT_DOCS[node.value]}`;
    if (parent === 'Principal' || parent === 'NotPrincipal') return PRINCIPAL_TYPE_DOCS[node.value] && `**${node.value}** principal\n\n${PRINCIPAL_TYPE_DOCS[node.value]}`;
    if (parent === 'Condition') {
      const op = describeOperator(node.value);
      return op && `**${code(op.full)}** — condition operator · ${op.valueType}\n\n${[op.doc, ...op.notes].join(' ')}`;
    }
    if (names[names.length - 3] === 'Condition') return keyHover(node.value);
    return undefined;
  }
  const element = inStatement ? names[1] : names[0];
  if (element === 'Action' || element === 'NotAction') return actionHover(node.value);
  if (element === 'Effect') return node.value === 'Deny' ? '**Deny** — an explicit Deny overrides every Allow.' : node.value === 'Allow' ? '**Allow** — grants access unless a Deny applies.' : undefined;
  if (element === 'Version' && path.length === 1) return `**Version**\n\n${TOP_LEVEL_DOCS.Version}`;
  if (element === 'Condition' && last !== undefined && names.length >= 4) return keyHover(names[3] as string);
  return undefined;
}

/** The hover for the key or string value at `offset`, or null. Never throws. */
export function hoverAt(text: string, offset: number, kind: EditorPolicyKind): PolicyHover | null {
  void kind; // the docs are the same for every kind today; kept for a stable signature
  if (typeof text !== 'string') return null;
  const { root } = parseJsonAst(text);
  const node = nodeAt(root, offset);
  if (node?.type !== 'string') return null;
  const isKey = node.parent?.type === 'property' && node.parent.key === node;
  const contents = docFor(node, pathOf(node), isKey);
  if (!contents) return null;
  const lines = new LineIndex(text);
  const a = lines.position(node.start);
  const b = lines.position(node.end);
  return { contents, range: { startOffset: node.start, endOffset: node.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column } };
}
