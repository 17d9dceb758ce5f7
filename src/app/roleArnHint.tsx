/**
 * The sandbox's "did you mean" for a role ARN without its path, under the error card: the world's
 * roles are known only to the sandbox, so the hint appears only for calls that went to it.
 */
import { useCallback, type ReactNode } from 'react';
import type { OperationName } from '../catalog/types';
import type { Connection } from '../features/connection/useConnection';
import { RoleArnHint } from '../features/results/RoleArnHint';
import type { CallRecord } from '../features/results/types';
import { roleArnWithPath } from '../kernel/arn';

export function useRoleArnHint(connection: Connection, fillRoleArn: (op: OperationName, arn: string) => void): (record: CallRecord) => ReactNode {
  const world = connection.kind === 'sandbox' ? connection.sandbox.connection?.info : undefined;
  return useCallback(
    (record: CallRecord) => {
      if (!world || !record.sandboxClock || record.outcome.status !== 'error') return null;
      const arn = record.input.RoleArn;
      if (typeof arn !== 'string') return null;
      const suggestion = roleArnWithPath(arn, world.accounts.flatMap((a) => a.roles.map((r) => r.arn)));
      return suggestion ? <RoleArnHint suggestion={suggestion} onUse={() => fillRoleArn(record.operation, suggestion)} /> : null;
    },
    [world, fillRoleArn],
  );
}
