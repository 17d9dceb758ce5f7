import type { OperationInput, OperationName } from '../../catalog/types';
import { chainPath, chainRules } from '../../credentials/chain';
import type { ChainSource } from '../../credentials/chain-source';
import type { CredentialSet } from '../../credentials/credential-set';
import { ChainBanner } from './ChainBanner';

/** Above the form: the chain of sets that signs this call, and the rules it runs into. */
export function CredentialChain({ sets, source, operation, input }: { sets: readonly CredentialSet[]; source: ChainSource; operation: OperationName; input: OperationInput }) {
  const path = source.kind === 'set' ? chainPath(sets, source.set.id) : [];
  return <ChainBanner path={path} rules={chainRules(operation, source, input as Record<string, unknown>)} operation={operation} />;
}
