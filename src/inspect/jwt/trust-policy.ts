/** A starting trust policy for a token's issuer, with warnings for the classic mistakes. */
import type { Message } from '../../kernel/message';
import type { PolicyDocument, PolicyStatement } from '../../policy/types';
import { chooseAudience, oidcProviderArn, providerKeyPrefix, SOURCE_IDENTITY_CLAIM, stringValues, TAGS_CLAIM } from './aws-claims';
import { idpConventions } from './idp-conventions';
import type { DecodedJwt } from './types';

export interface TrustPolicyOptions {
  accountId: string;
  /** The audience to require; defaults to the token's client ID (aud, or azp when aud is a list). */
  clientId?: string;
  /**
   * The subject to require; defaults to the token's sub. A value with `*` or `?` is matched with
   * StringLike; `*` alone (or an empty string) leaves sub unconstrained.
   */
  sub?: string;
}

export interface GeneratedTrustPolicy {
  policy: PolicyDocument;
  warnings: Message[];
}

const hasWildcard = (s: string) => /[*?]/.test(s);

export function generateTrustPolicy(decoded: Pick<DecodedJwt, 'claims'>, opts: TrustPolicyOptions): GeneratedTrustPolicy {
  const claims = decoded.claims;
  const warnings: Message[] = [];
  const iss = typeof claims.iss === 'string' ? claims.iss : '';
  if (iss === '') warnings.push(/*i18n*/ { id: 'trustGen.noIss', message: 'The token has no iss claim, so the provider is unknown; replace {placeholder} below.', values: { placeholder: '<ISSUER>' }, verbatim: ['placeholder'] });
  if (!/^\d{12}$/.test(opts.accountId)) warnings.push(/*i18n*/ { id: 'trustGen.badAccount', message: '“{account}” is not a 12-digit account ID.', values: { account: opts.accountId }, verbatim: ['account'] });
  const convention = iss ? idpConventions(iss) : null;

  const federated = convention?.builtIn ? convention.federatedPrincipal : oidcProviderArn(opts.accountId, iss || 'https://<ISSUER>');
  const prefix = convention?.id === 'google' ? 'accounts.google.com' : convention?.id === 'cognito' ? 'cognito-identity.amazonaws.com' : providerKeyPrefix(iss || '<ISSUER>');

  const google = convention?.id === 'google';
  const tokenAud = google && typeof claims.azp === 'string' ? claims.azp : chooseAudience(claims).clientId;
  const aud = opts.clientId ?? tokenAud;
  const equals: Record<string, string> = {};
  const like: Record<string, string> = {};
  if (aud) equals[`${prefix}:aud`] = aud;
  else if (convention?.id === 'cognito') warnings.push(/*i18n*/ { id: 'trustGen.cognitoAud', message: 'No audience: for Cognito identity pools {key} (the pool ID) is required, or identities from any pool in any account can assume the role.', values: { key: 'cognito-identity.amazonaws.com:aud' }, verbatim: ['key'] });
  else warnings.push(/*i18n*/ { id: 'trustGen.noAud', message: 'No audience could be taken from the token (aud is missing, or a list without azp); add {key} with your client ID.', values: { key: '<provider>:aud' }, verbatim: ['key'] });

  const sub = opts.sub ?? (typeof claims.sub === 'string' ? claims.sub : undefined);
  const unconstrained = sub === undefined || sub === '' || /^\*+$/.test(sub);
  if (!unconstrained) (hasWildcard(sub) ? like : equals)[`${prefix}:sub`] = sub;

  if (convention?.id === 'github-actions') {
    if (unconstrained) warnings.push(/*i18n*/ { id: 'trustGen.githubSub', message: 'sub is not constrained: any GitHub Actions workflow in any repository on GitHub, including an attacker’s, gets a token with aud {aud} and could assume this role. Require {key}, e.g. {example}.', values: { aud: 'sts.amazonaws.com', key: 'token.actions.githubusercontent.com:sub', example: 'repo:ORG/REPO:ref:refs/heads/main' }, verbatim: ['aud', 'key', 'example'] });
    else if (/^repo:[^/:]*\*/.test(sub)) warnings.push(/*i18n*/ { id: 'trustGen.anyOwner', message: 'sub “{sub}” matches repositories of any owner: put your organisation name before any wildcard.', values: { sub }, verbatim: ['sub'] });
  } else if (unconstrained && convention?.id !== 'cognito') {
    warnings.push(/*i18n*/ { id: 'trustGen.subOpen', message: 'sub is not constrained: every identity this issuer vouches for with that audience could assume the role. Require {key} unless that is truly intended.', values: { key: '<provider>:sub' }, verbatim: ['key'] });
  }

  const condition: Record<string, Record<string, string>> = {};
  if (Object.keys(equals).length > 0) condition.StringEquals = equals;
  if (Object.keys(like).length > 0) condition.StringLike = like;
  if (convention?.id === 'cognito') {
    const amr = stringValues(claims.amr);
    condition['ForAnyValue:StringLike'] = { 'cognito-identity.amazonaws.com:amr': amr.includes('unauthenticated') ? 'unauthenticated' : 'authenticated' };
  }

  const actions = ['sts:AssumeRoleWithWebIdentity'];
  if (claims[TAGS_CLAIM] !== undefined) actions.push('sts:TagSession');
  if (claims[SOURCE_IDENTITY_CLAIM] !== undefined) actions.push('sts:SetSourceIdentity');

  const statement: PolicyStatement = {
    Effect: 'Allow',
    Principal: { Federated: federated },
    Action: actions.length === 1 ? 'sts:AssumeRoleWithWebIdentity' : actions,
  };
  if (Object.keys(condition).length > 0) statement.Condition = condition;
  return { policy: { Version: '2012-10-17', Statement: [statement] }, warnings };
}
