/**
 * The trust-policy decision for AssumeRoleWithSAML and AssumeRoleWithWebIdentity (reference §9):
 * the Federated principal asks for the main action, plus sts:TagSession when session tags come with
 * the assertion or token and sts:SetSourceIdentity when a source identity does. Each action must be
 * allowed by the trust policy alone; STS stops at the first one that is not.
 */
import { assumeRoleDecision, evaluatePolicies, type Evaluation } from './evaluate';
import type { Message } from '../kernel/message';
import type { RequestContext } from './context';
import { policyLabel } from './labels';
import type { PolicyDocument } from './types';

export interface FederatedTrustRequest {
  /** What `Principal.Federated` must name: a saml-provider / oidc-provider ARN or a built-in provider. */
  federatedPrincipal: string;
  roleArn: string;
  /** The main action first, then sts:TagSession / sts:SetSourceIdentity when the request needs them. */
  actions: string[];
  /** Condition keys → values, as the request carries them. */
  keys: Record<string, string[]>;
}

export interface FederatedTrustStep {
  action: string;
  context: RequestContext;
  evaluation: Evaluation;
}

export interface FederatedTrustResult {
  allowed: boolean;
  /** One evaluation per action, in order, up to and including the first one denied. */
  steps: FederatedTrustStep[];
  /** The action STS would refuse, or null when every action is allowed. */
  deniedAction: string | null;
  summary: Message;
}

export interface FederatedSessionFacts {
  sessionName: string | null;
  principalTags: Record<string, string>;
  transitiveTagKeys: string[];
  sourceIdentity: string | null;
}

/** The request-side keys a federated call adds to the provider's own keys (as the sandbox adds them). */
export function federatedSessionKeys(facts: FederatedSessionFacts): Record<string, string[]> {
  const keys: Record<string, string[]> = {};
  const tagKeys = Object.keys(facts.principalTags);
  for (const k of tagKeys) keys[`aws:RequestTag/${k}`] = [facts.principalTags[k] as string];
  if (tagKeys.length > 0) keys['aws:TagKeys'] = tagKeys;
  if (facts.transitiveTagKeys.length > 0) keys['sts:TransitiveTagKeys'] = [...facts.transitiveTagKeys];
  if (facts.sourceIdentity !== null) keys['sts:SourceIdentity'] = [facts.sourceIdentity];
  if (facts.sessionName !== null) keys['sts:RoleSessionName'] = [facts.sessionName];
  return keys;
}

/** The actions a federated call needs the trust policy to allow. */
export function federatedActions(main: 'sts:AssumeRoleWithSAML' | 'sts:AssumeRoleWithWebIdentity', facts: Pick<FederatedSessionFacts, 'principalTags' | 'sourceIdentity'>): string[] {
  const actions: string[] = [main];
  if (Object.keys(facts.principalTags).length > 0) actions.push('sts:TagSession');
  if (facts.sourceIdentity !== null) actions.push('sts:SetSourceIdentity');
  return actions;
}

export type FederatedOperation = 'AssumeRoleWithSAML' | 'AssumeRoleWithWebIdentity';

/** What an accepted assertion or token brings to the trust policy (the rulebook's facts). */
export interface FederatedCallFacts {
  operation: FederatedOperation;
  federatedPrincipal: string;
  roleArn: string;
  /** The provider's own keys (saml:*, `<provider>:sub`…). */
  conditionKeys: Record<string, string[]>;
  /** null: not known yet (an explorer with an empty form), so no sts:RoleSessionName key. */
  sessionName: string | null;
  principalTags: Record<string, string>;
  transitiveTagKeys: string[];
  sourceIdentity: string | null;
}

/**
 * The one builder of the request a federated call puts to the trust policy: the sandbox's
 * AssumeRoleWithSAML / AssumeRoleWithWebIdentity and the verdict both call it.
 */
export function federatedTrustRequest(f: FederatedCallFacts): FederatedTrustRequest {
  const session = { sessionName: f.sessionName, principalTags: f.principalTags, transitiveTagKeys: f.transitiveTagKeys, sourceIdentity: f.sourceIdentity };
  return {
    federatedPrincipal: f.federatedPrincipal,
    roleArn: f.roleArn,
    actions: federatedActions(`sts:${f.operation}`, session),
    // Object.assign keeps the provider's keys first, then the session's (as the sandbox always built them).
    keys: Object.assign({}, f.conditionKeys, federatedSessionKeys(session)),
  };
}

/** AWS's one message for a federated denial (reference §5.3), whatever the role's side: missing, untrusting or denying. */
const federatedDenialMessage = (action: string): string => `Not authorized to perform ${action}`;

/** Evaluates the trust policy for each action of the request, stopping at the first denial. */
export function evaluateFederatedTrust(trustPolicy: PolicyDocument, request: FederatedTrustRequest, label: Message = policyLabel.anyTrust): FederatedTrustResult {
  const steps: FederatedTrustStep[] = [];
  for (const action of request.actions) {
    const context: RequestContext = { principal: { type: 'Federated', id: request.federatedPrincipal }, action, resource: request.roleArn, keys: request.keys };
    const evaluation = evaluatePolicies([{ label, kind: 'trust', document: trustPolicy }], context);
    steps.push({ action, context, evaluation });
    // Federated callers are decided by the trust policy alone: the one assume-role rule, identity side absent.
    const decision = assumeRoleDecision({ trust: evaluation.decision, identity: null, sameAccount: false, trustNamesPrincipalExactly: false });
    if (!decision.allowed) {
      const main = request.actions[0] ?? action;
      const values = { code: 'AccessDenied', message: `"${federatedDenialMessage(action)}"`, action, main, evaluation: evaluation.summary };
      const verbatim = ['code', 'message', 'action', 'main'];
      const summary: Message =
        action === main
          ? /*i18n*/ { id: 'policy.federated.denied', message: 'STS would answer {code}: {message}. {evaluation}', values, verbatim }
          : /*i18n*/ { id: 'policy.federated.deniedExtra', message: 'STS would answer {code}: {message}. This request needs {action} as well as {main}. {evaluation}', values, verbatim };
      return { allowed: false, steps, deniedAction: action, summary };
    }
  }
  return {
    allowed: true,
    steps,
    deniedAction: null,
    summary: /*i18n*/ { id: 'policy.federated.allowed', message: 'The trust policy allows {actions} for {principal}.', values: { actions: request.actions.join(', '), principal: request.federatedPrincipal }, verbatim: ['actions', 'principal'] },
  };
}

/** The role as the trust decision needs it: null when the account has no such role. */
export interface FederatedRole {
  arn: string;
  name: string;
  trustPolicy: PolicyDocument;
}

export type FederatedTrustDecision =
  | { allowed: true; result: FederatedTrustResult }
  | {
      allowed: false;
      /** What STS answers: AccessDenied with AWS's exact text. */
      error: { code: 'AccessDenied'; message: string };
      /** null when the role does not exist (AWS answers that exactly as an untrusting role). */
      result: FederatedTrustResult | null;
      /** Why, in words (sandbox-only: never in AWS's message). */
      why: Message;
    };

/**
 * The trust step of AssumeRoleWithSAML / AssumeRoleWithWebIdentity, as the sandbox takes it and the
 * verdict predicts it: a missing role and a role whose trust policy does not allow answer the same.
 */
export function decideFederatedTrust(role: FederatedRole | null, request: FederatedTrustRequest): FederatedTrustDecision {
  const main = request.actions[0] ?? 'sts:AssumeRole';
  if (!role) {
    const why: Message = /*i18n*/ {
      id: 'policy.federated.noRole',
      message: 'The account has no role {roleArn}. AWS answers a role that does not exist exactly as it answers a role whose trust policy does not allow the call.',
      values: { roleArn: request.roleArn },
      verbatim: ['roleArn'],
    };
    return { allowed: false, error: { code: 'AccessDenied', message: federatedDenialMessage(main) }, result: null, why };
  }
  const result = evaluateFederatedTrust(role.trustPolicy, request, policyLabel.trust(role.name));
  if (result.allowed) return { allowed: true, result };
  const denied = result.steps[result.steps.length - 1];
  // The policy's own account of the denial; AWS's message is said by the error itself.
  const evaluation = denied?.evaluation.summary ?? result.summary;
  const why: Message =
    result.deniedAction && result.deniedAction !== main
      ? /*i18n*/ { id: 'policy.federated.needsAction', message: 'This request needs {action} as well as {main}. {evaluation}', values: { action: result.deniedAction, main, evaluation }, verbatim: ['action', 'main'] }
      : evaluation;
  return { allowed: false, error: { code: 'AccessDenied', message: federatedDenialMessage(result.deniedAction ?? main) }, result, why };
}
