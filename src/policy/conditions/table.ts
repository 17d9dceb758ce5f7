/**
 * Every condition operator IAM knows, as data. The IfExists suffix and the ForAnyValue: /
 * ForAllValues: prefixes are not listed: operator-name.ts derives them from these entries.
 */
import { arnOperators } from './arn';
import { boolBinaryOperators } from './bool-binary';
import { dateOperators } from './date';
import { ipOperators } from './ip';
import { numericOperators } from './numeric';
import { stringOperators } from './string';
import type { OperatorDef } from './types';

/** Null: "true" asks for the key to be absent, "false" for it to be present. Decided in evaluate-condition.ts. */
const nullOperator: OperatorDef = {
  name: 'Null',
  family: 'Null',
  negated: false,
  variables: false,
  verb: /*i18n*/ { id: 'policy.verb.isAbsent', message: 'is absent:' },
  match: () => false,
  checkPolicyValue: (v) => (/^(true|false)$/i.test(v.trim()) ? undefined : /*i18n*/ { id: 'policy.value.nullNotBoolean', message: '"{value}" is not a Boolean (Null takes "true" or "false")', values: { value: v }, verbatim: ['value'] }),
};

export const OPERATORS: readonly OperatorDef[] = [
  ...stringOperators,
  ...numericOperators,
  ...dateOperators,
  ...boolBinaryOperators,
  ...ipOperators,
  ...arnOperators,
  nullOperator,
];

const byName = new Map(OPERATORS.map((op) => [op.name, op]));

export function findOperator(name: string): OperatorDef | undefined {
  return byName.get(name);
}
