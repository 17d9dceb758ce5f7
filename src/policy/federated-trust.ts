/**
 * The trust-policy decision for AssumeRoleWithSAML and AssumeRoleWithWebIdentity (reference §9):
 * the Federated principal asks for the main action, plus sts:TagSession when session tags come with
 * the assertion or token and sts:SetSourceIdentity when a source identity does. Each action must be
 * allowed by the trust policy alone; STS stops at the first one that is not.
 */
import { evaluatePolicies, type Evaluation } from './evaluate';
import type { RequestContext } from './context';
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
  summary: string;
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

/** Evaluates the trust policy for each action of the request, stopping at the first denial. */
export function evaluateFederatedTrust(trustPolicy: PolicyDocument, request: FederatedTrustRequest, label = 'trust policy'): FederatedTrustResult {
  const steps: FederatedTrustStep[] = [];
  for (const action of request.actions) {
    const context: RequestContext = { principal: { type: 'Federated', id: request.federatedPrincipal }, action, resource: request.roleArn, keys: request.keys };
    const evaluation = evaluatePolicies([{ label, kind: 'trust', document: trustPolicy }], context);
    steps.push({ action, context, evaluation });
    if (evaluation.decision !== 'allow') {
      // AWS's wording, as the sandbox sends it (sandbox/authorize/authorize.ts authorizeFederated); why an extra action is needed is ours.
      const why = action === request.actions[0] ? '' : ` This request needs ${action} as well as ${request.actions[0] ?? 'the main action'}.`;
      return { allowed: false, steps, deniedAction: action, summary: `STS would answer AccessDenied: "Not authorized to perform ${action}".${why} ${evaluation.summary}` };
    }
  }
  const list = request.actions.join(', ');
  return { allowed: true, steps, deniedAction: null, summary: `The trust policy allows ${list} for ${request.federatedPrincipal}.` };
}
