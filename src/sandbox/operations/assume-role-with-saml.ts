import { fromBase64 } from '../../kernel/encoding';
import { findSamlProvider } from '../../inspect/verdict/sandbox-trust';
import { stsError, type StsErrorCode } from '../core/errors';
import { sandboxSamlProviders } from '../federation-trust';
import { checkSamlAssertionForSts } from '../saml/check-assertion';
import type { OperationHandler } from './types';
import { issueFederatedSession, resolveFederatedRole } from './shared/federated-session';

/** The IAM SAML provider named by PrincipalArn, with the entity ID and certificates STS trusts (the verdict's lookup too). */
function samlProvider(ctx: Parameters<OperationHandler<'AssumeRoleWithSAML'>>[1], principalArn: string) {
  const found = findSamlProvider(sandboxSamlProviders(ctx.env), principalArn);
  if (!found.ok) throw stsError(found.error.code as StsErrorCode, found.error.message);
  const certificatesDer = found.provider.certificatesB64.map(fromBase64).filter((c): c is Uint8Array => c !== null);
  return { accountId: found.accountId, name: found.name, entityId: found.provider.entityId, certificatesDer };
}

/** Unsigned; the assertion is the credential; decided by the trust policy alone (reference §2.2, §7). */
export const assumeRoleWithSaml: OperationHandler<'AssumeRoleWithSAML'> = async (input, ctx) => {
  const target = resolveFederatedRole(ctx, input.RoleArn ?? '', input.Policy);
  const provider = samlProvider(ctx, input.PrincipalArn ?? '');
  const facts = await checkSamlAssertionForSts({
    samlAssertion: input.SAMLAssertion ?? '',
    roleArn: input.RoleArn ?? '',
    principalArn: input.PrincipalArn ?? '',
    provider,
    nowMs: ctx.env.clock.nowMs(),
  });
  // SessionNotOnOrAfter and the SessionDuration attribute can only shorten the session (reference §7).
  const limits = [
    facts.sessionNotOnOrAfterMs !== undefined ? Math.floor(facts.sessionNotOnOrAfterMs / 1000) : undefined,
    facts.sessionDurationSeconds !== undefined ? ctx.env.clock.nowSeconds() + facts.sessionDurationSeconds : undefined,
  ].filter((v): v is number => v !== undefined);
  const notAfter = limits.length > 0 ? Math.min(...limits) : undefined;
  const issued = await issueFederatedSession(ctx, {
    operation: 'AssumeRoleWithSAML',
    target,
    federatedPrincipal: input.PrincipalArn ?? '',
    sessionName: facts.sessionName,
    tags: facts.principalTags,
    transitiveTagKeys: facts.transitiveTagKeys,
    ...(facts.sourceIdentity !== undefined ? { sourceIdentity: facts.sourceIdentity } : {}),
    conditionKeys: facts.conditionKeys,
    input,
    ...(notAfter !== undefined ? { notAfterSeconds: notAfter } : {}),
    federation: { kind: 'saml', provider: input.PrincipalArn ?? '', subject: facts.subject },
    alwaysReportPacked: true,
  });
  return {
    ...issued,
    Subject: facts.subject,
    SubjectType: facts.subjectType,
    Issuer: facts.issuer,
    Audience: facts.audience,
    NameQualifier: facts.nameQualifier,
  };
};
