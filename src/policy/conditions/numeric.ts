/** Numeric operators: integers and decimals, compared as numbers ("10" equals "10.0"). */
import { operators, type OperatorDef } from './types';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const check = (v: string): string | undefined => (parseNumber(v) === undefined ? `"${v}" is not a number` : undefined);

function numeric(compare: (a: number, b: number) => boolean) {
  return (request: string, policy: { text: string }): boolean => {
    const a = parseNumber(request);
    const b = parseNumber(policy.text);
    return a !== undefined && b !== undefined && compare(a, b);
  };
}

const base = { family: 'Numeric' as const, variables: false, checkPolicyValue: check, checkRequestValue: check };

export const numericOperators: OperatorDef[] = [
  ...operators('NumericEquals', 'NumericNotEquals', { ...base, verb: 'equals', match: numeric((a, b) => a === b) }),
  ...operators('NumericLessThan', null, { ...base, verb: 'is less than', match: numeric((a, b) => a < b) }),
  ...operators('NumericLessThanEquals', null, { ...base, verb: 'is at most', match: numeric((a, b) => a <= b) }),
  ...operators('NumericGreaterThan', null, { ...base, verb: 'is greater than', match: numeric((a, b) => a > b) }),
  ...operators('NumericGreaterThanEquals', null, { ...base, verb: 'is at least', match: numeric((a, b) => a >= b) }),
];
