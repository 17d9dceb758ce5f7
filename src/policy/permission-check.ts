/**
 * "What can these credentials do?": one action on one resource against the identity side of a set of
 * credentials (its identity-based policies, each session policy, a permissions boundary), decided by the
 * one evaluator (evaluate.ts) and layered the way the sandbox authorizes its own calls: any explicit Deny
 * wins, the identity policies must allow, and every limiting layer (boundary, each session policy) must
 * allow too. The sandbox answers for the sets it issued (src/sandbox/authorize/permission-check.ts, which
 * shares combineLayers with the sandbox's authorizer); for sets from AWS, checkPastedPolicies runs the same
 * evaluation on policies the user pastes.
 */
import type { Message } from '../kernel/message';
import { relay, type RelayedText } from '../kernel/relayed';
import { parseArn } from '../kernel/arn';
import { fail, ok, type ParseResult } from '../kernel/result';
import type { RequestContext } from './context';
import { evaluatePolicies, type Evaluation, type PolicyInput } from './evaluate';
import { policyLabel } from './labels';
import { parsePolicyDocument } from './parse';
import { traceFromEvaluation, type PolicyTrace, type TraceRequest } from './sandbox-trace';
import { statementRef } from './statement';

export interface PermissionLayer {
  kind: 'identity' | 'boundary' | 'session';
  evaluation: Evaluation;
}

/** The layer that refused: an explicit Deny anywhere, or a layer with no Allow; null when allowed. */
export type DeniedBy = 'explicit-deny' | 'identity' | 'boundary' | 'session' | null;

/** The outcome of the layers, in the order IAM reads them: an explicit Deny, then the identity policies, then each limit. */
export function combineLayers(layers: readonly PermissionLayer[]): DeniedBy {
  if (layers.some((l) => l.evaluation.decision === 'explicit-deny')) return 'explicit-deny';
  for (const kind of ['identity', 'boundary', 'session'] as const) {
    if (layers.some((l) => l.kind === kind && l.evaluation.decision !== 'allow')) return kind;
  }
  return null;
}

/** The end of AWS's AccessDenied message for the caller's own policies (reference §5.3, §9); '' when allowed. */
export function denialReason(deniedBy: DeniedBy, action: string): string {
  switch (deniedBy) {
    case null:
      return '';
    case 'explicit-deny':
      return ' with an explicit deny in an identity-based policy';
    case 'session':
      return ` because no session policy allows the ${action} action`;
    case 'boundary':
      return ` because no permissions boundary allows the ${action} action`;
    case 'identity':
      return ` because no identity-based policy allows the ${action} action`;
  }
}

/** Under a denial, a policy that allowed its part did not decide anything: say so, without "Allowed by". */
function partSummary(e: Evaluation): Message | null {
  if (e.decision !== 'allow') return e.summary;
  const first = e.deciding[0];
  if (!first) return null;
  return /*i18n*/ {
    id: 'policy.partAllows',
    message: "{ref} allows {part, select, trust {the role's side} other {its part}}, but that alone is not enough.",
    values: { ref: statementRef(first), part: first.policyKind === 'trust' ? 'trust' : 'other' },
  };
}

/** Sentences one after another, each its own. */
const sentences = (items: Message[]): Message =>
  items.slice(1).reduce<Message>((a, b) => /*i18n*/ ({ id: 'policy.sentences', message: '{a} {b}', values: { a, b } }), items[0] ?? /*i18n*/ { id: 'policy.noSummary', message: 'No policy was evaluated.' });

/** Several evaluations read as one trace: Deny if any denied, every statement, every deciding statement. */
export function mergeEvaluations(evaluations: readonly Evaluation[], allowed: boolean, note?: Message): Evaluation {
  const parts = evaluations.map((e) => (allowed ? e.summary : partSummary(e))).filter((x): x is Message => x !== null);
  return {
    decision: allowed ? 'allow' : evaluations.some((e) => e.decision === 'explicit-deny') ? 'explicit-deny' : 'implicit-deny',
    statements: evaluations.flatMap((e) => e.statements),
    // Under a denial only what denied decides: the Allow statements of a policy that allowed its part do not.
    deciding: evaluations.flatMap((e) => (!allowed && e.decision === 'allow' ? [] : e.deciding)),
    summary: sentences(note ? [note, ...parts] : parts),
  };
}

export interface PermissionVerdict {
  allowed: boolean;
  deniedBy: DeniedBy;
  /** The answer first, in one line: "Allowed: …" or "Denied: …" (relayed: the sandbox sends it as JSON). */
  headline: RelayedText;
  /** What AWS would write in its AccessDenied message; null when allowed. */
  awsMessage: string | null;
  /** Every statement read, the deciding ones marked, with each condition's values and result. */
  trace: PolicyTrace;
  request: TraceRequest;
  /** The policies evaluated, by label, in order. */
  evaluated: Array<{ label: RelayedText; kind: PermissionLayer['kind'] }>;
}

/** The verdict of evaluated layers. `unrestricted` (the root user) has no identity layer to pass. */
export function permissionVerdict(layers: readonly PermissionLayer[], ctx: RequestContext, principalArn: string, inputs: readonly PolicyInput[]): PermissionVerdict {
  const deniedBy = combineLayers(layers);
  const allowed = deniedBy === null;
  const merged = mergeEvaluations(layers.map((l) => l.evaluation), allowed);
  const decidingStatement = merged.deciding[0];
  const by: Message | '' = !decidingStatement
    ? ''
    : decidingStatement.sid
      ? /*i18n*/ { id: 'permission.by.sid', message: ' (Sid {sid} of {policy})', values: { sid: decidingStatement.sid, policy: decidingStatement.policy }, verbatim: ['sid'] }
      : /*i18n*/ { id: 'permission.by.index', message: ' (statement {index} of {policy})', values: { index: decidingStatement.index, policy: decidingStatement.policy } };
  const asked = { action: ctx.action, resource: ctx.resource };
  const verbatim = ['action', 'resource'];
  const headline: Message = allowed
    ? /*i18n*/ { id: 'permission.headline.allowed', message: 'Allowed: {action} on {resource}{by}.', values: { ...asked, by }, verbatim }
    : deniedBy === 'explicit-deny'
      ? /*i18n*/ { id: 'permission.headline.explicitDeny', message: 'Denied: {action} on {resource}: an explicit Deny{by}.', values: { ...asked, by }, verbatim }
      : deniedBy === 'identity'
        ? /*i18n*/ { id: 'permission.headline.identity', message: 'Denied: {action} on {resource}: no identity-based policy allows it.', values: asked, verbatim }
        : deniedBy === 'boundary'
          ? /*i18n*/ { id: 'permission.headline.boundary', message: 'Denied: {action} on {resource}: the permissions boundary does not allow it.', values: asked, verbatim }
          : /*i18n*/ { id: 'permission.headline.session', message: 'Denied: {action} on {resource}: the session policy does not allow it.', values: asked, verbatim };
  const on = ctx.resource === '*' ? '' : ` on resource: ${ctx.resource}`;
  return {
    allowed,
    deniedBy,
    headline: relay(headline),
    awsMessage: allowed ? null : `User: ${principalArn} is not authorized to perform: ${ctx.action}${on}${denialReason(deniedBy, ctx.action)}`,
    trace: traceFromEvaluation(merged, ctx),
    request: { action: ctx.action, resource: ctx.resource, principal: principalArn, keys: ctx.keys },
    evaluated: inputs.map((p) => ({ label: relay(p.label), kind: p.kind as PermissionLayer['kind'] })),
  };
}

export interface PastedPolicies {
  /** The identity-based policies attached to the user or role (at least one). */
  identity: string[];
  /** The session policy the credentials were issued with, if any. */
  session?: string;
  /** The permissions boundary of the user or role, if any. */
  boundary?: string;
}

/** A question about one action on one resource: the action must be a single action, not a pattern. */
export function checkQuestion(action: string, resource: string): Message | null {
  if (!/^[a-z0-9-]+:[A-Za-z0-9_-]+$/.test(action)) {
    return /*i18n*/ { id: 'permission.question.notOneAction', message: '"{action}" is not one action: write service:ActionName, such as s3:GetObject, without wildcards.', values: { action }, verbatim: ['action'] };
  }
  if (resource.trim() === '') return /*i18n*/ { id: 'permission.question.noResource', message: 'The resource is empty: give an ARN, or * for actions that take no resource.' };
  return null;
}

/**
 * The same evaluation for a set from AWS, against policies the user pastes: nothing is sent anywhere.
 * Only the principal's own condition keys are known (aws:PrincipalArn, aws:PrincipalAccount); a
 * condition on another key reads it as absent, as IAM does for a key a request does not carry.
 */
export function checkPastedPolicies(principalArn: string, policies: PastedPolicies, action: string, resource: string): ParseResult<PermissionVerdict, Message> {
  const problem = checkQuestion(action, resource);
  if (problem) return fail(problem);
  const inputs: PolicyInput[] = [];
  const texts: Array<{ text: string; kind: PermissionLayer['kind']; label: Message }> = [
    ...policies.identity.map((text, i) => ({ text, kind: 'identity' as const, label: policyLabel.pastedIdentity(i + 1) })),
    ...(policies.boundary?.trim() ? [{ text: policies.boundary, kind: 'boundary' as const, label: policyLabel.pastedBoundary }] : []),
    ...(policies.session?.trim() ? [{ text: policies.session, kind: 'session' as const, label: policyLabel.pastedSession }] : []),
  ].filter((t) => t.text.trim() !== '');
  if (!texts.some((t) => t.kind === 'identity')) return fail(/*i18n*/ { id: 'permission.pasteIdentity', message: 'Paste at least one identity-based policy of the user or role: without one, nothing is allowed.' });
  for (const t of texts) {
    const parsed = parsePolicyDocument(t.text, { kind: t.kind });
    if (!parsed.ok) return fail(/*i18n*/ { id: 'permission.pastedUnreadable', message: 'The {policy}: {error}', values: { policy: t.label, error: parsed.error }, verbatim: ['error'] });
    inputs.push({ label: t.label, kind: t.kind, document: parsed.value });
  }
  const arn = parseArn(principalArn.trim());
  const account = arn.ok ? arn.value.account : '';
  const ctx: RequestContext = {
    principal: { type: 'AWS', arn: principalArn, account },
    action,
    resource,
    keys: { 'aws:PrincipalArn': [principalArn], ...(account ? { 'aws:PrincipalAccount': [account] } : {}) },
  };
  // Each layer on its own: identity policies add up, each limit must allow by itself.
  const identity = inputs.filter((p) => p.kind === 'identity');
  const layers: PermissionLayer[] = [
    { kind: 'identity', evaluation: evaluatePolicies(identity, ctx) },
    ...inputs.filter((p) => p.kind !== 'identity').map((p) => ({ kind: p.kind as PermissionLayer['kind'], evaluation: evaluatePolicies([p], ctx) })),
  ];
  return ok(permissionVerdict(layers, ctx, principalArn, inputs));
}
