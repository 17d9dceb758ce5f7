/**
 * Context-aware completion for the policy editor: what fits at the cursor (a top-level element, a
 * statement element, an Effect, an action, a condition operator, a condition key, a value), found
 * from the JSON path at the offset. Items are plain data; the Monaco wiring maps them.
 */
import { allActions, SERVICES, TRUST_POLICY_ACTIONS } from './actions';
import { locationAt, type JsonLocation } from './json-location';
import type { EditorPolicyKind } from './kind';
import { ALL_CONDITION_KEYS, OIDC_KEY_SUFFIXES, OIDC_PROVIDER_PREFIXES, lookupConditionKey, type ConditionKeyInfo } from './keys';
import { allOperatorNames, describeOperator, FAMILY_KEY_TYPES } from './operators';
import { escapeSnippet, SNIPPETS } from './snippets';
import { templatesFor } from './templates';
import { AWS_PRINCIPALS, BOOLEAN_VALUES, FEDERATED_PRINCIPALS, KEY_VALUES, NULL_VALUES, RESOURCE_TEMPLATES, SERVICE_PRINCIPALS, type ValueSuggestion } from './values';
import { ELEMENT_DOCS, PRINCIPAL_TYPE_DOCS, TOP_LEVEL_DOCS } from './element-docs';

export { hoverAt, type PolicyHover } from './hover';

export interface CompletionItem {
  label: string;
  insertText: string;
  kind: 'keyword' | 'operator' | 'key' | 'action' | 'value' | 'snippet';
  detail: string;
  documentation: string;
  insertTextRules?: 'snippet';
  /** The text the item replaces: the whole string or word under the cursor (quotes included), or an empty range at the cursor. */
  range: { startOffset: number; endOffset: number };
  /** What the editor should filter on: the label as it would appear in that range (with its opening quote when the range starts with one). */
  filterText: string;
  /** Orders items before the editor's own fuzzy ranking. */
  sortText: string;
}

interface Ctx {
  loc: JsonLocation;
  kind: EditorPolicyKind;
}

function item(ctx: Ctx, label: string, kind: CompletionItem['kind'], detail: string, documentation: string, insert: { text: string; snippet?: boolean }, sort = 1): CompletionItem {
  const { loc } = ctx;
  return {
    label,
    insertText: insert.text,
    kind,
    detail,
    documentation,
    ...(insert.snippet ? { insertTextRules: 'snippet' as const } : {}),
    range: { startOffset: loc.replaceStart, endOffset: loc.replaceEnd },
    filterText: loc.inString ? `"${label}` : label,
    sortText: `${sort}_${label}`,
  };
}

/** A JSON string value. */
function valueItem(ctx: Ctx, value: string, kind: CompletionItem['kind'], detail: string, doc: string, sort = 1): CompletionItem {
  return item(ctx, value, kind, detail, doc, { text: JSON.stringify(value) }, sort);
}

/** A property name, with ': ' and a value placeholder when the colon is not there yet. */
function keyItem(ctx: Ctx, key: string, kind: CompletionItem['kind'], detail: string, doc: string, valueSnippet = '"$1"', sort = 1): CompletionItem {
  const quoted = JSON.stringify(key);
  if (ctx.loc.nextChar === ':') return item(ctx, key, kind, detail, doc, { text: quoted }, sort);
  return item(ctx, key, kind, detail, doc, { text: `${escapeSnippet(quoted)}: ${valueSnippet}`, snippet: true }, sort);
}

const STATEMENT_VALUE_SNIPPETS: Record<string, string> = {
  Effect: '"${1|Allow,Deny|}"',
  Principal: '{"${1|AWS,Service,Federated|}": "$2"}',
  NotPrincipal: '{"AWS": "$1"}',
  Action: '"$1"',
  NotAction: '"$1"',
  Resource: '"$1"',
  NotResource: '"$1"',
  Condition: '{"$1": {"$2": "$3"}}',
  Sid: '"$1"',
};

function topLevel(ctx: Ctx): CompletionItem[] {
  const values: Record<string, string> = { Version: '"2012-10-17"', Id: '"$1"', Statement: '[\n\t$0\n]' };
  return Object.entries(TOP_LEVEL_DOCS)
    .filter(([k]) => !ctx.loc.siblingKeys.includes(k))
    .map(([k, doc], i) => keyItem(ctx, k, 'keyword', 'policy element', doc, values[k], i));
}

function statementKeys(ctx: Ctx): CompletionItem[] {
  const present = new Set(ctx.loc.siblingKeys);
  const order = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
  const fits = (k: string): boolean => {
    if (present.has(k)) return false;
    if (k.includes('Principal')) return ctx.kind === 'trust' || ctx.kind === 'resource';
    if (k.includes('Resource')) return ctx.kind !== 'trust';
    const twin = k.startsWith('Not') ? k.slice(3) : `Not${k}`;
    return !present.has(twin);
  };
  return order.filter(fits).map((k, i) => keyItem(ctx, k, 'keyword', 'statement element', ELEMENT_DOCS[k] ?? '', STATEMENT_VALUE_SNIPPETS[k], i));
}

function statementSnippets(ctx: Ctx, wrapInList: boolean): CompletionItem[] {
  return SNIPPETS.filter((s) => s.kinds.includes(ctx.kind)).map((s) => {
    const body = wrapInList ? `[\n${s.body}\n]` : s.body;
    return { ...item(ctx, s.label, 'snippet', 'statement', s.description, { text: body, snippet: true }, 0), filterText: ctx.loc.inString ? `"${s.label}` : s.label };
  });
}

function actionItems(ctx: Ctx): CompletionItem[] {
  if (ctx.kind === 'trust') {
    return TRUST_POLICY_ACTIONS.map((a) => valueItem(ctx, `sts:${a}`, 'action', 'AWS Security Token Service', allActions().find((x) => x.action === `sts:${a}`)?.doc ?? ''));
  }
  const items = allActions().map((a) => valueItem(ctx, a.action, 'action', a.serviceTitle, a.doc, a.service === 'sts' ? 1 : 2));
  for (const s of SERVICES) items.push(valueItem(ctx, `${s.prefix}:*`, 'action', s.title, `Every ${s.title} action.`, 3));
  items.push(valueItem(ctx, '*', 'action', 'every action', 'Every action of every service.', 4));
  return items;
}

function suggestions(ctx: Ctx, list: ValueSuggestion[], detail: string): CompletionItem[] {
  return list.map((v, i) => valueItem(ctx, v.value, 'value', detail, v.doc, i < 10 ? 1 : 2));
}

function operatorItems(ctx: Ctx): CompletionItem[] {
  const present = new Set(ctx.loc.siblingKeys);
  return allOperatorNames()
    .filter((name) => !present.has(name))
    .map((name) => {
      const d = describeOperator(name);
      const sort = name.includes(':') ? 3 : name.endsWith('IfExists') ? 2 : 1;
      return keyItem(ctx, name, 'operator', `condition operator · ${d?.valueType ?? ''}`, [d?.doc, ...(d?.notes ?? [])].filter(Boolean).join(' '), '{"$1": "$2"}', sort);
    });
}

function conditionKeyItems(ctx: Ctx, operator: string): CompletionItem[] {
  const op = describeOperator(operator);
  const fits = op ? FAMILY_KEY_TYPES[op.family] : null;
  const present = new Set(ctx.loc.siblingKeys.map((k) => k.toLowerCase()));
  const rank = (k: ConditionKeyInfo): number => {
    const typeFits = !fits || k.types.some((t) => fits.includes(t));
    const relevant = ctx.kind === 'trust' ? k.scope !== 'global' : k.scope === 'global';
    return (typeFits ? 0 : 2) + (relevant ? 1 : 2);
  };
  const keyDetail = (k: ConditionKeyInfo): string => `${k.types.join(' | ')}${k.multivalued ? ', multivalued' : ''}`;
  const out: CompletionItem[] = [];
  for (const k of ALL_CONDITION_KEYS) {
    if (present.has(k.name.toLowerCase())) continue;
    if (k.tagKey) {
      const quoted = `"${k.name}\${1:tag-key}"`;
      const text = ctx.loc.nextChar === ':' ? quoted : `${quoted}: "$2"`;
      out.push(item(ctx, `${k.name}tag-key`, 'key', keyDetail(k), k.doc, { text, snippet: true }, rank(k)));
    } else out.push(keyItem(ctx, k.name, 'key', keyDetail(k), k.doc, '"$1"', rank(k)));
  }
  if (ctx.kind === 'trust' || ctx.kind === 'resource') {
    for (const provider of OIDC_PROVIDER_PREFIXES) {
      for (const s of OIDC_KEY_SUFFIXES.slice(0, 4)) {
        const name = `${provider}${s.name}`;
        if (!present.has(name.toLowerCase())) out.push(keyItem(ctx, name, 'key', `web identity · ${keyDetail(s)}`, s.doc, '"$1"', rank(s)));
      }
    }
  }
  return out;
}

function conditionValueItems(ctx: Ctx, operator: string, key: string): CompletionItem[] {
  const op = describeOperator(operator);
  if (op?.family === 'Null') return suggestions(ctx, NULL_VALUES, 'Null');
  if (op?.family === 'Bool') return suggestions(ctx, BOOLEAN_VALUES, 'Bool');
  const known = KEY_VALUES[key.toLowerCase()];
  if (known) return suggestions(ctx, known, key);
  const found = lookupConditionKey(key);
  return found.known && found.info.types.includes('Bool') ? suggestions(ctx, BOOLEAN_VALUES, key) : [];
}

/** Completion items for the cursor at `offset`. Never throws; returns [] where nothing fits. */
export function completionsAt(text: string, offset: number, kind: EditorPolicyKind): CompletionItem[] {
  if (typeof text !== 'string') return [];
  const loc = locationAt(text, Math.max(0, Math.min(offset, text.length)));
  const ctx: Ctx = { loc, kind };
  const { path, position } = loc;
  if (position === 'none') return [];

  if (path.length === 0) {
    if (position === 'key') return topLevel(ctx);
    // An empty editor: whole starter policies.
    return templatesFor(kind).map((t, i) => item(ctx, t.label.message, 'snippet', 'starter policy', t.description.message, { text: escapeSnippet(t.text), snippet: true }, i));
  }
  if (path[0] === 'Version' && path.length === 1) return position === 'value' ? [valueItem(ctx, '2012-10-17', 'value', 'current policy language', TOP_LEVEL_DOCS.Version ?? '')] : [];
  if (path[0] !== 'Statement') return [];
  // ["Statement"]: the value of Statement, or the keys of a lone statement object.
  if (path.length === 1) return position === 'value' ? statementSnippets(ctx, true) : statementKeys(ctx);

  // The statement object: ["Statement"] for a lone object (position key), or ["Statement", n].
  const inList = typeof path[1] === 'number';
  const rest = path.slice(inList ? 2 : 1);
  if (rest.length === 0) return position === 'key' ? statementKeys(ctx) : inList ? statementSnippets(ctx, false) : [];

  const [element, a, b] = rest;
  if (element === 'Effect' && rest.length === 1 && position === 'value') {
    return [valueItem(ctx, 'Allow', 'keyword', 'Effect', 'The statement grants access.'), valueItem(ctx, 'Deny', 'keyword', 'Effect', 'The statement denies access; an explicit Deny always wins.')];
  }
  if (element === 'Action' || element === 'NotAction') return position === 'value' && rest.length <= 2 ? actionItems(ctx) : [];
  if (element === 'Resource' || element === 'NotResource') return position === 'value' && rest.length <= 2 ? suggestions(ctx, RESOURCE_TEMPLATES, 'resource') : [];
  if (element === 'Principal' || element === 'NotPrincipal') {
    if (rest.length === 1 && position === 'key') {
      return Object.entries(PRINCIPAL_TYPE_DOCS).filter(([t]) => !loc.siblingKeys.includes(t)).map(([t, doc]) => keyItem(ctx, t, 'keyword', 'principal type', doc));
    }
    if (rest.length === 1) return [valueItem(ctx, '*', 'value', 'everyone', 'Every principal, in any account: add a Condition.')];
    if (position !== 'value' || rest.length > 3) return [];
    if (a === 'Service') return suggestions(ctx, SERVICE_PRINCIPALS, 'service principal');
    if (a === 'Federated') return suggestions(ctx, FEDERATED_PRINCIPALS, 'identity provider');
    if (a === 'AWS') return suggestions(ctx, AWS_PRINCIPALS, 'AWS principal');
    return [];
  }
  if (element === 'Condition') {
    if (rest.length === 1) return position === 'key' ? operatorItems(ctx) : [];
    if (rest.length === 2 && position === 'key' && typeof a === 'string') return conditionKeyItems(ctx, a);
    if ((rest.length === 3 || rest.length === 4) && position === 'value' && typeof a === 'string' && typeof b === 'string') return conditionValueItems(ctx, a, b);
  }
  return [];
}
