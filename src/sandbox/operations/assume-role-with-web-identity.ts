import { publicJwks } from '../idp/oidc-keys';
import { checkWebIdentityToken } from '../oidc/check-web-identity';
import type { OperationHandler } from './types';
import { issueFederatedSession, resolveFederatedRole } from './shared/federated-session';

/** Unsigned; the token is the credential; decided by the trust policy alone (reference §2.3, §8). */
export const assumeRoleWithWebIdentity: OperationHandler<'AssumeRoleWithWebIdentity'> = async (input, ctx) => {
  const target = resolveFederatedRole(ctx, input.RoleArn ?? '', input.Policy);
  // The issuer must be a provider of the account the RoleArn names (reference §8), whether or not the role exists.
  const account = ctx.env.world.accounts.find((a) => a.id === target.account);
  const facts = await checkWebIdentityToken({
    token: input.WebIdentityToken ?? '',
    ...(input.ProviderId !== undefined ? { providerId: input.ProviderId } : {}),
    roleAccountId: target.account,
    providers: account?.oidcProviders ?? [],
    builtInJwks: publicJwks(ctx.env.secrets.file.oidc),
    amazonSealKey: ctx.env.secrets.sealKey,
    nowMs: ctx.env.clock.nowMs(),
    ...(ctx.env.fetchJson ? { fetchJson: ctx.env.fetchJson } : {}),
  });
  const sessionName = input.RoleSessionName ?? '';
  const issued = await issueFederatedSession(ctx, {
    operation: 'AssumeRoleWithWebIdentity',
    target,
    federatedPrincipal: facts.federatedPrincipal,
    sessionName,
    tags: Object.entries(facts.principalTags).map(([Key, Value]) => ({ Key, Value })),
    transitiveTagKeys: facts.transitiveTagKeys,
    ...(facts.sourceIdentity !== undefined ? { sourceIdentity: facts.sourceIdentity } : {}),
    conditionKeys: facts.conditionKeys,
    input,
    federation: { kind: 'web-identity', provider: facts.providerArn, subject: facts.subject },
    alwaysReportPacked: false,
  });
  return {
    ...issued,
    SubjectFromWebIdentityToken: facts.subject,
    Provider: facts.providerArn,
    Audience: facts.audience,
  };
};
