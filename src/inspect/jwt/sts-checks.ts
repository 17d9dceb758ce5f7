/**
 * What AssumeRoleWithWebIdentity would say about a decoded token, as a checklist (reference §8).
 * The condition keys, IdP conventions and trust-policy generator live beside this file and are
 * re-exported here, so the inspector has one entry point.
 */
import {
  chooseAudience,
  isIntegerNumericDate,
  MAX_WEB_IDENTITY_TOKEN_LENGTH,
  parseTagsClaim,
  sourceIdentityProblem,
  SOURCE_IDENTITY_CLAIM,
  STS_ALGORITHMS,
  TAGS_CLAIM,
} from './aws-claims';
import type { CheckLine, CheckStatus, DecodedJwt } from './types';
import { trimTrailing } from '../../kernel/trim-trailing';

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
const OUTBOUND_ISSUER_RE = /^https:\/\/[^/]+\.tokens\.sts\.global\.api\.aws\/?$/;

export function checkTokenAgainstStsRules(decoded: Pick<DecodedJwt, 'header' | 'claims'>, opts: StsCheckOptions): CheckLine[] {
  const { header, claims } = decoded;
  const out: CheckLine[] = [];
  const line = (id: string, status: CheckStatus, title: string, detail: string) => out.push({ id, status, title, detail });
  const now = Math.floor(opts.nowMs / 1000);

  if (opts.rawLength > MAX_WEB_IDENTITY_TOKEN_LENGTH) line('size', 'fail', 'Token size', `${opts.rawLength} characters; WebIdentityToken may be at most ${MAX_WEB_IDENTITY_TOKEN_LENGTH}.`);
  else if (opts.rawLength < 4) line('size', 'fail', 'Token size', 'WebIdentityToken must be at least 4 characters.');
  else line('size', 'pass', 'Token size', `${opts.rawLength} of at most ${MAX_WEB_IDENTITY_TOKEN_LENGTH} characters.`);

  if (opts.providerId) {
    line('provider-id', 'fail', 'ProviderId', `ProviderId "${opts.providerId}" is only for OAuth 2.0 access tokens from www.amazon.com or graph.facebook.com. This is an OpenID Connect token (a JWT): omit ProviderId and STS finds the provider from iss.`);
  } else line('provider-id', 'pass', 'ProviderId', 'Not set, as an OIDC ID token requires.');

  const alg = header.alg;
  if ((STS_ALGORITHMS as readonly unknown[]).includes(alg)) line('alg', 'pass', 'Signing algorithm', `${String(alg)} is accepted.`);
  else if (alg === 'none') line('alg', 'fail', 'Signing algorithm', 'alg is "none": the token is unsigned. STS accepts only RS256/384/512 and ES256/384/512.');
  else line('alg', 'fail', 'Signing algorithm', `alg ${JSON.stringify(alg)} is not accepted; STS accepts RS256, RS384, RS512, ES256, ES384 and ES512 (no HMAC, no PS*).`);
  if (typeof header.kid === 'string' && header.kid !== '') line('kid', 'pass', 'Key ID', `kid "${header.kid}" selects the key in the issuer's JWKS.`);
  else line('kid', 'warn', 'Key ID', 'The header has no kid; STS matches the verification key by kid, so the IdP\'s JWKS should hold a single key.');

  const iss = claims.iss;
  if (typeof iss !== 'string') line('iss-https', 'fail', 'Issuer uses https', 'There is no iss claim (or it is not a string).');
  else if (!iss.startsWith('https://')) line('iss-https', 'fail', 'Issuer uses https', `iss "${iss}" does not start with https://; IAM OIDC provider URLs always do, so none can match.`);
  else line('iss-https', 'pass', 'Issuer uses https', iss);

  if (typeof iss === 'string' && OUTBOUND_ISSUER_RE.test(iss)) {
    line('iss-outbound', 'fail', 'Not an AWS-issued token', 'This token came from GetWebIdentityToken (an AWS outbound issuer). Such tokens are for external services; they cannot be used with AssumeRoleWithWebIdentity.');
  }
  if (opts.providerUrl === undefined || opts.providerUrl === '') {
    line('iss-provider', 'warn', 'Issuer matches the IAM provider', 'Enter the IAM OIDC provider URL to compare: it must equal iss exactly, including case and any path.');
  } else if (iss === opts.providerUrl) {
    line('iss-provider', 'pass', 'Issuer matches the IAM provider', `iss equals the provider URL ${opts.providerUrl}.`);
  } else {
    const i = typeof iss === 'string' ? iss : '';
    const hint =
      i.toLowerCase() === opts.providerUrl.toLowerCase()
        ? ' They differ only in case, and the comparison is case-sensitive.'
        : trimTrailing(i, '/') === trimTrailing(opts.providerUrl, '/')
          ? ' They differ only in a trailing slash, which counts.'
          : '';
    line('iss-provider', 'fail', 'Issuer matches the IAM provider', `iss ${JSON.stringify(iss)} is not ${opts.providerUrl}: STS answers "No OpenIDConnect provider found in your account for ${i}".${hint}`);
  }

  const aud = claims.aud;
  const audOk = typeof aud === 'string' || (Array.isArray(aud) && aud.length > 0 && aud.every((a) => typeof a === 'string'));
  if (aud === undefined) line('aud-present', 'fail', 'Audience present', 'There is no aud claim: STS answers "Missing a required claim: aud".');
  else if (!audOk) line('aud-present', 'fail', 'Audience present', 'aud must be a string or a non-empty list of strings.');
  else line('aud-present', 'pass', 'Audience present', Array.isArray(aud) ? `aud is a list: ${aud.join(', ')}.` : `aud is ${aud}.`);

  const choice = chooseAudience(claims);
  if (!opts.clientIds || opts.clientIds.length === 0) {
    line('aud-client', 'warn', 'Audience is a client ID of the provider', `Enter the provider's client IDs to compare. STS would compare ${choice.clientId ?? 'nothing'} (${choice.how}).`);
  } else if (choice.clientId !== undefined && opts.clientIds.includes(choice.clientId)) {
    line('aud-client', 'pass', 'Audience is a client ID of the provider', `${choice.clientId} is a registered client ID (${choice.how}).`);
  } else {
    line('aud-client', 'fail', 'Audience is a client ID of the provider', `STS answers "Incorrect token audience": ${choice.clientId === undefined ? choice.how : `${choice.clientId} (${choice.how})`} is not among ${opts.clientIds.join(', ')}.`);
  }

  const timeNames = ['exp', 'nbf', 'iat'] as const;
  const badTimes = timeNames.filter((n) => claims[n] !== undefined && !isIntegerNumericDate(claims[n]));
  if (badTimes.length > 0) line('time-integers', 'fail', 'Time claims are integers', `${badTimes.map((n) => `${n} = ${JSON.stringify(claims[n])}`).join(', ')}: exp, nbf and iat must be whole seconds (JSON integers).`);
  else line('time-integers', 'pass', 'Time claims are integers', 'exp, nbf and iat (where present) are whole seconds.');

  const exp = claims.exp;
  if (exp === undefined) line('exp', 'fail', 'Not expired', 'There is no exp claim.');
  else if (typeof exp !== 'number') line('exp', 'fail', 'Not expired', 'exp is not a number.');
  else if (exp <= now) line('exp', 'fail', 'Not expired', `Expired: STS answers ExpiredTokenException "Token expired: current date/time ${now} must be before the expiration date/time${Math.floor(exp)}".`);
  else line('exp', 'pass', 'Not expired', `Valid for another ${exp - now} seconds.`);

  const nbf = claims.nbf;
  if (typeof nbf === 'number' && nbf > now) line('nbf', 'fail', 'Already valid (nbf)', `nbf is ${nbf - now} seconds in the future: the token is not valid yet.`);
  else if (nbf !== undefined) line('nbf', 'pass', 'Already valid (nbf)', 'nbf is in the past.');

  if (typeof claims.sub === 'string' && claims.sub !== '') line('sub', 'pass', 'Subject', `sub is ${claims.sub}; it becomes SubjectFromWebIdentityToken.`);
  else line('sub', 'fail', 'Subject', 'There is no sub claim (or it is not a string).');

  if (claims[TAGS_CLAIM] !== undefined) {
    const tags = parseTagsClaim(claims[TAGS_CLAIM]);
    if (!tags.ok) line('tags', 'fail', 'Session tags claim', tags.error);
    else line('tags', tags.warnings.length > 0 ? 'warn' : 'pass', 'Session tags claim', [`${Object.keys(tags.principalTags).length} tag(s), ${tags.transitiveTagKeys.length} transitive. The trust policy must allow sts:TagSession.`, ...tags.warnings].join(' '));
  }
  if (claims[SOURCE_IDENTITY_CLAIM] !== undefined) {
    const problem = sourceIdentityProblem(claims[SOURCE_IDENTITY_CLAIM]);
    if (problem) line('source-identity', 'fail', 'Source identity claim', problem);
    else line('source-identity', 'pass', 'Source identity claim', 'Valid. The trust policy must allow sts:SetSourceIdentity.');
  }
  if (opts.roleSessionName !== undefined) {
    const n = opts.roleSessionName;
    if (n.length < 2 || n.length > 64) line('role-session-name', 'fail', 'RoleSessionName', `RoleSessionName must be 2–64 characters; it has ${n.length}.`);
    else if (!SESSION_NAME_RE.test(n)) line('role-session-name', 'fail', 'RoleSessionName', 'RoleSessionName may contain only letters, digits and _+=,.@-.');
    else line('role-session-name', 'pass', 'RoleSessionName', `${n} is valid.`);
  }
  return out;
}
