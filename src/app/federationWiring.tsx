/**
 * The federation feature's inputs from the shell (no JSX: src/features/federation/FederationSlot.tsx
 * draws the panels): the operation form's fields, the sandbox's typed controls, the clock, the
 * inspectors' rejections for the error cards, and DecodeAuthorizationMessage for a denied call's trace.
 */
import { useCallback, useMemo, useState } from 'react';
import type { Connection } from '../features/connection/useConnection';
import { callControl, controlText } from '../features/connection/sandboxApi';
import type { FederationClock, FederationOperation, FormBridge, SandboxAccess } from '../features/federation/types';
import { withJudged, type JudgedByOperation, type JudgedInput } from '../state/federationJudged';
import { listValues, textValues } from '../state/forms';
import { decodeAuthorizationMessage } from '../state/sendCall';
import type { FormsControl } from '../features/operations/useForms';

export function useFederationWiring(connection: Connection, forms: FormsControl) {
  const conn = connection.kind === 'sandbox' ? connection.sandbox.connection : undefined;
  const sandbox = useMemo<SandboxAccess | null>(
    () =>
      conn
        ? {
            world: conn.info,
            // The panel's optional request is the table's request for that route (callControl's tuple only adds "optional when empty").
            control: (route, request) => callControl(conn, route, ...([request] as [never])),
            text: (route) => controlText(conn, route),
          }
        : null,
    [conn],
  );
  const clock: FederationClock =
    connection.kind === 'sandbox' ? { offsetMs: connection.sandbox.offsetMs, sameAsSts: true } : { offsetMs: 0, sameAsSts: false };
  const form = (op: FederationOperation): FormBridge => ({ values: textValues(forms.stateOf(op)), lists: listValues(forms.stateOf(op)), fill: (fields) => forms.setText(op, fields) });

  const [judged, setJudged] = useState<JudgedByOperation>({});
  const onRejected = useCallback((op: FederationOperation, j: JudgedInput) => setJudged((m) => withJudged(m, op, j)), []);

  const { target, sourceCredentials } = connection;
  const inPage = connection.sandbox.connection?.inPage ?? null;
  const decode = useCallback((encoded: string) => decodeAuthorizationMessage(target, sourceCredentials, inPage, encoded), [target, sourceCredentials, inPage]);

  return { slot: { form, sandbox, clock, onRejected }, judged, decode };
}
