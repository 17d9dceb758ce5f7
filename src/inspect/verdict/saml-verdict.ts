/**
 * The AssumeRoleWithSAML verdict: the sandbox's own rulebook (inspect/saml/sts-evaluate.ts) over the
 * SAMLAssertion as it would be sent, with the provider's keys. Without keys the signature cannot be
 * judged, so the verdict is at best "cannot tell".
 */
import { evaluateSamlAssertion, type SamlProviderKeys } from '../saml/sts-evaluate';
import type { Finding } from '../saml/sts-rules';
import { verdictFromChecks } from './from-checks';
import { fixFor } from './fixes';
import { requestCheck } from './request-check';
import type { FederationVerdict, PredictedStsError, VerdictCheck } from './types';

/** The keys to verify against, and where they came from ("the sandbox's provider Okta", "pasted metadata"). */
export interface SamlTrust extends SamlProviderKeys {
  source: string;
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
  /** The whole request as it would be sent (RoleArn, PrincipalArn, SAMLAssertion, DurationSeconds…), to check its parameters first. */
  parameters?: Record<string, unknown>;
  nowMs: number;
  /** How far the local clock may be from the target's. */
  clientSkewMs?: number;
}

export function findingToCheck(f: Finding, kind: 'saml' | 'oidc'): VerdictCheck {
  const fix = f.status === 'pass' ? undefined : fixFor(kind, f.id, f.status);
  return { id: f.id, status: f.status, title: f.title, detail: f.detail, ...(fix ? { fix } : {}), ...(f.error ? { error: f.error } : {}) };
}

export async function samlVerdict(input: SamlVerdictInput): Promise<FederationVerdict> {
  const first: VerdictCheck[] = input.parameters ? [requestCheck('AssumeRoleWithSAML', input.parameters)] : [];
  const trust = input.trust;
  if (trust && 'error' in trust) {
    const detail = `${trust.error.message}`;
    first.push({ id: 'provider', status: 'fail', title: 'PrincipalArn names a SAML provider of the account', detail, fix: 'Use the ARN of an IAM SAML provider that exists in the role\'s account, with readable metadata.', error: trust.error });
    return verdictFromChecks(first);
  }
  const { findings } = await evaluateSamlAssertion({
    samlAssertion: input.samlAssertion,
    ...(input.roleArn !== undefined ? { roleArn: input.roleArn } : {}),
    ...(input.principalArn !== undefined ? { principalArn: input.principalArn } : {}),
    provider: trust,
    nowMs: input.nowMs,
    ...(input.clientSkewMs !== undefined ? { clientSkewMs: input.clientSkewMs } : {}),
  });
  return verdictFromChecks([...first, ...findings.map((f) => findingToCheck(f, 'saml'))]);
}
