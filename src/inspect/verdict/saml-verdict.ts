/**
 * The AssumeRoleWithSAML verdict: the sandbox's own rulebook (inspect/saml/sts-evaluate.ts) over the
 * SAMLAssertion as it would be sent, with the provider's keys. Without keys the signature cannot be
 * judged, so the verdict is at best "cannot tell".
 */
import { evaluateSamlAssertion, type SamlProviderKeys } from '../saml/sts-evaluate';
import type { Finding } from '../saml/sts-rules';
import { verdictFromChecks } from './from-checks';
import { fixFor } from './fixes';
import type { FederationVerdict, VerdictCheck } from './types';

/** The keys to verify against, and where they came from ("the sandbox's provider Okta", "pasted metadata"). */
export interface SamlTrust extends SamlProviderKeys {
  source: string;
}

export interface SamlVerdictInput {
  /** The SAMLAssertion parameter as it would be sent: base64 of the samlp:Response. */
  samlAssertion: string;
  roleArn?: string;
  principalArn?: string;
  /** null when no key is known (target AWS, nothing pasted): the verdict is then "cannot tell" at best. */
  trust: SamlTrust | null;
  nowMs: number;
  /** How far the local clock may be from the target's. */
  clientSkewMs?: number;
}

export function findingToCheck(f: Finding, kind: 'saml' | 'oidc'): VerdictCheck {
  const fix = f.status === 'pass' ? undefined : fixFor(kind, f.id, f.status);
  return { id: f.id, status: f.status, title: f.title, detail: f.detail, ...(fix ? { fix } : {}), ...(f.error ? { error: f.error } : {}) };
}

export async function samlVerdict(input: SamlVerdictInput): Promise<FederationVerdict> {
  const { findings } = await evaluateSamlAssertion({
    samlAssertion: input.samlAssertion,
    ...(input.roleArn !== undefined ? { roleArn: input.roleArn } : {}),
    ...(input.principalArn !== undefined ? { principalArn: input.principalArn } : {}),
    provider: input.trust,
    nowMs: input.nowMs,
    ...(input.clientSkewMs !== undefined ? { clientSkewMs: input.clientSkewMs } : {}),
  });
  return verdictFromChecks(findings.map((f) => findingToCheck(f, 'saml')));
}
