/** Small helpers over the positioned JSON tree, shared by the validator's rules. */
import type { JsonNode, JsonObject, JsonString, JsonValueNode } from '../language/json-ast';
import { editDistance } from '../language/keys';
import type { EditorPolicyKind, MarkerSink } from './marker';

export interface Ctx {
  kind: EditorPolicyKind;
  out: MarkerSink;
  /** Policy variables are active (Version is "2012-10-17"). */
  variables: boolean;
}

/** "a number", "an object", "the string "x"" — for messages. */
export function describeNode(node: JsonValueNode | undefined): string {
  if (!node) return 'nothing';
  switch (node.type) {
    case 'string':
      return `the string ${JSON.stringify(node.value)}`;
    case 'number':
      return `the number ${node.value}`;
    case 'boolean':
      return `${node.value}`;
    case 'null':
      return 'null';
    case 'array':
      return 'a list';
    default:
      return 'an object';
  }
}

/** An unknown element name: with a hint when it is a case or spelling slip of an allowed one. */
export function unknownElement(key: string, allowed: readonly string[], where: string): string {
  const near = allowed.find((a) => a.toLowerCase() === key.toLowerCase()) ?? allowed.find((a) => editDistance(a.toLowerCase(), key.toLowerCase(), 2) <= 2);
  if (near) return `Unknown element "${key}" in ${where}: did you mean "${near}"?${near.toLowerCase() === key.toLowerCase() ? ' Element names are case-sensitive.' : ''}`;
  return `Unknown element "${key}" in ${where}; allowed: ${allowed.join(', ')}`;
}

/**
 * The strings of a "string or list of strings" element (Action, Resource, a Principal type…),
 * reporting anything else. Returns the string nodes that can be checked further.
 */
export function stringItems(node: JsonValueNode | undefined, ctx: Ctx, element: string): JsonString[] {
  if (!node) return [];
  if (node.type === 'string') return [node];
  if (node.type !== 'array') {
    ctx.out.error('element-type', `${element} must be a string or a list of strings, found ${describeNode(node)}`, node);
    return [];
  }
  if (node.items.length === 0) ctx.out.error('element-empty', `${element} must not be an empty list`, node);
  const out: JsonString[] = [];
  for (const item of node.items) {
    if (item.type === 'string') out.push(item);
    else ctx.out.error('element-type', `Each entry of ${element} must be a string, found ${describeNode(item)}`, item);
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
