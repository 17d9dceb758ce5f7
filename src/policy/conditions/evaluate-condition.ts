/**
 * Evaluates a statement's Condition block against the request context, one trace entry per
 * operator and key. Operators are ANDed, keys inside an operator are ANDed, and the values for one
 * key are ORed; negated operators are true only when no request value matches any policy value.
 */
import { withNotes, type Message, type MessageList } from '../../kernel/message';
import { contextKey, type RequestContext } from '../context';
import { conditionValueStrings, isPlainObject } from '../lists';
import type { ConditionTrace } from '../trace';
import { substituteVariables } from '../variables';
import { compilePattern } from '../wildcard';
import { parseOperatorName, type OperatorName } from './operator-name';
import type { PreparedValue } from './types';

export interface ConditionOptions {
  /** Policy variables are active (the document's Version is "2012-10-17"). */
  variables: boolean;
}

const q = (s: string): string => JSON.stringify(s);
const quotedList = (xs: string[]): string => xs.map(q).join(', ');
const MAX_LISTED = 5;

/** "a or b or c" for the Null operator's asks. */
function orList(items: Message[]): Message {
  return items.slice(1).reduce<Message>((a, b) => /*i18n*/ ({ id: 'policy.cond.or', message: '{a} or {b}', values: { a, b } }), items[0] as Message);
}

const NULL_ASKS: Record<'absent' | 'present', Message> = {
  absent: /*i18n*/ { id: 'policy.cond.null.absent', message: 'absent' },
  present: /*i18n*/ { id: 'policy.cond.null.present', message: 'present' },
};

function evaluateNull(base: Omit<ConditionTrace, 'result' | 'why'>, values: string[]): ConditionTrace {
  const absent = base.requestValues === null;
  const wants = values.map((v) => v.trim().toLowerCase());
  const result = wants.some((w) => (w === 'true' && absent) || (w === 'false' && !absent));
  const seen = new Set<string>();
  const asked: Message[] = [];
  for (const w of wants) {
    if (seen.has(w)) continue;
    seen.add(w);
    asked.push(w === 'true' ? NULL_ASKS.absent : w === 'false' ? NULL_ASKS.present : /*i18n*/ { id: 'policy.cond.null.unreadable', message: 'unreadable ({value})', values: { value: q(w) }, verbatim: ['value'] });
  }
  const why: Message = /*i18n*/ {
    id: 'policy.cond.null',
    message: '{key} is {state, select, absent {absent} other {present}} in the request; Null {values} asks for it to be {asked}',
    values: { key: base.key, state: absent ? 'absent' : 'present', values: quotedList(values), asked: asked.length > 0 ? orList(asked) : '' },
    verbatim: ['key', 'values'],
  };
  return { ...base, result, why };
}

/** Why an operator name is not one, for the trace (the policy editor words it with spelling suggestions). */
function operatorProblem(op: Extract<OperatorName, { ok: false }>): Message {
  const values = { operator: q(op.name) };
  const verbatim = ['operator'];
  switch (op.reason) {
    case 'prefix':
      return /*i18n*/ { id: 'policy.cond.op.prefix', message: 'unknown condition operator {operator}: the only prefixes are "ForAnyValue:" and "ForAllValues:"', values, verbatim };
    case 'null-if-exists':
      return /*i18n*/ { id: 'policy.cond.op.nullIfExists', message: '{operator}: Null cannot take IfExists (Null itself tests whether the key exists)', values, verbatim };
    case 'null-qualifier':
      return /*i18n*/ { id: 'policy.cond.op.nullQualifier', message: '{operator}: Null cannot take a "ForAnyValue:" or "ForAllValues:" prefix', values, verbatim };
    default:
      return op.suggestion !== undefined
        ? /*i18n*/ { id: 'policy.cond.op.case', message: 'unknown condition operator {operator} (did you mean {suggestion}? operator names are case-sensitive)', values: { ...values, suggestion: q(op.suggestion) }, verbatim: ['operator', 'suggestion'] }
        : /*i18n*/ { id: 'policy.cond.op.unknown', message: 'unknown condition operator {operator}', values, verbatim };
  }
}

const conditionFalse = (problem: Message): Message => /*i18n*/ ({ id: 'policy.cond.false', message: '{problem}, so the condition is false', values: { problem } });

function evaluateKey(op: Extract<OperatorName, { ok: true }>, key: string, raw: unknown, ctx: RequestContext, options: ConditionOptions): ConditionTrace {
  const { def, qualifier, ifExists, name } = op;
  const { values, invalid } = conditionValueStrings(raw);
  const request = contextKey(ctx, key) ?? null;
  const base = { operator: name, key, policyValues: values, requestValues: request };
  if (invalid) {
    return { ...base, result: false, why: /*i18n*/ { id: 'policy.cond.invalidValues', message: 'the policy values for {key} must be strings, numbers or Booleans, so the condition is false', values: { key }, verbatim: ['key'] } };
  }
  if (def.family === 'Null') return evaluateNull(base, values);

  const notes: Message[] = [];
  const prepared: PreparedValue[] = [];
  for (const v of values) {
    if (def.variables && options.variables) {
      const s = substituteVariables(v, (k) => contextKey(ctx, k));
      if (!s.ok) {
        return { ...base, result: false, why: /*i18n*/ { id: 'policy.cond.variableMissing', message: 'the policy variable {variable} has no single value in this request, so the condition is false', values: { variable: s.missing }, verbatim: ['variable'] } };
      }
      if (s.replaced.length > 0) notes.push(/*i18n*/ { id: 'policy.cond.variableReplaced', message: 'policy value {value} became {text}', values: { value: q(v), text: q(s.text) }, verbatim: ['value', 'text'] });
      prepared.push({ text: s.text, pattern: s.pattern });
    } else {
      prepared.push({ text: v, pattern: compilePattern(v) });
    }
    const problem = def.checkPolicyValue?.(v);
    if (problem) notes.push(/*i18n*/ { id: 'policy.cond.neverMatches', message: '{problem}, so it never matches', values: { problem } });
  }
  const policyValues = prepared.map((p) => p.text);

  if (request === null) {
    const absent = { key, operator: name };
    const verbatim = ['key', 'operator'];
    if (qualifier === 'ForAnyValue') {
      return { ...base, policyValues, result: false, why: withNotes(/*i18n*/ { id: 'policy.cond.absent.anyValue', message: '{key} is not in the request; ForAnyValue: is false when the request has no values', values: absent, verbatim }, notes) };
    }
    if (qualifier === 'ForAllValues') {
      return { ...base, policyValues, result: true, why: withNotes(/*i18n*/ { id: 'policy.cond.absent.allValues', message: '{key} is not in the request; ForAllValues: is true when the request has no values (add a Null check to require the key)', values: absent, verbatim }, notes) };
    }
    if (ifExists) return { ...base, policyValues, result: true, why: withNotes(/*i18n*/ { id: 'policy.cond.absent.ifExists', message: '{key} is not in the request; {operator} is true when the key is absent', values: absent, verbatim }, notes) };
    if (def.negated) {
      return { ...base, policyValues, result: true, why: withNotes(/*i18n*/ { id: 'policy.cond.absent.negated', message: '{key} is not in the request; a negated operator ({operator}) is true when the key is absent', values: absent, verbatim }, notes) };
    }
    return { ...base, policyValues, result: false, why: withNotes(/*i18n*/ { id: 'policy.cond.absent.false', message: '{key} is not in the request, so {operator} is false', values: absent, verbatim }, notes) };
  }

  const lines: Message[] = [];
  const perValue = request.map((r, i) => {
    const hit = prepared.find((p) => def.match(r, p));
    const problem = def.checkRequestValue?.(r);
    if (i < MAX_LISTED) {
      if (problem) lines.push(/*i18n*/ { id: 'policy.cond.requestValueProblem', message: 'request value {problem}', values: { problem } });
      else if (hit) lines.push(/*i18n*/ { id: 'policy.cond.line.hit', message: '{request} {verb} {value}', values: { request: q(r), verb: def.verb, value: q(hit.text) }, verbatim: ['request', 'value'] });
      else if (policyValues.length > 0) lines.push(/*i18n*/ { id: 'policy.cond.line.miss', message: '{request} {verb} none of {values}', values: { request: q(r), verb: def.verb, values: quotedList(policyValues) }, verbatim: ['request', 'values'] });
      else lines.push(/*i18n*/ { id: 'policy.cond.line.missEmpty', message: '{request} {verb} none of (no values)', values: { request: q(r), verb: def.verb }, verbatim: ['request'] });
    }
    return def.negated ? hit === undefined : hit !== undefined;
  });
  if (request.length > MAX_LISTED) lines.push(/*i18n*/ { id: 'policy.cond.line.more', message: '… {count} more', values: { count: request.length - MAX_LISTED } });

  let result: boolean;
  let rule: Message;
  const operator = { operator: name };
  if (qualifier === 'ForAnyValue') {
    result = perValue.some(Boolean);
    rule = def.negated
      ? /*i18n*/ { id: 'policy.cond.rule.anyValueNegated', message: 'ForAnyValue: needs at least one request value to match none of the policy values' }
      : /*i18n*/ { id: 'policy.cond.rule.anyValue', message: 'ForAnyValue: needs at least one request value to match' };
  } else if (qualifier === 'ForAllValues') {
    result = perValue.every(Boolean);
    rule = def.negated
      ? /*i18n*/ { id: 'policy.cond.rule.allValuesNegated', message: 'ForAllValues: needs every request value to match none of the policy values' }
      : /*i18n*/ { id: 'policy.cond.rule.allValues', message: 'ForAllValues: needs every request value to match' };
  } else if (def.negated) {
    result = perValue.every(Boolean);
    rule = /*i18n*/ { id: 'policy.cond.rule.negated', message: '{operator} is true only when no request value matches any policy value', values: operator, verbatim: ['operator'] };
  } else {
    result = perValue.some(Boolean);
    rule =
      policyValues.length === 1
        ? /*i18n*/ { id: 'policy.cond.rule.one', message: '{operator} needs a request value to match {value}', values: { ...operator, value: q(policyValues[0] as string) }, verbatim: ['operator', 'value'] }
        : /*i18n*/ { id: 'policy.cond.rule.anyOf', message: '{operator} needs a request value to match any of {values}', values: { ...operator, values: quotedList(policyValues) }, verbatim: ['operator', 'values'] };
  }
  const shown: Message =
    request.length === 1
      ? /*i18n*/ { id: 'policy.cond.shown.one', message: '{key} is {value}', values: { key, value: q(request[0] as string) }, verbatim: ['key', 'value'] }
      : /*i18n*/ { id: 'policy.cond.shown.many', message: '{key} has {count} values', values: { key, count: request.length }, verbatim: ['key'] };
  const lineList: MessageList = lines;
  const why: Message = /*i18n*/ {
    id: 'policy.cond.result',
    message: '{shown}: {lines}; {rule}, so it is {result, select, true {true} other {false}}',
    values: { shown, lines: lineList, rule, result: String(result) },
  };
  return { ...base, policyValues, result, why: withNotes(why, notes) };
}

/** Evaluates a Condition block. The statement's condition holds when every entry's result is true. */
export function evaluateConditionBlock(block: unknown, ctx: RequestContext, options: ConditionOptions): ConditionTrace[] {
  if (block === undefined) return [];
  if (!isPlainObject(block)) {
    return [{ operator: '(Condition)', key: '', policyValues: [], requestValues: null, result: false, why: /*i18n*/ { id: 'policy.cond.notObject', message: 'the Condition element is not an object of operators, so it is false' } }];
  }
  const out: ConditionTrace[] = [];
  for (const [opName, keys] of Object.entries(block)) {
    const op = parseOperatorName(opName);
    if (!isPlainObject(keys)) {
      out.push({ operator: opName, key: '', policyValues: [], requestValues: null, result: false, why: /*i18n*/ { id: 'policy.cond.keysNotObject', message: '{operator} must map condition keys to values, so it is false', values: { operator: opName }, verbatim: ['operator'] } });
      continue;
    }
    if (!op.ok) {
      const why = conditionFalse(operatorProblem(op));
      const entries = Object.entries(keys);
      if (entries.length === 0) out.push({ operator: opName, key: '', policyValues: [], requestValues: null, result: false, why });
      for (const [key, raw] of entries) {
        out.push({ operator: opName, key, policyValues: conditionValueStrings(raw).values, requestValues: contextKey(ctx, key) ?? null, result: false, why });
      }
      continue;
    }
    for (const [key, raw] of Object.entries(keys)) out.push(evaluateKey(op, key, raw, ctx, options));
  }
  return out;
}
