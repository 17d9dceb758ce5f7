import { useMemo } from 'react';
import type { Message } from '../../kernel/message';
import type { ParseResult } from '../../kernel/result';
import { inspectSaml, type SamlInspection } from '../../inspect/saml/inspect-saml';
import { samlConditionKeys } from '../../inspect/saml/name-qualifier';
import { samlProviderOf, samlTrustRequest } from '../../inspect/saml/trust-request';
import type { FederatedTrustRequest } from '../../policy/federated-trust';
import { useAsyncResult, type AsyncState } from './useAsyncResult';

const failure = (e: unknown): ParseResult<never, Message> => ({ ok: false, error: /*i18n*/ { id: 'saml.inspector.failed', message: 'The inspector failed: {detail}', values: { detail: e instanceof Error ? e.message : String(e) }, verbatim: ['detail'] } });

/** Decodes, parses and verifies the pasted response (in the browser) whenever input or trust anchor change. */
export function useSamlInspection(input: string, trusted: string): AsyncState<ParseResult<SamlInspection, Message>> {
  const run = input.trim() === '' ? null : () => inspectSaml(input, trusted);
  return useAsyncResult(`${input}\u0000${trusted}`, run, 200, failure);
}

export interface SamlDerived {
  /** saml:* keys, or why they cannot be computed (they depend on the provider ARN). */
  conditionKeys: ParseResult<Record<string, string[]>, Message>;
  trustRequest: ParseResult<FederatedTrustRequest, Message>;
}

/** The condition keys and the trust request for the call the form would make. */
export function useSamlDerived(ins: SamlInspection | null, roleArn: string, principalArn: string): AsyncState<SamlDerived> {
  const key = useMemo(() => (ins ? `${ins.samlAssertion}\u0000${roleArn}\u0000${principalArn}` : ''), [ins, roleArn, principalArn]);
  const run = ins
    ? async (): Promise<SamlDerived> => {
        const provider = samlProviderOf(principalArn);
        const conditionKeys: SamlDerived['conditionKeys'] = provider.ok
          ? { ok: true, value: await samlConditionKeys(ins.info, provider.value.accountId, provider.value.providerName) }
          : { ok: false, error: principalArn === '' ? /*i18n*/ { id: 'saml.inspector.needProvider', message: 'Enter the SAML provider ARN (or pick a Role pair): {keys} depend on it.', values: { keys: 'saml:doc, saml:namequalifier' }, verbatim: ['keys'] } : provider.error };
        return { conditionKeys, trustRequest: await samlTrustRequest(ins.info, { roleArn, principalArn }) };
      }
    : null;
  return useAsyncResult(key, run, 0, (e) => {
    const f = failure(e);
    return { conditionKeys: f, trustRequest: f };
  });
}
