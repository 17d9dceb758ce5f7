/** Request contexts for the policy tests. */
import type { RequestContext } from '../context';
import { evaluateConditionBlock } from '../conditions/evaluate-condition';
import type { ConditionTrace } from '../trace';
import { english, type English } from './english';

export const ACCT = '123456789012';
export const OTHER = '111122223333';

export function userCtx(keys: Record<string, string[]> = {}, over: Partial<RequestContext> = {}): RequestContext {
  return {
    principal: { type: 'AWS', arn: `arn:aws:iam::${ACCT}:user/DevAdmin`, account: ACCT },
    action: 'sts:AssumeRole',
    resource: `arn:aws:iam::${OTHER}:role/Developer`,
    keys,
    ...over,
  };
}

/** Evaluates {operator: {key: values}} against keys and returns the one trace entry, its why read in English. */
export function cond(operator: string, key: string, values: unknown, keys: Record<string, string[]> = {}, variables = true): English<ConditionTrace> {
  const traces = evaluateConditionBlock({ [operator]: { [key]: values } }, userCtx(keys), { variables });
  if (traces.length !== 1) throw new Error(`expected one trace, got ${traces.length}`);
  return english(traces[0]!);
}

/** Just the result of cond(). */
export function holds(operator: string, key: string, values: unknown, keys: Record<string, string[]> = {}, variables = true): boolean {
  return cond(operator, key, values, keys, variables).result;
}
