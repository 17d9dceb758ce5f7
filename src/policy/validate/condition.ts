/**
 * Condition blocks: operator → key → value or values. The operators come from the evaluator's
 * table (parseOperatorName), and so do the value checks (each operator's checkPolicyValue).
 */
import type { Message } from '../../kernel/message';
import { parseOperatorName, type OperatorName } from '../conditions/operator-name';
import type { JsonObject, JsonString, JsonValueNode } from '../language/json-ast';
import { editDistance, lookupConditionKey, type KeyType } from '../language/keys';
import { allOperatorNames, FAMILY_KEY_TYPES } from '../language/operators';
import { withParts } from '../message-parts';
import type { OperatorDef } from '../conditions/types';
import { found, variableWithoutVersion, type Ctx } from './nodes';

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

/** The known operator nearest to an unknown one (within two edits). */
function nearOperator(name: string): string | undefined {
  const lower = name.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const candidate of OPERATOR_NAMES) {
    const d = editDistance(lower, candidate.toLowerCase(), 2);
    if (d <= 2 && (!best || d < best.d)) best = { name: candidate, d };
  }
  return best?.name;
}

/** Why an operator name is not one, with a spelling suggestion where the reason has none of its own. */
function operatorProblem(parsed: Extract<OperatorName, { ok: false }>): Message {
  const op = parsed.name;
  switch (parsed.reason) {
    case 'null-if-exists':
      return /*i18n*/ { id: 'policy.marker.operatorNullIfExists', message: '"{op}": Null cannot take IfExists (Null itself tests whether the key exists)', values: { op }, verbatim: ['op'] };
    case 'null-qualifier':
      return /*i18n*/ { id: 'policy.marker.operatorNullQualifier', message: '"{op}": Null cannot take a {qualifier} prefix', values: { op, qualifier: op.slice(0, op.indexOf(':') + 1) }, verbatim: ['op', 'qualifier'] };
    default:
  }
  if (parsed.suggestion !== undefined) {
    const suggestion = parsed.suggestion;
    return /*i18n*/ { id: 'policy.marker.operatorCase', message: 'Unknown condition operator "{op}" (did you mean "{suggestion}"? operator names are case-sensitive)', values: { op, suggestion }, verbatim: ['op', 'suggestion'] };
  }
  const near = nearOperator(op);
  if (parsed.reason === 'prefix') {
    return near
      ? /*i18n*/ { id: 'policy.marker.operatorPrefixNear', message: 'Unknown condition operator "{op}": the only prefixes are "ForAnyValue:" and "ForAllValues:" (did you mean "{near}"?)', values: { op, near }, verbatim: ['op', 'near'] }
      : /*i18n*/ { id: 'policy.marker.operatorPrefix', message: 'Unknown condition operator "{op}": the only prefixes are "ForAnyValue:" and "ForAllValues:"', values: { op }, verbatim: ['op'] };
  }
  return near
    ? /*i18n*/ { id: 'policy.marker.operatorUnknownNear', message: 'Unknown condition operator "{op}" (did you mean "{near}"?)', values: { op, near }, verbatim: ['op', 'near'] }
    : /*i18n*/ { id: 'policy.marker.operatorUnknown', message: 'Unknown condition operator "{op}"', values: { op }, verbatim: ['op'] };
}

/** A policy value the operator cannot read: the operator family's own check (one wording, the trace's too). */
function valueProblem(def: OperatorDef, value: string, operator: string): Message | undefined {
  const problem = def.checkPolicyValue?.(value);
  return problem && /*i18n*/ { id: 'policy.marker.valueProblem', message: '{problem}, so {operator} never matches it', values: { problem, operator }, verbatim: ['operator'] };
}

const SUGGESTED_OPERATOR: Record<KeyType, Message> = {
  String: /*i18n*/ { id: 'policy.marker.suggest.string', message: 'StringEquals or StringLike' },
  ARN: /*i18n*/ { id: 'policy.marker.suggest.arn', message: 'ArnLike or ArnEquals' },
  Numeric: /*i18n*/ { id: 'policy.marker.suggest.numeric', message: 'NumericLessThan and the other Numeric operators' },
  Date: /*i18n*/ { id: 'policy.marker.suggest.date', message: 'DateGreaterThan and the other Date operators' },
  Bool: /*i18n*/ { id: 'policy.marker.suggest.bool', message: 'Bool' },
  IP: /*i18n*/ { id: 'policy.marker.suggest.ip', message: 'IpAddress or NotIpAddress' },
  Binary: /*i18n*/ { id: 'policy.marker.suggest.binary', message: 'BinaryEquals' },
};

/** "IP addresses", "String values": what a key holds or an operator compares. */
function valuesOfType(type: string): Message {
  if (type === 'IP' || type === 'IpAddress') return /*i18n*/ { id: 'policy.marker.type.ip', message: 'IP addresses' };
  return /*i18n*/ { id: 'policy.marker.type.values', message: '{type} values', values: { type }, verbatim: ['type'] };
}

function checkKeyName(key: JsonString, ctx: Ctx): ReturnType<typeof lookupConditionKey> | undefined {
  const name = key.value;
  const colon = name.indexOf(':');
  if (colon <= 0 || colon === name.length - 1) {
    ctx.out.error('condition-key-format', /*i18n*/ { id: 'policy.marker.conditionKeyFormat', message: '"{key}" is not a condition key: keys are written prefix:name, such as aws:SourceIp or sts:ExternalId', values: { key: name }, verbatim: ['key'] }, key);
    return undefined;
  }
  const known = lookupConditionKey(name);
  const near = !known.known && 'suggestion' in known && known.suggestion ? known.suggestion : undefined;
  if (!known.known && known.prefix === 'aws') {
    const message: Message = near
      ? /*i18n*/ { id: 'policy.marker.unknownGlobalKeyNear', message: '"{key}" is not a global condition key (did you mean "{near}"?)', values: { key: name, near }, verbatim: ['key', 'near'] }
      : /*i18n*/ { id: 'policy.marker.unknownGlobalKey', message: '"{key}" is not a global condition key', values: { key: name }, verbatim: ['key'] };
    ctx.out.error('unknown-global-key', message, key);
  } else if (!known.known && known.prefix === 'sts') {
    const message: Message = near
      ? /*i18n*/ { id: 'policy.marker.unknownStsKeyNear', message: '"{key}" is not an STS condition key (did you mean "{near}"?)', values: { key: name, near }, verbatim: ['key', 'near'] }
      : /*i18n*/ { id: 'policy.marker.unknownStsKey', message: '"{key}" is not an STS condition key', values: { key: name }, verbatim: ['key'] };
    ctx.out.warning('unknown-sts-key', message, key);
  }
  return known;
}

function checkEntry(entry: ConditionEntry, lookup: ReturnType<typeof lookupConditionKey> | undefined, ctx: Ctx): void {
  const { parsed, key } = entry;
  if (!parsed.ok) return;
  const { def } = parsed;
  for (const v of entry.values) {
    const text = String(v.value);
    if (def.variables && text.includes('${')) {
      if (!ctx.variables) ctx.out.warning('policy-variable-old-version', variableWithoutVersion(text), v);
      continue;
    }
    const problem = valueProblem(def, text, parsed.name);
    if (problem) ctx.out.error('condition-value', problem, v);
  }
  if (!lookup?.known) return;
  const info = lookup.info;
  const fits = FAMILY_KEY_TYPES[def.family];
  if (fits && !info.types.some((t) => fits.includes(t))) {
    const keyType = info.types[0] as KeyType;
    const message = withParts(/*i18n*/ { id: 'policy.marker.keyType', message: '{key} holds {held}, but {operator} compares {compared}; use {suggested}', values: { key: key.value, operator: parsed.name }, verbatim: ['key', 'operator'] }, {
      held: valuesOfType(keyType),
      compared: valuesOfType(def.family),
      suggested: SUGGESTED_OPERATOR[keyType],
    });
    ctx.out.warning('condition-key-type', message, entry.operator);
  }
  if (def.family === 'Null') return;
  // SAML attributes are not consistently documented as single- or multivalued: no advice either way.
  if (info.scope === 'saml') return;
  if (info.multivalued && !parsed.qualifier) {
    const message = /*i18n*/ {
      id: 'policy.marker.multivalued',
      message: '{key} can hold several values: use {anyValue} (any value matches) or {allValues} (every value matches)',
      values: { key: key.value, anyValue: `ForAnyValue:${parsed.name}`, allValues: `ForAllValues:${parsed.name}` },
      verbatim: ['key', 'anyValue', 'allValues'],
    };
    ctx.out.warning('multivalued-key-without-set-operator', message, key);
  } else if (!info.multivalued && parsed.qualifier && info.scope !== 'oidc') {
    const message = /*i18n*/ {
      id: 'policy.marker.singleValued',
      message: '{key} has a single value: {qualifier} is meant for multivalued keys and can make the condition looser than it reads; use {operator}',
      values: { key: key.value, qualifier: `${parsed.qualifier}:`, operator: parsed.name.slice(parsed.qualifier.length + 1) },
      verbatim: ['key', 'qualifier', 'operator'],
    };
    ctx.out.warning('set-operator-single-valued-key', message, entry.operator);
  }
}

export function checkCondition(node: JsonValueNode, ctx: Ctx): void {
  const { out } = ctx;
  if (node.type !== 'object') {
    const example = '{"StringEquals": {"sts:ExternalId": "..."}}';
    out.error('condition-type', found(/*i18n*/ { id: 'policy.marker.conditionType', message: 'Condition must be an object of operators, such as {example}, found {found}', values: { example }, verbatim: ['example'] }, node), node);
    return;
  }
  for (const op of node.properties) {
    const parsed = parseOperatorName(op.key.value);
    if (!parsed.ok) out.error('condition-operator', operatorProblem(parsed), op.key);
    const block = op.value;
    if (!block) continue;
    if (block.type !== 'object') {
      const example = '{"aws:SourceIp": "203.0.113.0/24"}';
      const message = /*i18n*/ { id: 'policy.marker.conditionBlockType', message: '{operator} must map condition keys to values, such as {example}, found {found}', values: { operator: op.key.value, example }, verbatim: ['operator', 'example'] };
      out.error('condition-block-type', found(message, block), block);
      continue;
    }
    if (block.properties.length === 0) out.warning('condition-empty', /*i18n*/ { id: 'policy.marker.conditionEmpty', message: '{operator} names no condition key, so it tests nothing', values: { operator: op.key.value }, verbatim: ['operator'] }, block);
    checkKeys(block, parsed, op.key, ctx);
  }
}

function checkKeys(block: JsonObject, parsed: OperatorName, operator: JsonString, ctx: Ctx): void {
  for (const k of block.properties) {
    const lookup = checkKeyName(k.key, ctx);
    const v = k.value;
    if (!v) continue;
    const values: Scalar[] = [];
    if (v.type === 'array') {
      if (v.items.length === 0) ctx.out.error('condition-value-type', /*i18n*/ { id: 'policy.marker.conditionValuesEmpty', message: 'The values of {key} must not be an empty list', values: { key: k.key.value }, verbatim: ['key'] }, v);
      for (const item of v.items) {
        if (isScalar(item)) values.push(item);
        else ctx.out.error('condition-value-type', found(/*i18n*/ { id: 'policy.marker.conditionItemType', message: 'Each value of {key} must be a string, number or Boolean, found {found}', values: { key: k.key.value }, verbatim: ['key'] }, item), item);
      }
    } else if (isScalar(v)) values.push(v);
    else ctx.out.error('condition-value-type', found(/*i18n*/ { id: 'policy.marker.conditionValueType', message: 'The value of {key} must be a string, number, Boolean or a list of them, found {found}', values: { key: k.key.value }, verbatim: ['key'] }, v), v);
    checkEntry({ operator, parsed, key: k.key, values }, lookup, ctx);
  }
}
