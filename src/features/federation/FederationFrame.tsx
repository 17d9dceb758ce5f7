import type { ReactNode } from 'react';
import { Text } from '../../i18n/Text';
import { Card } from './Card';
import { TrustPolicyCheck, type TrustPolicyCheckProps } from './TrustPolicyCheck';
import type { FederationOperation, PolicyEditorRenderer } from './types';
import type { PolicyText } from './usePolicyText';

/** How one federation protocol fills the shared frame: its names, its IdP form, its inspector. */
export interface FederationFrameProps {
  operation: FederationOperation;
  /** The sandbox IdP's mint form, when calls go to the sandbox. */
  idp: { protocol: 'SAML' | 'OIDC'; testId: string; form: ReactNode } | null;
  inspector: ReactNode;
  policy: PolicyText;
  request: TrustPolicyCheckProps['request'];
  pending: boolean;
  renderPolicyEditor: PolicyEditorRenderer | undefined;
}

/**
 * The one layout of both federation panels (AssumeRoleWithSAML and AssumeRoleWithWebIdentity):
 * the sandbox IdP, the inspector with its verdict, and the trust-policy check, top to bottom.
 */
export function FederationFrame({ operation, idp, inspector, policy, request, pending, renderPolicyEditor }: FederationFrameProps) {
  return (
    <div className="space-y-3" data-testid="federation-panel" data-operation={operation}>
      {idp && (
        <Card title={<Text m={/*i18n*/ { id: 'federation.idpTitle', message: 'Sandbox identity provider ({protocol})', values: { protocol: idp.protocol }, verbatim: ['protocol'] }} />} testId={idp.testId}>
          {idp.form}
        </Card>
      )}
      {inspector}
      <TrustPolicyCheck policy={policy} request={request} pending={pending} {...(renderPolicyEditor ? { renderPolicyEditor } : {})} />
    </div>
  );
}
