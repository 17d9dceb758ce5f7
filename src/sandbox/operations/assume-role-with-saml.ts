import { parseArn } from '../../kernel/arn';
import { fromBase64 } from '../../kernel/encoding';
import { parseIdpMetadata } from '../../inspect/saml/xml-signature';
import { stsError } from '../core/errors';
import { BUILT_IN_SAML_ENTITY_ID } from '../idp/saml-idp';
import { checkSamlAssertionForSts } from '../saml/check-assertion';
import { findAccount } from '../world/load-world';
import type { OperationHandler } from './types';
import { issueFederatedSession, resolveFederatedRole } from './shared/federated-session';

/** The IAM SAML provider named by PrincipalArn, with the entity ID and certificates STS trusts. */
function samlProvider(ctx: Parameters<OperationHandler<'AssumeRoleWithSAML'>>[1], principalArn: string) {
  const parsed = parseArn(principalArn.trim());
  if (!parsed.ok || parsed.value.service !== 'iam' || parsed.value.resourceType !== 'saml-provider') throw stsError('ValidationError', `${principalArn} is invalid`);
  const account = findAccount(ctx.env.world, parsed.value.account);
  const provider = account?.samlProviders.find((p) => p.name === parsed.value.resourceName);
  if (!account || !provider) throw stsError('InvalidIdentityToken', `SAML provider ${principalArn} does not exist in account ${parsed.value.account}.`);
  if (provider.builtInIdp) {
    const cert = fromBase64(ctx.env.secrets.file.saml.certificateB64);
    return { accountId: account.id, name: provider.name, entityId: BUILT_IN_SAML_ENTITY_ID, certificatesDer: cert ? [cert] : [] };
  }
  const metadata = parseIdpMetadata(provider.metadataXml ?? '');
  if (!metadata.ok) throw stsError('InvalidIdentityToken', `The metadata of SAML provider ${provider.name} cannot be read: ${metadata.error}`);
  return { accountId: account.id, name: provider.name, entityId: metadata.value.entityId, certificatesDer: metadata.value.signingCertificates };
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
