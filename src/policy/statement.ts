/** Evaluates one policy statement against a request: principal, action, resource, conditions. */
import { withNotes, type Message } from '../kernel/message';
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

export function statementRef(t: Pick<StatementTrace, 'index' | 'sid' | 'policy'>): Message {
  return t.sid
    ? /*i18n*/ { id: 'policy.statementRef.sid', message: 'statement {index} (Sid {sid}) of {policy}', values: { index: t.index, sid: q(t.sid), policy: t.policy }, verbatim: ['sid'] }
    : /*i18n*/ { id: 'policy.statementRef', message: 'statement {index} of {policy}', values: { index: t.index, policy: t.policy } };
}

function strings(v: unknown): string[] {
  return asList(v as string | string[] | undefined).filter((x): x is string => typeof x === 'string');
}

type Part = { matched: boolean; why: Message };

function matchAction(s: Record<string, unknown>, action: string): Part {
  const verbatim = ['action', 'entry'];
  if ('Action' in s) {
    const list = strings(s.Action);
    const hit = list.find((a) => wildcardMatch(a, action, true));
    return hit !== undefined
      ? { matched: true, why: /*i18n*/ { id: 'policy.action.matches', message: 'action {action} matches Action {entry}', values: { action, entry: q(hit) }, verbatim } }
      : { matched: false, why: /*i18n*/ { id: 'policy.action.notIn', message: 'action {action} is not in Action [{entry}]', values: { action, entry: list.map(q).join(', ') }, verbatim } };
  }
  if ('NotAction' in s) {
    const list = strings(s.NotAction);
    const hit = list.find((a) => wildcardMatch(a, action, true));
    return hit === undefined
      ? { matched: true, why: /*i18n*/ { id: 'policy.action.notExcluded', message: 'action {action} is not excluded by NotAction', values: { action }, verbatim } }
      : { matched: false, why: /*i18n*/ { id: 'policy.action.excluded', message: 'action {action} is excluded by NotAction {entry}', values: { action, entry: q(hit) }, verbatim } };
  }
  return { matched: false, why: /*i18n*/ { id: 'policy.action.none', message: 'the statement has neither Action nor NotAction' } };
}

/** Resource entries with policy variables replaced; entries whose variable has no value match nothing. */
function matchResource(s: Record<string, unknown>, ctx: RequestContext, variables: boolean, kind: string): { matched: boolean | null; why: Message } {
  const element = 'Resource' in s ? 'Resource' : 'NotResource' in s ? 'NotResource' : null;
  if (element === null) {
    return kind === 'trust'
      ? { matched: null, why: /*i18n*/ { id: 'policy.resource.trust', message: 'no Resource (a trust policy applies to its role)' } }
      : { matched: false, why: /*i18n*/ { id: 'policy.resource.none', message: 'the statement has neither Resource nor NotResource' } };
  }
  const notes: Message[] = [];
  let hit: Message | undefined;
  for (const r of strings(s[element])) {
    const sub = variables ? substituteVariables(r, (k) => contextKey(ctx, k)) : { ok: true as const, text: r, pattern: compilePattern(r), replaced: [] };
    if (!sub.ok) {
      notes.push(/*i18n*/ { id: 'policy.resource.variableMissing', message: '{entry} matches nothing: {variable} has no single value in this request', values: { entry: q(r), variable: sub.missing }, verbatim: ['entry', 'variable'] });
      continue;
    }
    if (resourceMatch(sub.pattern, ctx.resource)) {
      hit =
        sub.text === r
          ? /*i18n*/ { id: 'policy.resource.entry', message: '{entry}', values: { entry: q(r) }, verbatim: ['entry'] }
          : /*i18n*/ { id: 'policy.resource.entryReplaced', message: '{entry} ({text} in this request)', values: { entry: q(r), text: q(sub.text) }, verbatim: ['entry', 'text'] };
      break;
    }
  }
  const resource = ctx.resource;
  if (element === 'Resource') {
    return hit !== undefined
      ? { matched: true, why: /*i18n*/ { id: 'policy.resource.matches', message: 'resource matches {entry}', values: { entry: hit } } }
      : { matched: false, why: withNotes(/*i18n*/ { id: 'policy.resource.notIn', message: 'resource {resource} is not in Resource', values: { resource }, verbatim: ['resource'] }, notes) };
  }
  return hit === undefined
    ? { matched: true, why: withNotes(/*i18n*/ { id: 'policy.resource.notExcluded', message: 'resource is not excluded by NotResource' }, notes) }
    : { matched: false, why: /*i18n*/ { id: 'policy.resource.excluded', message: 'resource {resource} is excluded by NotResource {entry}', values: { resource, entry: hit }, verbatim: ['resource'] } };
}

export function evaluateStatement(policy: PolicyInput, raw: unknown, index: number, ctx: RequestContext): StatementTrace {
  const base = { policy: policy.label, policyKind: policy.kind, index };
  if (!isPlainObject(raw)) {
    return { ...base, effect: 'Allow', principalMatched: null, actionMatched: false, resourceMatched: null, conditions: [], applies: false, why: /*i18n*/ { id: 'policy.statement.notObject', message: 'the statement is not an object, so it never applies' } };
  }
  const s = raw;
  const sid = typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : undefined;
  const statement = s as unknown as PolicyStatement;
  const ref = statementRef({ policy: policy.label, index, sid });
  if (s.Effect !== 'Allow' && s.Effect !== 'Deny') {
    return { ...base, sid, effect: 'Allow', principalMatched: null, actionMatched: false, resourceMatched: null, conditions: [], applies: false, statement, why: /*i18n*/ { id: 'policy.statement.noEffect', message: '{ref} has no valid Effect ({effect}), so it never applies', values: { ref, effect: q(String(s.Effect)) }, verbatim: ['effect'] } };
  }
  const effect = s.Effect;
  const variables = isPlainObject(policy.document) && (policy.document as { Version?: unknown }).Version === '2012-10-17';

  let principalMatched: boolean | null = null;
  let principalWhy: Message | null = null;
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
      principalWhy = m.matched
        ? /*i18n*/ { id: 'policy.principal.excluded', message: 'the caller is excluded by NotPrincipal: {why}', values: { why: m.why } }
        : /*i18n*/ { id: 'policy.principal.notExcluded', message: 'the caller is not excluded by NotPrincipal' };
    } else {
      principalMatched = false;
      principalWhy = /*i18n*/ { id: 'policy.principal.missing', message: 'a trust policy statement without Principal matches no one' };
    }
  }
  const action = matchAction(s, ctx.action);
  const resource = matchResource(s, ctx, variables, policy.kind);
  const conditions = evaluateConditionBlock(s.Condition, ctx, { variables });
  const failed = conditions.filter((c) => !c.result);
  const applies = principalMatched !== false && action.matched && resource.matched !== false && failed.length === 0;

  let why: Message;
  if (applies) {
    const parts: Message[] = [];
    if (principalWhy) parts.push(principalWhy);
    parts.push(action.why);
    if (resource.matched === true) parts.push(resource.why);
    if (conditions.length > 0) parts.push(/*i18n*/ { id: 'policy.statement.conditionsHold', message: '{count, plural, one {the condition holds} other {all # conditions hold}}', values: { count: conditions.length } });
    why = /*i18n*/ { id: 'policy.statement.applies', message: '{effect} {ref} applies: {parts}', values: { effect, ref, parts }, verbatim: ['effect'] };
  } else {
    const parts: Message[] = [];
    if (principalMatched === false && principalWhy) parts.push(principalWhy);
    if (!action.matched) parts.push(action.why);
    if (resource.matched === false) parts.push(resource.why);
    for (const c of failed) parts.push(/*i18n*/ { id: 'policy.statement.conditionFalse', message: 'condition {operator} {key} is false: {why}', values: { operator: c.operator, key: c.key, why: c.why }, verbatim: ['operator', 'key'] });
    why = /*i18n*/ { id: 'policy.statement.doesNotApply', message: '{effect} {ref} does not apply: {parts}', values: { effect, ref, parts }, verbatim: ['effect'] };
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
