import { requireIdentityPermission } from '../authorize/authorize';
import { callerPrincipalTags, organizationId, requestTagKeys } from '../authorize/context-keys';
import { principalEntityArn } from '../auth/principal';
import { stsError } from '../core/errors';
import { mintOutboundToken } from '../idp/outbound-token';
import type { OperationHandler } from './types';
import { toSessionTags } from './shared/tags';
import { signedCaller } from './shared/caller-guards';
import { requireRegionalEndpoint } from './shared/region';

/** The issuer of an account's outbound tokens, served by the sandbox with discovery and JWKS. */
const outboundIssuer = (baseUrl: string, account: string): string => `${baseUrl}/_sandbox/outbound/${account}`;

/**
 * GetWebIdentityToken (reference §2.11): an AWS-signed JWT asserting the caller's own identity to
 * external services. The account must have outbound federation enabled; the token may not outlive
 * the calling session.
 */
export const getWebIdentityToken: OperationHandler<'GetWebIdentityToken'> = async (input, ctx) => {
  requireRegionalEndpoint(ctx, 'GetWebIdentityToken');
  const caller = signedCaller(ctx);
  const p = caller.principal;
  if (p.kind === 'root' || p.kind === 'root-session' || p.kind === 'federated-user') {
    throw stsError('AccessDenied', 'GetWebIdentityToken must be called by an IAM role or user.');
  }
  if (!caller.account.outboundWebIdentityFederation) {
    throw stsError('OutboundWebIdentityFederationDisabledException', `Outbound web identity federation is not enabled for account ${caller.account.id}. Enable it with iam:EnableOutboundWebIdentityFederation (in the sandbox world: outboundWebIdentityFederation: true).`);
  }
  if (input.SubjectMode === 'OriginIdentity' || input.Scope !== undefined) {
    throw stsError('AccessDenied', 'SubjectMode OriginIdentity and Scope need a session with trusted identity propagation (aws:OriginIdentity), which the sandbox does not emulate.');
  }
  const audiences = input.Audience ?? [];
  const algorithm = input.SigningAlgorithm === 'ES384' ? 'ES384' : 'RS256';
  const duration = input.DurationSeconds ?? 300;
  const tags = toSessionTags(input.Tags);
  await requireIdentityPermission(ctx, caller, 'sts:GetWebIdentityToken', '*', {
    'sts:IdentityTokenAudience': audiences,
    'sts:DurationSeconds': [String(duration)],
    'sts:SigningAlgorithm': [algorithm],
    ...requestTagKeys(tags),
  });
  const now = ctx.env.clock.nowSeconds();
  if (caller.kind === 'session' && now + duration > caller.claims.expiresAt) {
    throw stsError('SessionDurationEscalationException', `The requested token lifetime (${duration} seconds) would outlive the calling session, which expires in ${caller.claims.expiresAt - now} seconds.`);
  }
  const orgId = organizationId(ctx.env.world);
  const minted = await mintOutboundToken(
    ctx.env.secrets.file.oidc,
    {
      issuer: outboundIssuer(ctx.baseUrl, caller.account.id),
      subject: principalEntityArn(p),
      audiences,
      algorithm,
      lifetimeSeconds: duration,
      tags: tags,
      account: caller.account.id,
      sourceRegion: ctx.region,
      ...(orgId ? { orgId } : {}),
      principalTags: Object.fromEntries(callerPrincipalTags(ctx.env, caller).map((t) => [t.Key, t.Value])),
    },
    ctx.env.clock.nowMs(),
    ctx.env.runtime.randomBytes,
  );
  return { WebIdentityToken: minted.token, Expiration: minted.expiration };
};
