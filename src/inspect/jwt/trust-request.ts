/**
 * The request a trust policy sees for an AssumeRoleWithWebIdentity call with this token: the OIDC
 * provider (or built-in provider) as Federated principal, the `<provider>:aud/sub/amr…` keys, and
 * the session keys from the AWS claims and the RoleSessionName, built by the one builder the sandbox
 * uses (policy/federated-trust.ts federatedTrustRequest) from the facts it reads (web-identity-facts.ts).
 */
import { federatedTrustRequest, type FederatedTrustRequest } from '../../policy/federated-trust';
import { parseArn } from '../../kernel/arn';
import type { Message } from '../../kernel/message';
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { chooseAudience } from './aws-claims';
import type { DecodedJwt } from './types';
import { webIdentityFacts, webIdentityFederatedCall } from './web-identity-facts';

export { federatedPrincipalFor } from './web-identity-facts';

export function webIdentityTrustRequest(decoded: Pick<DecodedJwt, 'claims'>, call: { roleArn: string; roleSessionName: string }): ParseResult<FederatedTrustRequest, Message> {
  const claims = decoded.claims;
  if (typeof claims.iss !== 'string' || claims.iss === '') return parseError(/*i18n*/ { id: 'oidcTrust.noIss', message: 'The token has no {claim} claim, so there is no provider to evaluate the trust policy for.', values: { claim: 'iss' }, verbatim: ['claim'] });
  const role = parseArn(call.roleArn.trim());
  if (call.roleArn.trim() === '') return parseError(/*i18n*/ { id: 'oidcTrust.noRole', message: 'Enter the Role ARN: the OIDC provider is looked up in the role’s account.' });
  if (!role.ok || role.value.resourceType !== 'role' || !/^\d{12}$/.test(role.value.account)) return parseError(/*i18n*/ { id: 'oidcTrust.notRoleArn', message: '{param} {arn} is not a role ARN ({pattern}).', values: { param: 'RoleArn', arn: call.roleArn, pattern: 'arn:aws:iam::ACCOUNT:role/NAME' }, verbatim: ['param', 'arn', 'pattern'] });
  const facts = webIdentityFacts(decoded, claims.iss, chooseAudience(claims).clientId ?? '', role.value.account);
  if (!facts) return parseError(/*i18n*/ { id: 'oidcTrust.noSub', message: 'The token has no {claim} claim (a string), which STS requires before it reads the trust policy.', values: { claim: 'sub' }, verbatim: ['claim'] });
  // Not filled in yet: no sts:RoleSessionName key (the form will send one).
  return parsed(federatedTrustRequest(webIdentityFederatedCall(facts, { roleArn: call.roleArn, sessionName: call.roleSessionName === '' ? null : call.roleSessionName })));
}
