/**
 * GetWebIdentityToken's JWT (reference §2.11): the caller's AWS identity, signed by the account's
 * outbound issuer. Standard claims at the top; AWS's own under `https://sts.amazonaws.com/`.
 */
import { toBase64Url } from '../../kernel/encoding';
import type { SandboxRuntime } from '../core/runtime';
import { signJwt, type OidcKeyMaterial } from './oidc-keys';

const OUTBOUND_CLAIMS_NAMESPACE = 'https://sts.amazonaws.com/';

export interface OutboundTokenOptions {
  issuer: string;
  /** The principal's IAM ARN (for a role session, the role ARN). */
  subject: string;
  /** 1–10 audiences; one becomes a string `aud`, several a list. */
  audiences: string[];
  algorithm: 'RS256' | 'ES384';
  lifetimeSeconds: number;
  /** Request tags: they become `request_tags`. */
  tags: { Key: string; Value: string }[];
  account: string;
  orgId?: string;
  principalTags?: Record<string, string>;
  /** The Region the call was made in, when known. */
  sourceRegion?: string;
}

export async function mintOutboundToken(
  keys: OidcKeyMaterial,
  opts: OutboundTokenOptions,
  nowMs: number,
  randomBytes: SandboxRuntime['randomBytes'],
): Promise<{ token: string; expiration: Date }> {
  const iat = Math.floor(nowMs / 1000);
  const exp = iat + opts.lifetimeSeconds;
  const aws: Record<string, unknown> = { aws_account: opts.account };
  if (opts.sourceRegion) aws.source_region = opts.sourceRegion;
  if (opts.orgId) aws.org_id = opts.orgId;
  aws.principal_id = opts.subject;
  if (opts.principalTags && Object.keys(opts.principalTags).length > 0) aws.principal_tags = { ...opts.principalTags };
  if (opts.tags.length > 0) aws.request_tags = Object.fromEntries(opts.tags.map((t) => [t.Key, t.Value]));
  const payload: Record<string, unknown> = {
    iss: opts.issuer,
    aud: opts.audiences.length === 1 ? opts.audiences[0] : [...opts.audiences],
    sub: opts.subject,
    iat,
    exp,
    jti: toBase64Url(randomBytes(16)),
    [OUTBOUND_CLAIMS_NAMESPACE]: aws,
  };
  const token = await signJwt(keys, opts.algorithm, payload);
  return { token, expiration: new Date(exp * 1000) };
}
