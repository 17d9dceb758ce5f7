/**
 * Evaluates a statement's Condition block against the request context, one trace entry per
 * operator and key. Operators are ANDed, keys inside an operator are ANDed, and the values for one
 * key are ORed; negated operators are true only when no request value matches any policy value.
 */
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
const list = (xs: string[]): string => (xs.length === 1 ? q(xs[0] as string) : `any of ${xs.map(q).join(', ')}`);
const MAX_LISTED = 5;

function evaluateNull(base: Omit<ConditionTrace, 'result' | 'why'>, values: string[]): ConditionTrace {
  const absent = base.requestValues === null;
  const wants = values.map((v) => v.trim().toLowerCase());
  const result = wants.some((w) => (w === 'true' && absent) || (w === 'false' && !absent));
  const asked = wants.map((w) => (w === 'true' ? 'absent' : w === 'false' ? 'present' : `unreadable ("${w}")`));
  const why = `${base.key} is ${absent ? 'absent' : 'present'} in the request; Null ${values.map(q).join(', ')} asks for it to be ${[...new Set(asked)].join(' or ')}`;
  return { ...base, result, why };
}

function evaluateKey(op: Extract<OperatorName, { ok: true }>, key: string, raw: unknown, ctx: RequestContext, options: ConditionOptions): ConditionTrace {
  const { def, qualifier, ifExists, name } = op;
  const { values, invalid } = conditionValueStrings(raw);
  const request = contextKey(ctx, key) ?? null;
  const base = { operator: name, key, policyValues: values, requestValues: request };
  if (invalid) return { ...base, result: false, why: `the policy values for ${key} must be strings, numbers or Booleans, so the condition is false` };
  if (def.family === 'Null') return evaluateNull(base, values);

  const notes: string[] = [];
  const prepared: PreparedValue[] = [];
  for (const v of values) {
    if (def.variables && options.variables) {
      const s = substituteVariables(v, (k) => contextKey(ctx, k));
      if (!s.ok) {
        return { ...base, result: false, why: `the policy variable ${s.missing} has no single value in this request, so the condition is false` };
      }
      if (s.replaced.length > 0) notes.push(`policy value ${q(v)} became ${q(s.text)}`);
      prepared.push({ text: s.text, pattern: s.pattern });
    } else {
      prepared.push({ text: v, pattern: compilePattern(v) });
    }
    const problem = def.checkPolicyValue?.(v);
    if (problem) notes.push(`${problem}, so it never matches`);
  }
  const policyValues = prepared.map((p) => p.text);
  const withNotes = (why: string): string => (notes.length > 0 ? `${why} (${notes.join('; ')})` : why);

  if (request === null) {
    const absent = `${key} is not in the request`;
    if (qualifier === 'ForAnyValue') return { ...base, policyValues, result: false, why: withNotes(`${absent}; ForAnyValue: is false when the request has no values`) };
    if (qualifier === 'ForAllValues') {
      return { ...base, policyValues, result: true, why: withNotes(`${absent}; ForAllValues: is true when the request has no values (add a Null check to require the key)`) };
    }
    if (ifExists) return { ...base, policyValues, result: true, why: withNotes(`${absent}; ${name} is true when the key is absent`) };
    if (def.negated) return { ...base, policyValues, result: true, why: withNotes(`${absent}; a negated operator (${name}) is true when the key is absent`) };
    return { ...base, policyValues, result: false, why: withNotes(`${absent}, so ${name} is false`) };
  }

  const lines: string[] = [];
  const perValue = request.map((r, i) => {
    const hit = prepared.find((p) => def.match(r, p));
    const problem = def.checkRequestValue?.(r);
    if (i < MAX_LISTED) {
      if (problem) lines.push(`request value ${problem}`);
      else lines.push(hit ? `${q(r)} ${def.verb} ${q(hit.text)}` : `${q(r)} ${def.verb} none of ${policyValues.map(q).join(', ') || '(no values)'}`);
    }
    return def.negated ? hit === undefined : hit !== undefined;
  });
  if (request.length > MAX_LISTED) lines.push(`… ${request.length - MAX_LISTED} more`);

  let result: boolean;
  let rule: string;
  if (qualifier === 'ForAnyValue') {
    result = perValue.some(Boolean);
    rule = `ForAnyValue: needs at least one request value to ${def.negated ? 'match none of the policy values' : 'match'}`;
  } else if (qualifier === 'ForAllValues') {
    result = perValue.every(Boolean);
    rule = `ForAllValues: needs every request value to ${def.negated ? 'match none of the policy values' : 'match'}`;
  } else if (def.negated) {
    result = perValue.every(Boolean);
    rule = `${name} is true only when no request value matches any policy value`;
  } else {
    result = perValue.some(Boolean);
    rule = `${name} needs a request value to match ${list(policyValues)}`;
  }
  const shown = request.length === 1 ? `${key} is ${q(request[0] as string)}` : `${key} has ${request.length} values`;
  return { ...base, policyValues, result, why: withNotes(`${shown}: ${lines.join('; ')}; ${rule}, so it is ${result}`) };
}

/** Evaluates a Condition block. The statement's condition holds when every entry's result is true. */
export function evaluateConditionBlock(block: unknown, ctx: RequestContext, options: ConditionOptions): ConditionTrace[] {
  if (block === undefined) return [];
  if (!isPlainObject(block)) {
    return [{ operator: '(Condition)', key: '', policyValues: [], requestValues: null, result: false, why: 'the Condition element is not an object of operators, so it is false' }];
  }
  const out: ConditionTrace[] = [];
  for (const [opName, keys] of Object.entries(block)) {
    const op = parseOperatorName(opName);
    if (!isPlainObject(keys)) {
      out.push({ operator: opName, key: '', policyValues: [], requestValues: null, result: false, why: `${opName} must map condition keys to values, so it is false` });
      continue;
    }
    if (!op.ok) {
      const entries = Object.entries(keys);
      if (entries.length === 0) out.push({ operator: opName, key: '', policyValues: [], requestValues: null, result: false, why: `${op.error}, so the condition is false` });
      for (const [key, raw] of entries) {
        out.push({ operator: opName, key, policyValues: conditionValueStrings(raw).values, requestValues: contextKey(ctx, key) ?? null, result: false, why: `${op.error}, so the condition is false` });
      }
      continue;
    }
    for (const [key, raw] of Object.entries(keys)) out.push(evaluateKey(op, key, raw, ctx, options));
  }
  return out;
}
