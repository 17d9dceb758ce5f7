/**
 * The tool on screen (access key inspector, authorization message report, sandbox world, permission check,
 * the Labs area) with the bridges each needs to the forms and to sending: features never import each other.
 * The tools are listed in the command registry (src/state/commands.ts).
 */
import { Suspense, lazy, type ReactNode } from 'react';
import { whenOperationLoaded } from '../catalog/load';
import type { OperationName } from '../catalog/types';
import type { Connection } from '../features/connection/useConnection';
import { useLingui } from '@lingui/react';
import { decodeBlocker, decodeOutcome } from '../state/decodeTool';
import { fromInput } from '../state/formState';
import type { ToolName } from '../state/commands';
import { callControl } from '../features/connection/sandboxApi';
import type { CredentialSet } from '../credentials/credential-set';
import type { LabsPermissionBridge } from '../features/labs/useLabsFlow';
import { ToolLoading } from './ToolLoading';
import type { Calls } from './useCalls';
import type { FormsControl as Forms } from '../features/operations/useForms';

// The tools load when first shown: the first screen is the forms and results.
const AccessKeyInspector = lazy(() => import('../features/inspectors/AccessKeyInspector').then((m) => ({ default: m.AccessKeyInspector })));
const AuthorizationReportTool = lazy(() => import('../features/inspectors/AuthorizationReport').then((m) => ({ default: m.AuthorizationReportTool })));
const WorldExplorer = lazy(() => import('../features/world/WorldExplorer').then((m) => ({ default: m.WorldExplorer })));
const PermissionCheck = lazy(() => import('../features/permissions/PermissionCheck').then((m) => ({ default: m.PermissionCheck })));

export interface ToolSlotProps {
  tool: ToolName;
  connection: Connection;
  /** The credential sets of this page, for the permission check. */
  sets: readonly CredentialSet[];
  calls: Calls;
  forms: Forms;
  choose: (op: OperationName) => void;
  /** The Labs area (its state lives in the shell, so the guide above the form shares it). */
  labsArea: ReactNode;
  /** The permission check's question from a lab step's Show me, and where its sandbox verdicts are recorded for the lab checker. */
  permission: { question: { action: string; resource: string; n: number } | null; record: LabsPermissionBridge['record'] };
}

/** The selected tool, with what it needs from the shell. */
export function ToolSlot({ tool, connection, sets, calls, forms, choose, labsArea, permission }: ToolSlotProps) {
  const target = connection.target;
  // The sandbox in use answers for the sets it issued (only while calls go to it).
  const sandbox = connection.kind === 'sandbox' ? connection.sandbox.connection : null;
  const { i18n } = useLingui();
  const blocked = decodeBlocker({ hasTarget: target !== null, hasSourceCredentials: connection.sourceCredentials !== null, pending: calls.pending });
  const blocker = blocked && i18n._(blocked);
  const send = (encoded: string): string | null =>
    target === null || blocker
      ? null
      : calls.send({ operation: 'DecodeAuthorizationMessage', input: { EncodedMessage: encoded }, target, credentials: connection.sourceCredentials, inPageSandbox: connection.sandbox.connection?.inPage ?? undefined, sentAnyway: false });

  return (
    <Suspense fallback={<ToolLoading />}>
      {tool === 'labs' ? (
        labsArea
      ) : tool === 'access-key' ? (
        <AccessKeyInspector
          onAsk={(accessKeyId) => {
            whenOperationLoaded('GetAccessKeyInfo', (spec) => {
              forms.load(spec.name, fromInput(spec, { AccessKeyId: accessKeyId }), ['AccessKeyId']);
              choose(spec.name);
            });
          }}
        />
      ) : tool === 'sandbox-world' ? (
        <WorldExplorer
          target={connection.kind}
          world={connection.sandbox.connection?.info}
          {...(connection.sandbox.connection
            ? {
                live: {
                  edits: connection.sandbox.connection.info.edits ?? {},
                  apply: (edit) => connection.sandbox.changeWorld({ edit }),
                  reset: (arn) => connection.sandbox.changeWorld({ reset: { arn } }),
                  ...(connection.sandbox.connection.editsLost ? { lost: connection.sandbox.connection.editsLost } : {}),
                },
              }
            : {})}
          sandboxStatus={connection.sandbox.status}
          sandboxError={connection.sandbox.error}
          onUse={({ operation, fields }) => {
            // Only the role's fields change: whatever else the user typed in that form stays.
            forms.setText(operation, fields);
            choose(operation);
          }}
        />
      ) : tool === 'permission-check' ? (
        <PermissionCheck
          key={permission.question?.n ?? 0}
          {...(permission.question ? { question: permission.question } : {})}
          sets={sets}
          sourceKeys={connection.credentials}
          sourceOrigin={connection.credentialOrigin}
          sandboxTarget={connection.kind === 'sandbox'}
          world={sandbox?.info}
          askSandbox={
            sandbox
              ? async (request) => {
                  const answer = await callControl(sandbox, 'POST /_sandbox/permission-check', request);
                  permission.record(request, answer);
                  return answer;
                }
              : null
          }
        />
      ) : (
        <AuthorizationReportTool blocker={blocker} send={send} outcomeOf={(id) => decodeOutcome(calls.history, id)} />
      )}
    </Suspense>
  );
}

