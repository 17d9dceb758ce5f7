/**
 * The request a trust policy sees for an AssumeRoleWithSAML call with this response: the
 * saml-provider as Federated principal, the saml:* keys, and the session keys the assertion's
 * attributes add (tags, source identity, session name): the sandbox's own builder (federatedTrustRequest)
 * over the facts it reads (session-facts.ts).
 */
import type { Message } from '../../kernel/message';
import { federatedTrustRequest, type FederatedTrustRequest } from '../../policy/federated-trust';
import { parseArn } from '../../kernel/arn';
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { samlFederatedCall, samlSessionFacts } from './session-facts';
import type { SamlResponseInfo } from './types';

export interface SamlProviderRef {
  accountId: string;
  providerName: string;
}

/** Account and name of a saml-provider ARN. */
export function samlProviderOf(principalArn: string): ParseResult<SamlProviderRef, Message> {
  const arn = parseArn(typeof principalArn === 'string' ? principalArn.trim() : '');
  if (!arn.ok) return parseError(/*i18n*/ { id: 'samlProvider.badArn', message: '{param}: {problem}', values: { param: 'PrincipalArn', problem: arn.error }, verbatim: ['param'] });
  if (arn.value.service !== 'iam' || arn.value.resourceType !== 'saml-provider') return parseError(/*i18n*/ { id: 'samlProvider.notProvider', message: '{param} {arn} is not a saml-provider ARN ({pattern}).', values: { param: 'PrincipalArn', arn: principalArn, pattern: 'arn:aws:iam::ACCOUNT:saml-provider/NAME' }, verbatim: ['param', 'arn', 'pattern'] });
  if (!/^\d{12}$/.test(arn.value.account)) return parseError(/*i18n*/ { id: 'samlProvider.noAccount', message: '{param} {arn} has no 12-digit account.', values: { param: 'PrincipalArn', arn: principalArn }, verbatim: ['param', 'arn'] });
  return parsed({ accountId: arn.value.account, providerName: arn.value.resourceName });
}

export async function samlTrustRequest(info: SamlResponseInfo, call: { roleArn: string; principalArn: string }): Promise<ParseResult<FederatedTrustRequest, Message>> {
  const provider = samlProviderOf(call.principalArn);
  if (!provider.ok) return provider;
  if (call.roleArn.trim() === '') return parseError(/*i18n*/ { id: 'samlProvider.noRole', message: 'Enter the Role ARN (or pick a Role pair) to evaluate the role’s trust policy.' });
  const facts = await samlSessionFacts(info, { accountId: provider.value.accountId, name: provider.value.providerName });
  if (!facts) return parseError(/*i18n*/ { id: 'samlProvider.noFacts', message: 'STS reads the trust policy only for an assertion with a NameID, a Recipient, a RoleSessionName and a Role pair: see the failing checks above.' });
  return parsed(federatedTrustRequest(samlFederatedCall(facts, call)));
}
