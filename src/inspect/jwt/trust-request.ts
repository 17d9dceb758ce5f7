/**
 * The request a trust policy sees for an AssumeRoleWithWebIdentity call with this token: the OIDC
 * provider (or built-in provider) as Federated principal, the `<provider>:aud/sub/amr…` keys, and
 * the session keys from the AWS claims and the RoleSessionName, as the sandbox builds them.
 */
import { federatedActions, federatedSessionKeys, type FederatedTrustRequest } from '../../policy/federated-trust';
import { parseArn } from '../../kernel/arn';
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { oidcProviderArn, parseTagsClaim, providerKeyPrefix, sourceIdentityProblem, SOURCE_IDENTITY_CLAIM, TAGS_CLAIM } from './aws-claims';
import { conditionKeysForToken } from './condition-keys';
import type { DecodedJwt } from './types';

/** Providers AWS knows by name: trusted as `Principal.Federated: "<host>"`. */
const BUILT_IN = new Set(['accounts.google.com', 'cognito-identity.amazonaws.com']);

/** What `Principal.Federated` must be for tokens of this issuer, in the role's account. */
export function federatedPrincipalFor(iss: string, roleAccountId: string): string {
  const prefix = providerKeyPrefix(iss);
  return BUILT_IN.has(prefix) ? prefix : oidcProviderArn(roleAccountId, iss);
}

export function webIdentityTrustRequest(decoded: Pick<DecodedJwt, 'claims'>, call: { roleArn: string; roleSessionName: string }): ParseResult<FederatedTrustRequest> {
  const claims = decoded.claims;
  if (typeof claims.iss !== 'string' || claims.iss === '') return parseError('The token has no iss claim, so there is no provider to evaluate the trust policy for.');
  const role = parseArn(call.roleArn.trim());
  if (call.roleArn.trim() === '') return parseError('Enter the Role ARN: the OIDC provider is looked up in the role\'s account.');
  if (!role.ok || role.value.resourceType !== 'role' || !/^\d{12}$/.test(role.value.account)) return parseError(`RoleArn ${call.roleArn} is not a role ARN (arn:aws:iam::ACCOUNT:role/NAME).`);
  let principalTags: Record<string, string> = {};
  let transitiveTagKeys: string[] = [];
  if (claims[TAGS_CLAIM] !== undefined) {
    const tags = parseTagsClaim(claims[TAGS_CLAIM]);
    if (tags.ok) {
      principalTags = tags.principalTags;
      transitiveTagKeys = tags.transitiveTagKeys;
    }
  }
  const si = claims[SOURCE_IDENTITY_CLAIM];
  const sourceIdentity = typeof si === 'string' && sourceIdentityProblem(si) === null ? si : null;
  const facts = { sessionName: call.roleSessionName === '' ? null : call.roleSessionName, principalTags, transitiveTagKeys, sourceIdentity };
  return parsed({
    federatedPrincipal: federatedPrincipalFor(claims.iss, role.value.account),
    roleArn: call.roleArn.trim(),
    actions: federatedActions('sts:AssumeRoleWithWebIdentity', facts),
    keys: { ...conditionKeysForToken(decoded, claims.iss), ...federatedSessionKeys(facts) },
  });
}
