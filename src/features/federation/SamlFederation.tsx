import { useState } from 'react';
import { FederationFrame } from './FederationFrame';
import { SamlInspector } from './SamlInspector';
import { SamlMintForm } from './SamlMintForm';
import type { FederationProtocolProps } from './types';
import { usePolicyText } from './usePolicyText';
import { useSandboxText } from './useSandboxText';
import { useSamlDerived, useSamlInspection } from './useSamlInspection';

/** AssumeRoleWithSAML's companions: the sandbox IdP, the inspector and the trust-policy check. */
export function SamlFederation({ form, sandbox, clock, renderPolicyEditor, verdictAnchor }: FederationProtocolProps) {
  const [input, setInput] = useState('');
  const [trusted, setTrusted] = useState('');
  // Against the sandbox, its IdP's metadata is the trust anchor unless another one is pasted.
  const sandboxMetadata = useSandboxText(sandbox && sandbox.world.accounts.some((a) => a.samlProviders.some((p) => p.builtInIdp)) ? sandbox : null, 'GET /_sandbox/saml/metadata');
  const state = useSamlInspection(input, trusted !== '' ? trusted : (sandboxMetadata ?? ''));
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
    <FederationFrame
      operation="AssumeRoleWithSAML"
      idp={
        sandbox && {
          protocol: 'SAML',
          testId: 'saml-idp',
          form: (
            <SamlMintForm
              sandbox={sandbox}
              onMinted={(m) => {
                setInput(m.samlResponse);
                form.fill({ SAMLAssertion: m.samlResponse });
              }}
            />
          ),
        }
      }
      inspector={<SamlInspector input={input} onInput={setInput} trusted={trusted} onTrusted={setTrusted} state={state} derived={derived} form={form} call={call} sandbox={sandbox} clock={clock} verdictAnchor={verdictAnchor} pastedTrustPolicy={policy.origin.kind === 'typed' ? policy.text : ''} />}
      policy={policy}
      request={ins ? request : null}
      pending={ins !== null && derived.status === 'pending'}
      renderPolicyEditor={renderPolicyEditor}
    />
  );
}
