/**
 * Policy evaluation with a trace (reference §9). An explicit Deny in any policy wins. Otherwise a
 * request is allowed when a trust or identity policy allows it (they add up) and every limiting
 * policy kind that is present (permissions boundary, session policy, SCP) allows it too. When only
 * limiting kinds are given (say one session policy), the answer is whether each of them allows it;
 * with no policies at all, nothing is allowed.
 */
import type { RequestContext } from './context';
import { normalizeStatements } from './parse';
import { describePrincipal } from './principal';
import { evaluateStatement, statementRef } from './statement';
import type { Evaluation, PolicyInput, PolicyKind, StatementTrace } from './trace';

export type { ConditionTrace, Evaluation, PolicyInput, PolicyKind, StatementTrace } from './trace';

const GRANTING: PolicyKind[] = ['trust', 'identity'];
const LIMITING: { kind: PolicyKind; name: string }[] = [
  { kind: 'boundary', name: 'the permissions boundary' },
  { kind: 'session', name: 'the session policy' },
  { kind: 'scp', name: 'the service control policies' },
];

function request(ctx: RequestContext): string {
  return `${ctx.action} on ${ctx.resource || '(no resource)'} by ${describePrincipal(ctx.principal)}`;
}

/** The statement that came closest to allowing: its action matched but something else did not. */
function nearest(statements: StatementTrace[]): StatementTrace | undefined {
  return statements.find((s) => s.effect === 'Allow' && !s.applies && s.actionMatched);
}

export function evaluatePolicies(policies: PolicyInput[], ctx: RequestContext): Evaluation {
  const statements = policies.flatMap((p) => normalizeStatements(p.document).map((s: unknown, i) => evaluateStatement(p, s, i, ctx)));
  const denies = statements.filter((s) => s.applies && s.effect === 'Deny');
  if (denies.length > 0) {
    const more = denies.length > 1 ? ` (and ${denies.length - 1} more Deny statement${denies.length > 2 ? 's' : ''})` : '';
    return { decision: 'explicit-deny', statements, deciding: denies, summary: `Explicitly denied by ${statementRef(denies[0] as StatementTrace)}${more}: ${request(ctx)}.` };
  }
  const allows = statements.filter((s) => s.applies && s.effect === 'Allow');
  if (policies.length === 0) {
    return { decision: 'implicit-deny', statements, deciding: [], summary: `Implicitly denied: ${request(ctx)}; there is no policy to allow it.` };
  }
  const isGranting = (kind: string): boolean => GRANTING.includes(kind as PolicyKind);
  const granting = policies.filter((p) => isGranting(p.kind));
  const grants = allows.filter((s) => isGranting(s.policyKind));
  if (granting.length > 0 && grants.length === 0) {
    const near = nearest(statements.filter((s) => isGranting(s.policyKind)));
    const hint = near ? ` Closest: ${near.why}.` : '';
    return {
      decision: 'implicit-deny',
      statements,
      deciding: [],
      summary: `Implicitly denied: ${request(ctx)}; no statement in ${granting.map((p) => p.label).join(', ')} allows it.${hint}`,
    };
  }
  const limits: StatementTrace[] = [];
  for (const { kind, name } of LIMITING) {
    const present = policies.filter((p) => p.kind === kind);
    if (present.length === 0) continue;
    const ok = allows.filter((s) => s.policyKind === kind);
    if (ok.length === 0) {
      const near = nearest(statements.filter((s) => s.policyKind === kind));
      const hint = near ? ` Closest: ${near.why}.` : '';
      const granted = grants[0] ? `${statementRef(grants[0])} allows ${ctx.action}, but ` : `${request(ctx)}; `;
      return {
        decision: 'implicit-deny',
        statements,
        deciding: [],
        summary: `Implicitly denied: ${granted}${name} (${present.map((p) => p.label).join(', ')}) does not allow it.${hint}`,
      };
    }
    limits.push(...ok);
  }
  const first = (grants[0] ?? limits[0]) as StatementTrace;
  return { decision: 'allow', statements, deciding: [...grants, ...limits], summary: `Allowed by ${statementRef(first)}: ${request(ctx)}.` };
}

export interface CrossPrincipalDecision {
  allowed: boolean;
  explicitDeny: boolean;
  reason: 'trust-denied' | 'identity-denied' | 'explicit-deny' | 'allowed';
  trust: Evaluation;
  /** null when the identity side was not consulted (federated and service principals). */
  identity: Evaluation | null;
  /** Whether an allowing trust statement named the caller's own ARN (not its account). */
  trustNamesPrincipalExactly: boolean;
  summary: string;
}

/**
 * The assume-role decision (reference §9): an explicit Deny anywhere wins; cross-account calls need
 * both the trust policy and the caller's identity policies to allow; in the same account a trust
 * statement naming the caller's exact ARN (user, role or session ARN, not the account) is enough;
 * federated calls (SAML, web identity) and service principals are decided by the trust policy alone.
 *
 * trustNamesPrincipalExactly overrides what the trust evaluation found; federated overrides the
 * guess from ctx.principal.type.
 */
export function decideCrossPrincipal(args: {
  trust: PolicyInput[];
  identity: PolicyInput[];
  sameAccount: boolean;
  trustNamesPrincipalExactly?: boolean;
  federated?: boolean;
  ctx: RequestContext;
}): CrossPrincipalDecision {
  const { ctx } = args;
  const federated = args.federated ?? (ctx.principal?.type === 'Federated' || ctx.principal?.type === 'Service');
  const trust = evaluatePolicies(args.trust, ctx);
  const identity = federated ? null : evaluatePolicies(args.identity, ctx);
  const exact = args.trustNamesPrincipalExactly ?? trust.deciding.some((s) => s.principalNamedExactly === true);
  const { allowed, reason } = assumeRoleDecision({ trust: trust.decision, identity: identity?.decision ?? null, sameAccount: args.sameAccount, trustNamesPrincipalExactly: exact });
  const out = (summary: string): CrossPrincipalDecision => ({ allowed, explicitDeny: reason === 'explicit-deny', reason, trust, identity, trustNamesPrincipalExactly: exact, summary });

  if (reason === 'explicit-deny') return out(trust.decision === 'explicit-deny' ? trust.summary : (identity?.summary ?? ''));
  if (reason === 'trust-denied') return out(`The trust policy does not allow this. ${trust.summary}`);
  if (identity === null) return out(`${trust.summary} Federated and service callers need only the trust policy.`);
  if (args.sameAccount && exact) return out(`${trust.summary} The trust policy names the caller's own ARN in the same account, so no identity policy is needed.`);
  const need = args.sameAccount ? 'The trust policy trusts the account (not the caller by ARN), so' : 'This is a cross-account call, so';
  if (allowed) return out(`${trust.summary} ${need} the caller's identity policy must allow it too, and it does: ${identity.summary}`);
  return out(`The trust policy allows this, but ${need.charAt(0).toLowerCase()}${need.slice(1)} the caller's identity policy must allow it too. ${identity.summary}`.trim());
}

/**
 * The assume-role rule itself, on decisions already made (the sandbox's authorizeAssumeRole and
 * authorizeFederated, and decideCrossPrincipal, all run it): an explicit Deny anywhere wins; the
 * trust policy must allow; federated and service callers (identity null) need nothing else; in the
 * same account a trust statement naming the caller's exact ARN is enough; otherwise the caller's
 * identity side must allow too.
 */
export function assumeRoleDecision(args: {
  trust: Evaluation['decision'];
  /** The caller's identity side; null for federated and service principals (not consulted). */
  identity: Evaluation['decision'] | null;
  sameAccount: boolean;
  trustNamesPrincipalExactly: boolean;
}): { allowed: boolean; reason: CrossPrincipalDecision['reason'] } {
  if (args.trust === 'explicit-deny' || args.identity === 'explicit-deny') return { allowed: false, reason: 'explicit-deny' };
  if (args.trust !== 'allow') return { allowed: false, reason: 'trust-denied' };
  if (args.identity === null || (args.sameAccount && args.trustNamesPrincipalExactly) || args.identity === 'allow') return { allowed: true, reason: 'allowed' };
  return { allowed: false, reason: 'identity-denied' };
}
