import { useState } from 'react';
import { Card } from './Card';
import { SamlInspector } from './SamlInspector';
import { SamlMintForm } from './SamlMintForm';
import { TrustPolicyCheck } from './TrustPolicyCheck';
import type { FederationPanelProps } from './types';
import { usePolicyText } from './usePolicyText';
import { useSamlDerived, useSamlInspection } from './useSamlInspection';

/** AssumeRoleWithSAML's companions: the sandbox IdP, the inspector and the trust-policy check. */
export function SamlFederation({ form, sandbox, clock, renderPolicyEditor }: Omit<FederationPanelProps, 'operation'>) {
  const [input, setInput] = useState('');
  const [trusted, setTrusted] = useState('');
  const state = useSamlInspection(input, trusted);
  const ins = state.status === 'done' && state.value.ok ? state.value.value : null;
  const firstPair = ins?.rolePairs.pairs[0];
  // The call uses the form's ARNs; until they are filled in, the assertion's first Role pair.
  const call = {
    roleArn: form.values.RoleArn?.trim() || firstPair?.roleArn || '',
    principalArn: form.values.PrincipalArn?.trim() || firstPair?.principalArn || '',
  };
  const derived = useSamlDerived(ins, call.roleArn, call.principalArn);
  const policy = usePolicyText(call.roleArn, sandbox?.world);
  const request = derived.status === 'done' ? derived.value.trustRequest : null;

  return (
    <div className="space-y-3" data-testid="federation-panel" data-operation="AssumeRoleWithSAML">
      {sandbox && (
        <Card title="Sandbox identity provider (SAML)" testId="saml-idp">
          <SamlMintForm
            sandbox={sandbox}
            onMinted={(m) => {
              setInput(m.samlResponse);
              form.fill({ SAMLAssertion: m.samlResponse });
            }}
          />
        </Card>
      )}
      <SamlInspector input={input} onInput={setInput} trusted={trusted} onTrusted={setTrusted} state={state} derived={derived} form={form} call={call} sandbox={sandbox} clock={clock} />
      <TrustPolicyCheck policy={policy} request={ins ? request : null} pending={ins !== null && derived.status === 'pending'} renderPolicyEditor={renderPolicyEditor} />
    </div>
  );
}
