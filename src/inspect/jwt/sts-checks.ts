/**
 * What AssumeRoleWithWebIdentity would say about a decoded token, as a checklist (reference §8).
 * The condition keys, IdP conventions and trust-policy generator live beside this file and are
 * re-exported here, so the inspector has one entry point.
 */
import { MAX_WEB_IDENTITY_TOKEN_LENGTH } from './aws-claims';
import { oidcClaimFindings } from './oidc-rules';
import type { CheckLine, CheckStatus, DecodedJwt } from './types';

export { conditionKeysForToken } from './condition-keys';
export { idpConventions, type IdpConvention, type IdpId } from './idp-conventions';
export { generateTrustPolicy, type GeneratedTrustPolicy, type TrustPolicyOptions } from './trust-policy';
export type { CheckLine } from './types';

export interface StsCheckOptions {
  nowMs: number;
  clientIds?: string[];
  providerUrl?: string;
  roleSessionName?: string;
  providerId?: string;
  /** Length of the token as it will be sent (WebIdentityToken is 4–20000 characters). */
  rawLength: number;
}

const SESSION_NAME_RE = /^[\w+=,.@-]*$/;

/**
 * The inspector's table: the rulebook's claim rules (oidc-rules.ts, which the sandbox runs) judged
 * against the provider the user entered, plus the request parameters. The signature is judged by
 * the verdict (inspect/verdict), which has the keys.
 */
export function checkTokenAgainstStsRules(decoded: Pick<DecodedJwt, 'header' | 'claims'>, opts: StsCheckOptions): CheckLine[] {
  const out: CheckLine[] = [];
  const line = (id: string, status: CheckStatus, title: string, detail: string) => out.push({ id, status, title, detail });

  if (opts.rawLength > MAX_WEB_IDENTITY_TOKEN_LENGTH) line('size', 'fail', 'Token size', `${opts.rawLength} characters; WebIdentityToken may be at most ${MAX_WEB_IDENTITY_TOKEN_LENGTH}.`);
  else if (opts.rawLength < 4) line('size', 'fail', 'Token size', 'WebIdentityToken must be at least 4 characters.');
  else line('size', 'pass', 'Token size', `${opts.rawLength} of at most ${MAX_WEB_IDENTITY_TOKEN_LENGTH} characters.`);
  if (!opts.providerId) line('provider-id', 'pass', 'ProviderId', 'Not set, as an OIDC ID token requires.');

  const entered = opts.providerUrl ? { url: opts.providerUrl, clientIds: opts.clientIds ?? [] } : null;
  const iss = typeof decoded.claims.iss === 'string' ? decoded.claims.iss : '';
  // Client IDs without a provider URL: judge the audience as if iss were that provider.
  const audienceFallback = entered ?? (opts.clientIds && opts.clientIds.length > 0 ? { url: iss, clientIds: opts.clientIds } : undefined);
  const claims = oidcClaimFindings(decoded, {
    providers: entered ? [entered] : null,
    nowMs: opts.nowMs,
    ...(opts.providerId ? { providerId: opts.providerId } : {}),
    ...(audienceFallback ? { audienceFallback } : {}),
  });
  for (const f of claims.findings) {
    out.push({ id: f.id, status: f.status, title: f.title, detail: f.error && typeof f.detail === 'string' && !f.detail.includes(f.error.message) ? `${f.detail} STS answers ${f.error.code}: "${f.error.message}".` : f.detail });
    if (f.id === 'alg') {
      if (typeof decoded.header.kid === 'string' && decoded.header.kid !== '') line('kid', 'unknown', 'Key ID', `kid "${decoded.header.kid}" must name a key in the issuer's JWKS; that is checked when the signature is verified.`);
      else line('kid', 'warn', 'Key ID', "The header has no kid; STS matches the verification key by kid, so the IdP's JWKS should hold a single key.");
    }
  }
  if (opts.roleSessionName !== undefined) {
    const n = opts.roleSessionName;
    if (n.length < 2 || n.length > 64) line('role-session-name', 'fail', 'RoleSessionName', `RoleSessionName must be 2–64 characters; it has ${n.length}.`);
    else if (!SESSION_NAME_RE.test(n)) line('role-session-name', 'fail', 'RoleSessionName', 'RoleSessionName may contain only letters, digits and _+=,.@-.');
    else line('role-session-name', 'pass', 'RoleSessionName', `${n} is valid.`);
  }
  return out;
}
