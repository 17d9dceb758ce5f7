/** Small helpers over the positioned JSON tree, shared by the validator's rules. */
import type { Message } from '../../kernel/message';
import type { JsonNode, JsonObject, JsonString, JsonValueNode } from '../language/json-ast';
import { editDistance } from '../language/keys';
import { withParts } from '../message-parts';
import type { EditorPolicyKind, MarkerSink } from './marker';

export interface Ctx {
  kind: EditorPolicyKind;
  out: MarkerSink;
  /** Policy variables are active (Version is "2012-10-17"). */
  variables: boolean;
}

/** "a number", "an object", "the string "x"" — the part of a message that says what was found. */
function describeNode(node: JsonValueNode | undefined): Message {
  if (!node) return /*i18n*/ { id: 'policy.node.nothing', message: 'nothing' };
  switch (node.type) {
    case 'string':
      return /*i18n*/ { id: 'policy.node.string', message: 'the string {json}', values: { json: JSON.stringify(node.value) }, verbatim: ['json'] };
    case 'number':
      return /*i18n*/ { id: 'policy.node.number', message: 'the number {json}', values: { json: `${node.value}` }, verbatim: ['json'] };
    case 'boolean':
    case 'null':
      return /*i18n*/ { id: 'policy.node.literal', message: '{json}', values: { json: `${node.value}` }, verbatim: ['json'] };
    case 'array':
      return /*i18n*/ { id: 'policy.node.list', message: 'a list' };
    default:
      return /*i18n*/ { id: 'policy.node.object', message: 'an object' };
  }
}

/** "…, found the number 7": a message whose {found} is the node's description. */
export const found = (m: Message, node: JsonValueNode | undefined): Message => withParts(m, { found: describeNode(node) });

/** A value with a policy variable in a policy without "Version": "2012-10-17". */
export function variableWithoutVersion(value: string): Message {
  return /*i18n*/ { id: 'policy.marker.variableOldVersion', message: '"{value}" uses a policy variable, which works only with "Version": "2012-10-17"; here it is plain text', values: { value }, verbatim: ['value'] };
}

/** The allowed element names nearest to `key`: the same name in another case, or one within two edits. */
function nearest(key: string, allowed: readonly string[]): string | undefined {
  return allowed.find((a) => a.toLowerCase() === key.toLowerCase()) ?? allowed.find((a) => editDistance(a.toLowerCase(), key.toLowerCase(), 2) <= 2);
}

/** An unknown element name in the policy or a statement: with a hint when it is a case or spelling slip of an allowed one. */
export function unknownElement(key: string, allowed: readonly string[], where: 'policy' | 'statement'): Message {
  const near = nearest(key, allowed);
  const place = where === 'policy' ? /*i18n*/ { id: 'policy.marker.where.policy', message: 'the policy' } : /*i18n*/ { id: 'policy.marker.where.statement', message: 'a statement' };
  if (near && near.toLowerCase() === key.toLowerCase()) {
    return withParts(/*i18n*/ { id: 'policy.marker.unknownElement.case', message: 'Unknown element "{key}" in {where}: did you mean "{near}"? Element names are case-sensitive.', values: { key, near }, verbatim: ['key', 'near'] }, { where: place });
  }
  if (near) return withParts(/*i18n*/ { id: 'policy.marker.unknownElement.near', message: 'Unknown element "{key}" in {where}: did you mean "{near}"?', values: { key, near }, verbatim: ['key', 'near'] }, { where: place });
  return withParts(/*i18n*/ { id: 'policy.marker.unknownElement', message: 'Unknown element "{key}" in {where}; allowed: {allowed}', values: { key, allowed: allowed.join(', ') }, verbatim: ['key', 'allowed'] }, { where: place });
}

/** An unknown principal type (AWS, Federated, Service, CanonicalUser) in Principal or NotPrincipal. */
export function unknownPrincipalType(key: string, allowed: readonly string[], element: string): Message {
  const near = nearest(key, allowed);
  if (near && near.toLowerCase() === key.toLowerCase()) {
    return /*i18n*/ { id: 'policy.marker.unknownPrincipalType.case', message: 'Unknown principal type "{key}" in {element}: did you mean "{near}"? Element names are case-sensitive.', values: { key, element, near }, verbatim: ['key', 'element', 'near'] };
  }
  if (near) return /*i18n*/ { id: 'policy.marker.unknownPrincipalType.near', message: 'Unknown principal type "{key}" in {element}: did you mean "{near}"?', values: { key, element, near }, verbatim: ['key', 'element', 'near'] };
  return /*i18n*/ { id: 'policy.marker.unknownPrincipalType', message: 'Unknown principal type "{key}" in {element}; allowed: {allowed}', values: { key, element, allowed: allowed.join(', ') }, verbatim: ['key', 'element', 'allowed'] };
}

/**
 * The strings of a "string or list of strings" element (Action, Resource, a Principal type…),
 * reporting anything else. Returns the string nodes that can be checked further.
 */
export function stringItems(node: JsonValueNode | undefined, ctx: Ctx, element: string): JsonString[] {
  if (!node) return [];
  if (node.type === 'string') return [node];
  if (node.type !== 'array') {
    ctx.out.error('element-type', found(/*i18n*/ { id: 'policy.marker.elementType', message: '{element} must be a string or a list of strings, found {found}', values: { element }, verbatim: ['element'] }, node), node);
    return [];
  }
  if (node.items.length === 0) ctx.out.error('element-empty', /*i18n*/ { id: 'policy.marker.elementEmpty', message: '{element} must not be an empty list', values: { element }, verbatim: ['element'] }, node);
  const out: JsonString[] = [];
  for (const item of node.items) {
    if (item.type === 'string') out.push(item);
    else ctx.out.error('element-type', found(/*i18n*/ { id: 'policy.marker.elementItemType', message: 'Each entry of {element} must be a string, found {found}', values: { element }, verbatim: ['element'] }, item), item);
  }
  return out;
}

/** The value of a property of an object, or undefined (last one wins, as in IAM). */
export function valueOf(obj: JsonObject, name: string): JsonValueNode | undefined {
  for (let i = obj.properties.length - 1; i >= 0; i--) {
    const p = obj.properties[i];
    if (p?.key.value === name) return p.value;
  }
  return undefined;
}

/** The key node of a property, for markers about the element itself. */
export function keyOf(obj: JsonObject, name: string): JsonString | undefined {
  for (let i = obj.properties.length - 1; i >= 0; i--) {
    const p = obj.properties[i];
    if (p?.key.value === name) return p.key;
  }
  return undefined;
}

/** A value with its `${...}` policy variables removed, to look for real wildcards. */
function withoutVariables(value: string): string {
  if (!value.includes('${')) return value;
  let out = '';
  let i = 0;
  while (i < value.length) {
    if (value[i] === '$' && value[i + 1] === '{') {
      const close = value.indexOf('}', i + 2);
      if (close < 0) return out + value.slice(i);
      i = close + 1;
      continue;
    }
    out += value[i];
    i++;
  }
  return out;
}

export function hasWildcard(value: string, chars: '*' | '*?' = '*?'): boolean {
  const v = withoutVariables(value);
  return v.includes('*') || (chars === '*?' && v.includes('?'));
}

export type { JsonNode };
