/** Numeric operators: integers and decimals, compared as numbers ("10" equals "10.0"). */
import type { Message } from '../../kernel/message';
import { operators, type OperatorDef } from './types';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const check = (v: string): Message | undefined => (parseNumber(v) === undefined ? /*i18n*/ { id: 'policy.value.notNumber', message: '"{value}" is not a number', values: { value: v }, verbatim: ['value'] } : undefined);

function numeric(compare: (a: number, b: number) => boolean) {
  return (request: string, policy: { text: string }): boolean => {
    const a = parseNumber(request);
    const b = parseNumber(policy.text);
    return a !== undefined && b !== undefined && compare(a, b);
  };
}

const base = { family: 'Numeric' as const, variables: false, checkPolicyValue: check, checkRequestValue: check };

export const numericOperators: OperatorDef[] = [
  ...operators('NumericEquals', 'NumericNotEquals', { ...base, verb: /*i18n*/ { id: 'policy.verb.numberEquals', message: 'equals' }, match: numeric((a, b) => a === b) }),
  ...operators('NumericLessThan', null, { ...base, verb: /*i18n*/ { id: 'policy.verb.lessThan', message: 'is less than' }, match: numeric((a, b) => a < b) }),
  ...operators('NumericLessThanEquals', null, { ...base, verb: /*i18n*/ { id: 'policy.verb.atMost', message: 'is at most' }, match: numeric((a, b) => a <= b) }),
  ...operators('NumericGreaterThan', null, { ...base, verb: /*i18n*/ { id: 'policy.verb.greaterThan', message: 'is greater than' }, match: numeric((a, b) => a > b) }),
  ...operators('NumericGreaterThanEquals', null, { ...base, verb: /*i18n*/ { id: 'policy.verb.atLeast', message: 'is at least' }, match: numeric((a, b) => a >= b) }),
];
