/**
 * What the shell adds under a failed call: the sandbox's "did you mean" for a role ARN without its path,
 * and the decoded policy trace of a denied sandbox call. Loaded with the result cards (a failed call
 * exists only after a send), not with the first screen.
 */
import type { SandboxInfo } from '../features/connection/sandboxApi';
import { DeniedCallTraceSlot } from '../features/federation/FederationSlot';
import type { DeniedCallTraceProps } from '../features/federation/FederationPanel';
import { RoleArnHint } from '../features/results/RoleArnHint';
import type { CallRecord } from '../state/calls';
import { deniedCallMessage } from '../state/federationCauses';
import { roleArnSuggestion } from '../state/roleArnHint';

export interface CallErrorExtrasProps {
  record: CallRecord;
  world: SandboxInfo | undefined;
  onUseRoleArn: (arn: string) => void;
  decode: DeniedCallTraceProps['decode'];
}

export function CallErrorExtras({ record, world, onUseRoleArn, decode }: CallErrorExtrasProps) {
  const suggestion = roleArnSuggestion(world, record);
  const denied = deniedCallMessage(record);
  return (
    <>
      {suggestion && <RoleArnHint suggestion={suggestion} onUse={() => onUseRoleArn(suggestion)} />}
      {denied && <DeniedCallTraceSlot {...denied} decode={decode} />}
    </>
  );
}
