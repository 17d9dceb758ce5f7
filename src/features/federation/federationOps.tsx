/**
 * What the shell knows of the federation panels before their code loads: which operations have one, where
 * the Send bar's "Verdict" link jumps, and the line shown while a panel loads.
 */
import { useLingui } from '@lingui/react';
import type { OperationName } from '../../catalog/types';
import type { FederationOperation } from './types';

export const FEDERATION_OPERATIONS: readonly FederationOperation[] = ['AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity'];
export const isFederationOp = (name: OperationName): name is FederationOperation => (FEDERATION_OPERATIONS as readonly string[]).includes(name);
/** The element the Send area's "Verdict" link jumps to. */
export const verdictElementId = (op: OperationName) => `verdict-${op}`;

export function FederationLoading() {
  const { i18n } = useLingui();
  return <p className="px-1 py-2 text-[13px] text-muted">{i18n._({ id: 'federation.loading', message: 'Loading the federation tools…' })}</p>;
}
