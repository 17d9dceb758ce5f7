/** The shape of one condition operator in the operator table. */
import type { Message } from '../../kernel/message';
import type { Pattern } from '../wildcard';

export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** A policy value ready for comparison: its text (variables replaced) and its wildcard pattern. */
export interface PreparedValue {
  text: string;
  pattern: Pattern;
}

export interface OperatorDef {
  name: string;
  family: OperatorFamily;
  /** StringNotEquals and friends: true when the request value matches none of the policy values. */
  negated: boolean;
  /** Policy variables are replaced in this operator's values (String and Arn operators). */
  variables: boolean;
  /** For the trace: "sts:ExternalId is "x", which <verb> "y"". Negated operators share the positive verb. */
  verb: Message;
  /** Does one request value match one policy value (before negation)? Unreadable values never match. */
  match: (request: string, policy: PreparedValue) => boolean;
  /** A message when a policy value cannot be read by this operator (e.g. "abc" for NumericEquals). */
  checkPolicyValue?: (value: string) => Message | undefined;
  /** A message when a request value cannot be read by this operator. */
  checkRequestValue?: (value: string) => Message | undefined;
}

type Base = Omit<OperatorDef, 'name' | 'negated'>;

/** A positive operator and, when it has one, its negated twin (StringEquals / StringNotEquals). */
export function operators(positive: string, negative: string | null, base: Base): OperatorDef[] {
  const out: OperatorDef[] = [{ ...base, name: positive, negated: false }];
  if (negative) out.push({ ...base, name: negative, negated: true });
  return out;
}
