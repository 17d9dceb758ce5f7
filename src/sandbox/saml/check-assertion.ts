/**
 * What AssumeRoleWithSAML enforces before it issues credentials (reference §7): the assertion
 * decodes, comes from the provider's entity, is signed with one of the provider's certificates
 * (and the signature covers what is read), is current and addressed to AWS, and names the role.
 * Failures are StsErrors with AWS's codes; the rules are shared with the inspector.
 */
import { samlSessionFacts, type SamlSessionFacts } from '../../inspect/saml/session-facts';
import { evaluateSamlAssertion, type SamlProviderKeys } from '../../inspect/saml/sts-evaluate';
import { firstStsFailure } from '../../inspect/saml/sts-rules';
import { stsError } from '../core/errors';

export interface SamlProviderTrust extends SamlProviderKeys {
  accountId: string;
  /** The IAM SAML provider's name (last part of its ARN). */
  name: string;
}

export interface SamlAssertionCheckInput {
  /** The SAMLAssertion parameter: base64 of the whole samlp:Response. */
  samlAssertion: string;
  roleArn: string;
  principalArn: string;
  provider: SamlProviderTrust;
  /** Sandbox clock. */
  nowMs: number;
}

export type { SamlSessionFacts };

export async function checkSamlAssertionForSts(input: SamlAssertionCheckInput): Promise<SamlSessionFacts> {
  const { findings, info: parsed } = await evaluateSamlAssertion({
    samlAssertion: input.samlAssertion,
    roleArn: input.roleArn,
    principalArn: input.principalArn,
    provider: input.provider,
    nowMs: input.nowMs,
    firstFailureOnly: true,
  });
  const failure = firstStsFailure(findings);
  if (failure?.error) throw stsError(failure.error.code, failure.error.message, failure.causeId ? { sandboxCause: failure.causeId } : {});
  if (!parsed) throw stsError('InvalidIdentityToken', 'Invalid SAML response: the assertion is incomplete');
  const facts = await samlSessionFacts(parsed, { accountId: input.provider.accountId, name: input.provider.name });
  // Every rule passed, so the pieces exist and are valid.
  if (!facts) throw stsError('InvalidIdentityToken', 'Invalid SAML response: the assertion is incomplete');
  return facts;
}
