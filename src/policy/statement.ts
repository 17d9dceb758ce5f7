/** Evaluates one policy statement against a request: principal, action, resource, conditions. */
import { resourceMatch } from './conditions/arn';
import { evaluateConditionBlock } from './conditions/evaluate-condition';
import { contextKey, type RequestContext } from './context';
import { asList, isPlainObject } from './lists';
import { matchPrincipal } from './principal';
import type { PolicyInput, StatementTrace } from './trace';
import type { PolicyStatement } from './types';
import { substituteVariables } from './variables';
import { compilePattern, wildcardMatch } from './wildcard';

const q = (s: string): string => JSON.stringify(s);

export function statementRef(t: Pick<StatementTrace, 'index' | 'sid' | 'policy'>): string {
  return `statement ${t.index}${t.sid ? ` (Sid ${q(t.sid)})` : ''} of ${t.policy}`;
}

function strings(v: unknown): string[] {
  return asList(v as string | string[] | undefined).filter((x): x is string => typeof x === 'string');
}

function matchAction(s: Record<string, unknown>, action: string): { matched: boolean; why: string } {
  if ('Action' in s) {
    const list = strings(s.Action);
    const hit = list.find((a) => wildcardMatch(a, action, true));
    return hit !== undefined
      ? { matched: true, why: `action ${action} matches Action ${q(hit)}` }
      : { matched: false, why: `action ${action} is not in Action [${list.map(q).join(', ')}]` };
  }
  if ('NotAction' in s) {
    const list = strings(s.NotAction);
    const hit = list.find((a) => wildcardMatch(a, action, true));
    return hit === undefined
      ? { matched: true, why: `action ${action} is not excluded by NotAction` }
      : { matched: false, why: `action ${action} is excluded by NotAction ${q(hit)}` };
  }
  return { matched: false, why: 'the statement has neither Action nor NotAction' };
}

/** Resource entries with policy variables replaced; entries whose variable has no value match nothing. */
function matchResource(s: Record<string, unknown>, ctx: RequestContext, variables: boolean, kind: string): { matched: boolean | null; why: string } {
  const element = 'Resource' in s ? 'Resource' : 'NotResource' in s ? 'NotResource' : null;
  if (element === null) {
    return kind === 'trust'
      ? { matched: null, why: 'no Resource (a trust policy applies to its role)' }
      : { matched: false, why: 'the statement has neither Resource nor NotResource' };
  }
  const notes: string[] = [];
  let hit: string | undefined;
  for (const r of strings(s[element])) {
    const sub = variables ? substituteVariables(r, (k) => contextKey(ctx, k)) : { ok: true as const, text: r, pattern: compilePattern(r), replaced: [] };
    if (!sub.ok) {
      notes.push(`${q(r)} matches nothing: ${sub.missing} has no single value in this request`);
      continue;
    }
    if (resourceMatch(sub.pattern, ctx.resource)) {
      hit = sub.text === r ? q(r) : `${q(r)} (${q(sub.text)} in this request)`;
      break;
    }
  }
  const extra = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  if (element === 'Resource') {
    return hit !== undefined ? { matched: true, why: `resource matches ${hit}` } : { matched: false, why: `resource ${ctx.resource} is not in Resource${extra}` };
  }
  return hit === undefined ? { matched: true, why: `resource is not excluded by NotResource${extra}` } : { matched: false, why: `resource ${ctx.resource} is excluded by NotResource ${hit}` };
}

export function evaluateStatement(policy: PolicyInput, raw: unknown, index: number, ctx: RequestContext): StatementTrace {
  const base = { policy: policy.label, policyKind: policy.kind, index };
  if (!isPlainObject(raw)) {
    return { ...base, effect: 'Allow', principalMatched: null, actionMatched: false, resourceMatched: null, conditions: [], applies: false, why: 'the statement is not an object, so it never applies' };
  }
  const s = raw;
  const sid = typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : undefined;
  const statement = s as unknown as PolicyStatement;
  const ref = statementRef({ policy: policy.label, index, sid });
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') {
    return { ...base, sid, effect: 'Allow', principalMatched: null, actionMatched: false, resourceMatched: null, conditions: [], applies: false, statement, why: `${ref} has no valid Effect (${q(String(s.Effect))}), so it never applies` };
  }
  const effect = s.Effect;
  const variables = isPlainObject(policy.document) && (policy.document as { Version?: unknown }).Version === '2012-10-17';

  let principalMatched: boolean | null = null;
  let principalWhy = '';
  let principalNamedExactly = false;
  if (policy.kind === 'trust') {
    if ('Principal' in s) {
      const m = matchPrincipal(s.Principal, ctx.principal);
      principalMatched = m.matched;
      principalNamedExactly = m.exact;
      principalWhy = m.why;
    } else if ('NotPrincipal' in s) {
      const m = matchPrincipal(s.NotPrincipal, ctx.principal);
      principalMatched = !m.matched;
      principalWhy = m.matched ? `the caller is excluded by NotPrincipal: ${m.why}` : 'the caller is not excluded by NotPrincipal';
    } else {
      principalMatched = false;
      principalWhy = 'a trust policy statement without Principal matches no one';
    }
  }
  const action = matchAction(s, ctx.action);
  const resource = matchResource(s, ctx, variables, policy.kind);
  const conditions = evaluateConditionBlock(s.Condition, ctx, { variables });
  const failed = conditions.filter((c) => !c.result);
  const applies = principalMatched !== false && action.matched && resource.matched !== false && failed.length === 0;

  let why: string;
  if (applies) {
    const parts = [principalWhy, action.why, resource.matched === true ? resource.why : '', conditions.length > 0 ? `all ${conditions.length} condition${conditions.length > 1 ? 's' : ''} hold` : ''];
    why = `${effect} ${ref} applies: ${parts.filter(Boolean).join('; ')}`;
  } else {
    const parts: string[] = [];
    if (principalMatched === false) parts.push(principalWhy);
    if (!action.matched) parts.push(action.why);
    if (resource.matched === false) parts.push(resource.why);
    for (const c of failed) parts.push(`condition ${c.operator} ${c.key} is false: ${c.why}`);
    why = `${effect} ${ref} does not apply: ${parts.join('; ')}`;
  }
  // Written out rather than spread from `base`: a spread followed by more properties takes V8's slow
  // generic path, and this runs for every statement of every evaluation. Same keys, same order.
  const trace: StatementTrace = {
    policy: base.policy,
    policyKind: base.policyKind,
    index: base.index,
    sid,
    effect,
    principalMatched,
    actionMatched: action.matched,
    resourceMatched: resource.matched,
    conditions,
    applies,
    why,
    statement,
  };
  if (policy.kind === 'trust') trace.principalNamedExactly = principalNamedExactly;
  return trace;
}
