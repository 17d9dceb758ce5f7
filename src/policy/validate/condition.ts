/**
 * Condition blocks: operator → key → value or values. The operators come from the evaluator's
 * table (parseOperatorName), and so do the value checks (each operator's checkPolicyValue).
 */
import { parseOperatorName, type OperatorName } from '../conditions/operator-name';
import type { JsonObject, JsonString, JsonValueNode } from '../language/json-ast';
import { editDistance, lookupConditionKey, type KeyType } from '../language/keys';
import { allOperatorNames, FAMILY_KEY_TYPES } from '../language/operators';
import { describeNode, type Ctx } from './nodes';

/** One key of one operator, with its scalar value nodes. */
export interface ConditionEntry {
  operator: JsonString;
  parsed: OperatorName;
  key: JsonString;
  values: (JsonValueNode & { type: 'string' | 'number' | 'boolean' })[];
}

type Scalar = ConditionEntry['values'][number];
const isScalar = (n: JsonValueNode): n is Scalar => n.type === 'string' || n.type === 'number' || n.type === 'boolean';

/** The well-formed entries of a Condition object (malformed parts are skipped; checkCondition reports them). */
export function conditionEntries(condition: JsonValueNode | undefined): ConditionEntry[] {
  if (condition?.type !== 'object') return [];
  const out: ConditionEntry[] = [];
  for (const op of condition.properties) {
    if (op.value?.type !== 'object') continue;
    const parsed = parseOperatorName(op.key.value);
    for (const k of op.value.properties) {
      const v = k.value;
      if (!v) continue;
      const values = v.type === 'array' ? v.items.filter(isScalar) : isScalar(v) ? [v] : [];
      out.push({ operator: op.key, parsed, key: k.key, values });
    }
  }
  return out;
}

const OPERATOR_NAMES = allOperatorNames();

/** A spelling suggestion for an unknown operator, unless the evaluator's message already has one. */
function nearOperator(name: string, error: string): string {
  if (error.includes('did you mean') || error.includes('cannot take')) return '';
  const lower = name.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const candidate of OPERATOR_NAMES) {
    const d = editDistance(lower, candidate.toLowerCase(), 2);
    if (d <= 2 && (!best || d < best.d)) best = { name: candidate, d };
  }
  return best ? ` (did you mean "${best.name}"?)` : '';
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const SUGGESTED_OPERATOR: Record<KeyType, string> = {
  String: 'StringEquals or StringLike',
  ARN: 'ArnLike or ArnEquals',
  Numeric: 'NumericLessThan and the other Numeric operators',
  Date: 'DateGreaterThan and the other Date operators',
  Bool: 'Bool',
  IP: 'IpAddress or NotIpAddress',
  Binary: 'BinaryEquals',
};

function checkKeyName(key: JsonString, ctx: Ctx): ReturnType<typeof lookupConditionKey> | undefined {
  const name = key.value;
  const colon = name.indexOf(':');
  if (colon <= 0 || colon === name.length - 1) {
    ctx.out.error('condition-key-format', `"${name}" is not a condition key: keys are written prefix:name, such as aws:SourceIp or sts:ExternalId`, key);
    return undefined;
  }
  const found = lookupConditionKey(name);
  if (!found.known && found.prefix === 'aws') {
    const hint = 'suggestion' in found && found.suggestion ? ` (did you mean "${found.suggestion}"?)` : '';
    ctx.out.error('unknown-global-key', `"${name}" is not a global condition key${hint}`, key);
  } else if (!found.known && found.prefix === 'sts') {
    const hint = 'suggestion' in found && found.suggestion ? ` (did you mean "${found.suggestion}"?)` : '';
    ctx.out.warning('unknown-sts-key', `"${name}" is not an STS condition key${hint}`, key);
  }
  return found;
}

function checkEntry(entry: ConditionEntry, found: ReturnType<typeof lookupConditionKey> | undefined, ctx: Ctx): void {
  const { parsed, key } = entry;
  if (!parsed.ok) return;
  const { def } = parsed;
  for (const v of entry.values) {
    const text = String(v.value);
    if (def.variables && text.includes('${')) {
      if (!ctx.variables) ctx.out.warning('policy-variable-old-version', `"${text}" uses a policy variable, which works only with "Version": "2012-10-17"; here it is plain text`, v);
      continue;
    }
    const problem = def.checkPolicyValue?.(text);
    if (problem) ctx.out.error('condition-value', `${capitalize(problem)}, so ${parsed.name} never matches it`, v);
  }
  if (!found?.known) return;
  const info = found.info;
  const fits = FAMILY_KEY_TYPES[def.family];
  if (fits && !info.types.some((t) => fits.includes(t))) {
    const keyType = info.types[0] as KeyType;
    ctx.out.warning('condition-key-type', `${key.value} holds ${keyType === 'IP' ? 'IP addresses' : `${keyType} values`}, but ${parsed.name} compares ${def.family === 'IpAddress' ? 'IP addresses' : `${def.family} values`}; use ${SUGGESTED_OPERATOR[keyType]}`, entry.operator);
  }
  if (def.family === 'Null') return;
  // SAML attributes are not consistently documented as single- or multivalued: no advice either way.
  if (info.scope === 'saml') return;
  if (info.multivalued && !parsed.qualifier) {
    ctx.out.warning('multivalued-key-without-set-operator', `${key.value} can hold several values: use ForAnyValue:${parsed.name} (any value matches) or ForAllValues:${parsed.name} (every value matches)`, key);
  } else if (!info.multivalued && parsed.qualifier && info.scope !== 'oidc') {
    ctx.out.warning('set-operator-single-valued-key', `${key.value} has a single value: ${parsed.qualifier}: is meant for multivalued keys and can make the condition looser than it reads; use ${parsed.name.slice(parsed.qualifier.length + 1)}`, entry.operator);
  }
}

export function checkCondition(node: JsonValueNode, ctx: Ctx): void {
  const { out } = ctx;
  if (node.type !== 'object') {
    out.error('condition-type', `Condition must be an object of operators, such as {"StringEquals": {"sts:ExternalId": "..."}}, found ${describeNode(node)}`, node);
    return;
  }
  for (const op of node.properties) {
    const parsed = parseOperatorName(op.key.value);
    if (!parsed.ok) out.error('condition-operator', capitalize(parsed.error) + nearOperator(op.key.value, parsed.error), op.key);
    const block = op.value;
    if (!block) continue;
    if (block.type !== 'object') {
      out.error('condition-block-type', `${op.key.value} must map condition keys to values, such as {"aws:SourceIp": "203.0.113.0/24"}, found ${describeNode(block)}`, block);
      continue;
    }
    if (block.properties.length === 0) out.warning('condition-empty', `${op.key.value} names no condition key, so it tests nothing`, block);
    checkKeys(block, parsed, op.key, ctx);
  }
}

function checkKeys(block: JsonObject, parsed: OperatorName, operator: JsonString, ctx: Ctx): void {
  for (const k of block.properties) {
    const found = checkKeyName(k.key, ctx);
    const v = k.value;
    if (!v) continue;
    const values: Scalar[] = [];
    if (v.type === 'array') {
      if (v.items.length === 0) ctx.out.error('condition-value-type', `The values of ${k.key.value} must not be an empty list`, v);
      for (const item of v.items) {
        if (isScalar(item)) values.push(item);
        else ctx.out.error('condition-value-type', `Each value of ${k.key.value} must be a string, number or Boolean, found ${describeNode(item)}`, item);
      }
    } else if (isScalar(v)) values.push(v);
    else ctx.out.error('condition-value-type', `The value of ${k.key.value} must be a string, number, Boolean or a list of them, found ${describeNode(v)}`, v);
    checkEntry({ operator, parsed, key: k.key, values }, found, ctx);
  }
}
