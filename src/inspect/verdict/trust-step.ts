/**
 * The verdict's last check: does the role's trust policy allow the call? The same decision the
 * sandbox takes (policy/federated-trust.ts decideFederatedTrust), on the same request
 * (federatedTrustRequest) built from the same facts the sandbox reads from the assertion or token.
 * When the role's trust policy is not known (target AWS, nothing pasted) the check is `unknown`:
 * the verdict then never says plain "accepted".
 */
import type { Message, Words } from '../../kernel/message';
import { decideFederatedTrust, federatedTrustRequest, type FederatedCallFacts, type FederatedRole } from '../../policy/federated-trust';
import type { VerdictCheck } from './types';

/** What STS checks the session against after the trust policy: known for a sandbox role, not for an AWS one. */
export interface RoleSessionLimits {
  maxSessionDuration: number;
  /** The Regions where the role's account deactivated STS. */
  disabledRegions: string[];
}

/** What the verdict knows of the role: its trust policy (role null: no such role), or nothing. */
export type RoleTrust =
  | { kind: 'known'; role: FederatedRole | null; source: Message; limits?: RoleSessionLimits }
  /** `need`: what is missing to tell, when it is not the trust policy itself (no RoleArn yet, say). */
  | { kind: 'unknown'; why: Words; need?: Words };

export const TRUST_POLICY_CHECK_ID = 'trust-policy';
const TITLE = /*i18n*/ { id: 'inspect.trust.title', message: "The role's trust policy allows the call" };

/** The role's trust policy, pasted (target AWS): the text is the policy JSON; an unreadable paste says why. */
export function roleTrustFromPasted(roleArn: string, policyText: string): RoleTrust {
  if (policyText.trim() === '') return { kind: 'unknown', why: /*i18n*/ { id: 'inspect.trust.notPasted', message: "the role's trust policy is not known here: calls go to AWS, and no trust policy was pasted." } };
  let doc: unknown;
  try {
    doc = JSON.parse(policyText);
  } catch {
    return { kind: 'unknown', why: /*i18n*/ { id: 'inspect.trust.notJson', message: 'the pasted trust policy is not JSON, so it was not run.' } };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { kind: 'unknown', why: /*i18n*/ { id: 'inspect.trust.notObject', message: 'the pasted trust policy is not a JSON object, so it was not run.' } };
  const name = roleArn.split('/').pop() ?? '';
  return { kind: 'known', role: { arn: roleArn.trim(), name, trustPolicy: doc as FederatedRole['trustPolicy'] }, source: /*i18n*/ { id: 'inspect.trust.source.pasted', message: 'the pasted trust policy' } };
}

/**
 * The trust-policy check for `facts` (null: the assertion or token was not accepted, so STS never
 * reaches the trust step and there is no check to show unless the policy itself is unknown).
 */
export function trustPolicyCheck(facts: FederatedCallFacts | null, role: RoleTrust): VerdictCheck | null {
  if (role.kind === 'unknown') {
    return {
      id: TRUST_POLICY_CHECK_ID,
      status: 'unknown',
      title: TITLE,
      detail: role.why,
      fix: role.need ?? /*i18n*/ { id: 'inspect.trust.need', message: 'the role\'s trust policy: paste it under "Trust policy" below (IAM console → Roles → the role → Trust relationships)' },
    };
  }
  if (!facts) return null;
  const decision = decideFederatedTrust(role.role, federatedTrustRequest(facts));
  const withSource = (why: Message): Message => /*i18n*/ ({ id: 'inspect.trust.withSource', message: '{why} ({source})', values: { why, source: role.source } });
  if (decision.allowed) return { id: TRUST_POLICY_CHECK_ID, status: 'pass', title: TITLE, detail: withSource(decision.result.summary) };
  const missing = role.role === null;
  return {
    id: TRUST_POLICY_CHECK_ID,
    status: 'fail',
    title: TITLE,
    detail: missing ? decision.why : withSource(decision.why),
    fix: missing
      ? /*i18n*/ { id: 'inspect.trust.fixMissing', message: 'Check the RoleArn: {roleArn} does not exist in {source}.', values: { roleArn: facts.roleArn, source: role.source }, verbatim: ['roleArn'] }
      : facts.operation === 'AssumeRoleWithSAML'
        ? /*i18n*/ { id: 'inspect.trust.fixSaml', message: 'Allow {action} for Principal.Federated {principal} in the role\'s trust policy, with conditions this assertion meets (see "Trust policy" below).', values: { action: decision.result?.deniedAction ?? facts.operation, principal: facts.federatedPrincipal }, verbatim: ['action', 'principal'] }
        : /*i18n*/ { id: 'inspect.trust.fixOidc', message: 'Allow {action} for Principal.Federated {principal} in the role\'s trust policy, with conditions this token meets (see "Trust policy" below).', values: { action: decision.result?.deniedAction ?? facts.operation, principal: facts.federatedPrincipal }, verbatim: ['action', 'principal'] },
    error: decision.error,
    causeId: missing ? 'role-missing' : 'trust-policy-denied',
  };
}
