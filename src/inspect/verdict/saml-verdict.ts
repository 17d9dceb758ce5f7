/**
 * The AssumeRoleWithSAML verdict: the sandbox's own rulebook (inspect/saml/sts-evaluate.ts) over the
 * SAMLAssertion as it would be sent, with the provider's keys. Without keys the signature cannot be
 * judged, so the verdict is at best "cannot tell".
 */
import type { Words } from '../../kernel/message';
import { evaluateSamlAssertion, type SamlProviderKeys } from '../saml/sts-evaluate';
import type { Finding } from '../saml/sts-rules';
import { stsAnswers, verdictFromChecks } from './from-checks';
import { fixFor } from './fixes';
import { requestCheck } from './from-checks';
import type { FederationVerdict, PredictedStsError, VerdictCheck } from './types';
import type { FederatedCallFacts } from '../../policy/federated-trust';
import { samlFederatedCall, samlSessionFacts } from '../saml/session-facts';
import { samlProviderOf } from '../saml/trust-request';
import type { SamlResponseInfo } from '../saml/types';
import { trustPolicyCheck, type RoleTrust } from './trust-step';
import { sessionChecks, sessionPolicyCheck, type SessionRequest } from './session-step';

/** The keys to verify against, and where they came from ("the sandbox's provider Okta", "pasted metadata"). */
export interface SamlTrust extends SamlProviderKeys {
  source: Words;
}

export interface SamlVerdictInput {
  /** The SAMLAssertion parameter as it would be sent: base64 of the samlp:Response. */
  samlAssertion: string;
  roleArn?: string;
  principalArn?: string;
  /**
   * null when no key is known (target AWS, nothing pasted): the verdict is then "cannot tell" at best.
   * `{ error }` when the provider lookup itself fails (samlTrustFromSandbox): STS answers that error.
   */
  trust: SamlTrust | { error: PredictedStsError } | null;
  /**
   * What STS answers for the request's parameters before anything else (catalog's requestValidationError
   * on the form's input; null when they are valid). Omitted: the parameters are not judged.
   */
  requestError?: PredictedStsError | null;
  nowMs: number;
  /** How far the local clock may be from the target's. */
  clientSkewMs?: number;
  /** The role's trust policy as known (the sandbox's role, a pasted policy) or not (target AWS, nothing pasted). */
  role: RoleTrust;
  /** DurationSeconds, Policy, PolicyArns and the Region as they would be sent. Omitted: none sent. */
  session?: SessionRequest;
}

export function findingToCheck(f: Finding, kind: 'saml' | 'oidc'): VerdictCheck {
  const fix = f.status === 'pass' ? undefined : fixFor(kind, f.id, f.status);
  return { id: f.id, status: f.status, title: f.title, detail: f.detail, ...(fix ? { fix } : {}), ...(f.error ? { error: f.error } : {}), ...(f.causeId ? { causeId: f.causeId } : {}) };
}

export async function samlVerdict(input: SamlVerdictInput): Promise<FederationVerdict> {
  const session = input.session ?? {};
  const policy = sessionPolicyCheck(session);
  // STS parses the session policy right after the parameters, before the provider and the assertion.
  const first: VerdictCheck[] = [...(input.requestError !== undefined ? [requestCheck('AssumeRoleWithSAML', input.requestError)] : []), ...(policy ? [policy] : [])];
  const trust = input.trust;
  if (trust && 'error' in trust) {
    first.push({
      id: 'provider',
      status: 'fail',
      title: /*i18n*/ { id: 'inspect.saml.provider.title', message: 'PrincipalArn names a SAML provider of the account' },
      detail: stsAnswers(trust.error.message),
      fix: /*i18n*/ { id: 'inspect.saml.provider.fix', message: "Use the ARN of an IAM SAML provider that exists in the role's account, with readable metadata." },
      error: trust.error,
      causeId: 'provider-missing',
    });
    return verdictFromChecks(first);
  }
  const { findings, info } = await evaluateSamlAssertion({
    samlAssertion: input.samlAssertion,
    ...(input.roleArn !== undefined ? { roleArn: input.roleArn } : {}),
    ...(input.principalArn !== undefined ? { principalArn: input.principalArn } : {}),
    provider: trust,
    nowMs: input.nowMs,
    ...(input.clientSkewMs !== undefined ? { clientSkewMs: input.clientSkewMs } : {}),
  });
  const checks = [...first, ...findings.map((f) => findingToCheck(f, 'saml'))];
  const facts = checks.some((c) => c.status === 'fail') || !info ? null : await samlCallFacts(info, input);
  const trustStep = trustPolicyCheck(facts, input.role);
  const after = facts && trustStep?.status === 'pass' ? sessionChecks(facts, session, input.role) : [];
  return verdictFromChecks([...checks, ...(trustStep ? [trustStep] : []), ...after]);
}

/** What the accepted response puts to the trust policy, read as the sandbox reads it (session-facts.ts). */
async function samlCallFacts(info: SamlResponseInfo, input: SamlVerdictInput): Promise<FederatedCallFacts | null> {
  const provider = samlProviderOf(input.principalArn ?? '');
  if (!provider.ok || !input.roleArn) return null;
  const facts = await samlSessionFacts(info, { accountId: provider.value.accountId, name: provider.value.providerName });
  return facts ? samlFederatedCall(facts, { roleArn: input.roleArn, principalArn: input.principalArn ?? '' }) : null;
}
