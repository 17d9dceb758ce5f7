/**
 * What AssumeRoleWithWebIdentity would say about a decoded token, as a checklist (reference §8).
 * The condition keys, IdP conventions and trust-policy generator live beside this file and are
 * re-exported here, so the inspector has one entry point.
 */
import { MAX_WEB_IDENTITY_TOKEN_LENGTH } from './aws-claims';
import type { Message } from '../../kernel/message';
import { OIDC_RULE_TITLES, oidcClaimFindings } from './oidc-rules';
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
  const line = (id: string, status: CheckStatus, title: Message, detail: Message) => out.push({ id, status, title, detail });
  const size: Message = /*i18n*/ { id: 'oidc.check.size.title', message: 'Token size' };
  const max = MAX_WEB_IDENTITY_TOKEN_LENGTH;
  const param = 'WebIdentityToken';

  if (opts.rawLength > max) line('size', 'fail', size, /*i18n*/ { id: 'oidc.check.size.tooLong', message: '{length} characters; {param} may be at most {max}.', values: { length: opts.rawLength, param, max }, verbatim: ['param'] });
  else if (opts.rawLength < 4) line('size', 'fail', size, /*i18n*/ { id: 'oidc.check.size.tooShort', message: '{param} must be at least 4 characters.', values: { param }, verbatim: ['param'] });
  else line('size', 'pass', size, /*i18n*/ { id: 'oidc.check.size.pass', message: '{length} of at most {max} characters.', values: { length: opts.rawLength, max } });
  if (!opts.providerId) line('provider-id', 'pass', OIDC_RULE_TITLES.providerId, /*i18n*/ { id: 'oidc.rule.providerId.notSet', message: 'Not set, as an OIDC ID token requires.' });

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
  const kidTitle: Message = /*i18n*/ { id: 'oidc.check.kid.title', message: 'Key ID' };
  for (const f of claims.findings) {
    // The findings' details are Messages; STS's answer to a failure is its own line part (`answer`).
    out.push({ id: f.id, status: f.status, title: f.title, detail: f.detail, ...(f.error ? { answer: f.error } : {}) });
    if (f.id === 'alg') {
      if (typeof decoded.header.kid === 'string' && decoded.header.kid !== '')
        line('kid', 'unknown', kidTitle, /*i18n*/ { id: 'oidc.check.kid.unknown', message: "kid “{kid}” must name a key in the issuer's JWKS; that is checked when the signature is verified.", values: { kid: decoded.header.kid }, verbatim: ['kid'] });
      else line('kid', 'warn', kidTitle, /*i18n*/ { id: 'oidc.check.kid.none', message: "The header has no kid; STS matches the verification key by kid, so the IdP's JWKS should hold a single key." });
    }
  }
  if (opts.roleSessionName !== undefined) {
    const n = opts.roleSessionName;
    const title: Message = /*i18n*/ { id: 'oidc.check.roleSessionName.title', message: '{param}', values: { param: 'RoleSessionName' }, verbatim: ['param'] };
    if (n.length < 2 || n.length > 64) line('role-session-name', 'fail', title, /*i18n*/ { id: 'oidc.check.roleSessionName.length', message: '{param} must be 2–64 characters; it has {count}.', values: { param: 'RoleSessionName', count: n.length }, verbatim: ['param'] });
    else if (!SESSION_NAME_RE.test(n)) line('role-session-name', 'fail', title, /*i18n*/ { id: 'oidc.check.roleSessionName.characters', message: '{param} may contain only letters, digits and _+=,.@-.', values: { param: 'RoleSessionName' }, verbatim: ['param'] });
    else line('role-session-name', 'pass', title, /*i18n*/ { id: 'oidc.check.roleSessionName.pass', message: '“{value}” is valid.', values: { value: n }, verbatim: ['value'] });
  }
  return out;
}
