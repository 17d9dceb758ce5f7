/**
 * The decoded form of an authorization failure message, shaped like real DecodeAuthorizationMessage
 * output (reference §10): real JSON booleans, every list wrapped in {"items": [...]}, values in
 * {"value": ...}. The sandbox adds "sandboxTrace", which real AWS does not have: the statement and
 * condition trace, so the workbench can say which statement and which condition decided.
 */
import { englishOf } from '../kernel/message';
import { toWire, type WireMessage } from '../kernel/relayed';
import type { RequestContext } from './context';
import { asList, conditionValueStrings, isPlainObject } from './lists';
import type { ConditionTrace, Evaluation, StatementTrace } from './trace';

type Items<T> = { items: T[] };
type Value = { value: string };

export interface MatchedStatement {
  statementId: string;
  effect: 'ALLOW' | 'DENY';
  principals: Items<Value>;
  principalGroups: Items<Value>;
  actions: Items<Value>;
  resources: Items<Value>;
  conditions: Items<{ key: string; values: Items<Value> }>;
}

/** One statement of a trace, its sentences of type T: English in the JSON, relayed text where the UI reads it. */
export interface TraceStatementOf<T> {
  policy: T;
  policyKind: string;
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  applies: boolean;
  /** This statement decided the outcome. */
  deciding: boolean;
  why: T;
  conditions: Array<Omit<ConditionTrace, 'why'> & { why: T }>;
}

/** A statement of the trace as the JSON carries it: its sentences in English. */
export type SandboxTraceStatement = TraceStatementOf<string>;

/**
 * The trace's sentences as Messages (src/kernel/relayed.ts), in the order of the English ones: the workbench
 * shows them in the reader's language. Last in the JSON, so that a reader of the decoded message sees the
 * English first.
 */
export interface SandboxTraceMessages {
  summary: WireMessage;
  statements: Array<{ policy: WireMessage; why: WireMessage; conditions: WireMessage[] }>;
}

export interface SandboxTrace {
  decision: Evaluation['decision'];
  summary: string;
  statements: SandboxTraceStatement[];
  messages: SandboxTraceMessages;
}

export interface AuthorizationMessage {
  allowed: boolean;
  explicitDeny: boolean;
  matchedStatements: Items<MatchedStatement>;
  failures: Items<never>;
  context: {
    principal: { id: string; name?: string; arn: string };
    action: string;
    resource: string;
    conditions: Items<{ key: string; values: Items<Value> }>;
  };
  /** Sandbox extension, not in AWS's output. */
  sandboxTrace: SandboxTrace;
}

const values = (xs: string[]): Items<Value> => ({ items: xs.map((value) => ({ value })) });

function strings(v: unknown): string[] {
  return asList(v as unknown[] | undefined).filter((x): x is string => typeof x === 'string');
}

function principalValues(principal: unknown): string[] {
  if (principal === '*') return ['*'];
  if (!isPlainObject(principal)) return [];
  return Object.values(principal).flatMap(strings);
}

function matched(trace: StatementTrace, ctx: RequestContext, callerId: string): MatchedStatement {
  const st = (trace.statement ?? {}) as Record<string, unknown>;
  const principals = 'Principal' in st ? principalValues(st.Principal) : [callerId];
  const actions = strings(st.Action ?? st.NotAction);
  const resources = 'Resource' in st || 'NotResource' in st ? strings(st.Resource ?? st.NotResource) : [ctx.resource];
  const conditions: { key: string; values: Items<Value> }[] = [];
  if (isPlainObject(st.Condition)) {
    for (const keys of Object.values(st.Condition)) {
      if (!isPlainObject(keys)) continue;
      for (const [key, raw] of Object.entries(keys)) conditions.push({ key, values: values(conditionValueStrings(raw).values) });
    }
  }
  return {
    statementId: trace.sid ?? '',
    effect: trace.effect === 'Deny' ? 'DENY' : 'ALLOW',
    principals: values(principals),
    principalGroups: { items: [] },
    actions: values(actions),
    resources: values(resources),
    conditions: { items: conditions },
  };
}

/**
 * Builds the decoded authorization message for an evaluation. matchedStatements lists the Deny
 * statements that matched for an explicit deny, the Allow statements that decided for an allow, and
 * nothing for an implicit deny (no statement matched), as AWS does.
 */
export function buildAuthorizationMessage(evaluation: Evaluation, ctx: RequestContext, principalInfo: { id: string; arn: string; name?: string }): AuthorizationMessage {
  const decidingSet = new Set(evaluation.deciding);
  const shown =
    evaluation.decision === 'explicit-deny'
      ? evaluation.deciding.filter((s) => s.effect === 'Deny')
      : evaluation.decision === 'allow'
        ? evaluation.deciding
        : [];
  const principal: AuthorizationMessage['context']['principal'] = { id: principalInfo.id, arn: principalInfo.arn };
  if (principalInfo.name !== undefined) principal.name = principalInfo.name;
  return {
    allowed: evaluation.decision === 'allow',
    explicitDeny: evaluation.decision === 'explicit-deny',
    matchedStatements: { items: shown.map((s) => matched(s, ctx, principalInfo.id)) },
    failures: { items: [] },
    context: {
      principal,
      action: ctx.action,
      resource: ctx.resource,
      conditions: { items: Object.entries(ctx.keys).map(([key, v]) => ({ key, values: values(Array.isArray(v) ? v : []) })) },
    },
    sandboxTrace: {
      decision: evaluation.decision,
      summary: englishOf(evaluation.summary),
      statements: evaluation.statements.map((s) => {
        const out: SandboxTraceStatement = {
          policy: englishOf(s.policy),
          policyKind: s.policyKind,
          index: s.index,
          effect: s.effect,
          applies: s.applies,
          deciding: decidingSet.has(s),
          why: englishOf(s.why),
          conditions: s.conditions.map((c) => ({ ...c, policyValues: [...c.policyValues], requestValues: c.requestValues ? [...c.requestValues] : null, why: englishOf(c.why) })),
        };
        if (s.sid !== undefined) out.sid = s.sid;
        return out;
      }),
      messages: {
        summary: toWire(evaluation.summary),
        statements: evaluation.statements.map((s) => ({ policy: toWire(s.policy), why: toWire(s.why), conditions: s.conditions.map((c) => toWire(c.why)) })),
      },
    },
  };
}
