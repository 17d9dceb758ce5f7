/**
 * What an accepted OpenID Connect token gives the session and the trust policy (reference §8): the
 * subject, the Provider and Federated principal, the tags and source identity from the AWS claims,
 * and the `<provider>:…` condition keys. The sandbox's AssumeRoleWithWebIdentity and the verdict's
 * trust step both read them here.
 */
import { oidcProviderArn, parseTagsClaim, providerKeyPrefix, SOURCE_IDENTITY_CLAIM, TAGS_CLAIM } from './aws-claims';
import { conditionKeysForToken } from './condition-keys';
import { BUILT_IN_OIDC_PROVIDERS } from './oidc-rules';
import type { DecodedJwt } from './types';
import type { FederatedCallFacts } from '../../policy/federated-trust';

export interface WebIdentityFacts {
  /** `iss`, or `www.amazon.com` for Login with Amazon. */
  issuer: string;
  /** `arn:aws:iam::ACCT:oidc-provider/<host/path>`, or `www.amazon.com`: the response's Provider. */
  providerArn: string;
  /** Prefix of the condition keys: `<host/path>` or `www.amazon.com`. */
  providerKeyPrefix: string;
  /** SubjectFromWebIdentityToken. */
  subject: string;
  /** The response's Audience: the client ID that matched (or the Amazon app ID). */
  audience: string;
  principalTags: Record<string, string>;
  transitiveTagKeys: string[];
  sourceIdentity?: string;
  /** Trust-policy condition keys the token supplies. */
  conditionKeys: Record<string, string[]>;
  /** What `Principal.Federated` must name to trust this token. */
  federatedPrincipal: string;
}

/** What `Principal.Federated` must be for tokens of this issuer, in the role's account: the provider ARN, or a built-in provider's name. */
export function federatedPrincipalFor(iss: string, roleAccountId: string): string {
  const prefix = providerKeyPrefix(iss);
  return BUILT_IN_OIDC_PROVIDERS.has(prefix) ? prefix : oidcProviderArn(roleAccountId, iss);
}

/** The facts of a token the rules accepted, matched to `providerUrl`; null when sub or iss is missing. */
export function webIdentityFacts(decoded: Pick<DecodedJwt, 'claims'>, providerUrl: string, audience: string, roleAccountId: string): WebIdentityFacts | null {
  const claims = decoded.claims;
  if (typeof claims.sub !== 'string' || typeof claims.iss !== 'string') return null;
  let principalTags: Record<string, string> = {};
  let transitiveTagKeys: string[] = [];
  if (claims[TAGS_CLAIM] !== undefined) {
    const tags = parseTagsClaim(claims[TAGS_CLAIM]);
    if (tags.ok) {
      principalTags = tags.principalTags;
      transitiveTagKeys = tags.transitiveTagKeys;
    }
  }
  const sourceIdentity = typeof claims[SOURCE_IDENTITY_CLAIM] === 'string' ? (claims[SOURCE_IDENTITY_CLAIM] as string) : undefined;
  const prefix = providerKeyPrefix(providerUrl);
  const providerArn = federatedPrincipalFor(providerUrl, roleAccountId);
  return {
    issuer: claims.iss,
    providerArn,
    providerKeyPrefix: prefix,
    subject: claims.sub,
    audience,
    principalTags,
    transitiveTagKeys,
    ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
    conditionKeys: conditionKeysForToken(decoded, providerUrl),
    federatedPrincipal: providerArn,
  };
}

const AMAZON = 'www.amazon.com';

/** The facts of a Login with Amazon access token its provider vouched for (user and app IDs). */
export function amazonWebIdentityFacts(t: { userId: string; appId: string }): WebIdentityFacts {
  return {
    issuer: AMAZON,
    providerArn: AMAZON,
    providerKeyPrefix: AMAZON,
    subject: t.userId,
    audience: t.appId,
    principalTags: {},
    transitiveTagKeys: [],
    conditionKeys: { [`${AMAZON}:app_id`]: [t.appId], [`${AMAZON}:user_id`]: [t.userId] },
    federatedPrincipal: AMAZON,
  };
}

/** The call's trust request inputs from these facts (the verdict and the trust-policy check both build it so). */
export function webIdentityFederatedCall(facts: WebIdentityFacts, call: { roleArn: string; sessionName: string | null }): FederatedCallFacts {
  return {
    operation: 'AssumeRoleWithWebIdentity',
    federatedPrincipal: facts.federatedPrincipal,
    roleArn: call.roleArn.trim(),
    conditionKeys: facts.conditionKeys,
    sessionName: call.sessionName,
    principalTags: facts.principalTags,
    transitiveTagKeys: facts.transitiveTagKeys,
    sourceIdentity: facts.sourceIdentity ?? null,
  };
}
