/**
 * The request a trust policy sees for an AssumeRoleWithWebIdentity call with this token: the OIDC
 * provider (or built-in provider) as Federated principal, the `<provider>:aud/sub/amr…` keys, and
 * the session keys from the AWS claims and the RoleSessionName, built by the one builder the sandbox
 * uses (policy/federated-trust.ts federatedTrustRequest) from the facts it reads (web-identity-facts.ts).
 */
import { federatedTrustRequest, type FederatedTrustRequest } from '../../policy/federated-trust';
import { parseArn } from '../../kernel/arn';
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { chooseAudience } from './aws-claims';
import type { DecodedJwt } from './types';
import { webIdentityFacts, webIdentityFederatedCall } from './web-identity-facts';

export { federatedPrincipalFor } from './web-identity-facts';

export function webIdentityTrustRequest(decoded: Pick<DecodedJwt, 'claims'>, call: { roleArn: string; roleSessionName: string }): ParseResult<FederatedTrustRequest> {
  const claims = decoded.claims;
  if (typeof claims.iss !== 'string' || claims.iss === '') return parseError('The token has no iss claim, so there is no provider to evaluate the trust policy for.');
  const role = parseArn(call.roleArn.trim());
  if (call.roleArn.trim() === '') return parseError('Enter the Role ARN: the OIDC provider is looked up in the role\'s account.');
  if (!role.ok || role.value.resourceType !== 'role' || !/^\d{12}$/.test(role.value.account)) return parseError(`RoleArn ${call.roleArn} is not a role ARN (arn:aws:iam::ACCOUNT:role/NAME).`);
  const facts = webIdentityFacts(decoded, claims.iss, chooseAudience(claims).clientId ?? '', role.value.account);
  if (!facts) return parseError('The token has no sub claim (a string), which STS requires before it reads the trust policy.');
  // Not filled in yet: no sts:RoleSessionName key (the form will send one).
  return parsed(federatedTrustRequest(webIdentityFederatedCall(facts, { roleArn: call.roleArn, sessionName: call.roleSessionName === '' ? null : call.roleSessionName })));
}
