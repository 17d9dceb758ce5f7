import { OidcFederation } from './OidcFederation';
import { SamlFederation } from './SamlFederation';
import type { FederationPanelProps } from './types';

/**
 * Federation debugging beside the AssumeRoleWithSAML / AssumeRoleWithWebIdentity form: mint from
 * the sandbox's IdPs, inspect the assertion or token, and check it against the role's trust policy.
 * Everything runs in the browser; nothing pasted here leaves it except in the call the user sends.
 */
export function FederationPanel({ operation, verdictAnchor, ...rest }: FederationPanelProps) {
  const anchor = verdictAnchor ?? { id: `verdict-${operation}` };
  // Keyed by operation so switching forms starts each inspector afresh.
  return operation === 'AssumeRoleWithSAML' ? <SamlFederation key="saml" {...rest} verdictAnchor={anchor} /> : <OidcFederation key="oidc" {...rest} verdictAnchor={anchor} />;
}

export type { FederationPanelProps, JudgedInput, VerdictAnchor, FormBridge, SandboxAccess, FederationClock, PolicyEditorRenderer, SandboxWorld } from './types';
export { DeniedCallTrace, type DeniedCallTraceProps } from './DeniedCallTrace';
