/**
 * The request a trust policy sees for an AssumeRoleWithSAML call with this response: the
 * saml-provider as Federated principal, the saml:* keys, and the session keys the assertion's
 * attributes add (tags, source identity, session name), as the sandbox builds them.
 */
import { federatedActions, federatedSessionKeys, type FederatedTrustRequest } from '../../policy/federated-trust';
import { parseArn } from '../../kernel/arn';
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { awsSamlAttributes } from './aws-attributes';
import { samlConditionKeys } from './name-qualifier';
import type { SamlResponseInfo } from './types';

export interface SamlProviderRef {
  accountId: string;
  providerName: string;
}

/** Account and name of a saml-provider ARN. */
export function samlProviderOf(principalArn: string): ParseResult<SamlProviderRef> {
  const arn = parseArn(typeof principalArn === 'string' ? principalArn.trim() : '');
  if (!arn.ok) return parseError(`PrincipalArn: ${arn.error}`);
  if (arn.value.service !== 'iam' || arn.value.resourceType !== 'saml-provider') return parseError(`PrincipalArn ${principalArn} is not a saml-provider ARN (arn:aws:iam::ACCOUNT:saml-provider/NAME).`);
  if (!/^\d{12}$/.test(arn.value.account)) return parseError(`PrincipalArn ${principalArn} has no 12-digit account.`);
  return parsed({ accountId: arn.value.account, providerName: arn.value.resourceName });
}

export async function samlTrustRequest(info: SamlResponseInfo, call: { roleArn: string; principalArn: string }): Promise<ParseResult<FederatedTrustRequest>> {
  const provider = samlProviderOf(call.principalArn);
  if (!provider.ok) return provider;
  if (call.roleArn.trim() === '') return parseError('Enter the Role ARN (or pick a Role pair) to evaluate the role\'s trust policy.');
  const attrs = awsSamlAttributes(info);
  const facts = { sessionName: attrs.roleSessionName, principalTags: attrs.principalTags, transitiveTagKeys: attrs.transitiveTagKeys, sourceIdentity: attrs.sourceIdentity };
  const keys = { ...(await samlConditionKeys(info, provider.value.accountId, provider.value.providerName)), ...federatedSessionKeys(facts) };
  return parsed({ federatedPrincipal: call.principalArn.trim(), roleArn: call.roleArn.trim(), actions: federatedActions('sts:AssumeRoleWithSAML', facts), keys });
}
