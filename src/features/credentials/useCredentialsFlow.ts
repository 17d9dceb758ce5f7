/**
 * The credentials feature's state (no JSX: CredentialsArea.tsx draws it): every successful call that returns Credentials becomes a set with who signed it
 * (src/state/setsFromCalls.ts), Refresh re-runs the producing call with the parent's keys
 * (src/state/refreshPlan.ts), and the vault saves sets and history (src/state/savedHistory.ts).
 */
import type { Message } from '../../kernel/message';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OperationName } from '../../catalog/types';
import { sourceForKeys, type ChainSource } from '../../credentials/chain-source';
import { issuedInPage, restoredSets, type CredentialSet } from '../../credentials/credential-set';
import type { SavedData } from '../../credentials/saved-data';
import type { CredentialsModel } from './CredentialsArea';
import { useCredentialSets } from './useCredentialSets';
import { usePersistence } from './usePersistence';
import { revivedHistory, storableHistory } from '../../state/savedHistory';
import type { TrackedCall } from '../../state/setsFromCalls';
import { shortTargetLabel } from '../../state/targetLabel';
import type { CallRecord, CallRequest } from '../../state/calls';
import type { InPageSandboxState } from '../../sandbox/in-page';
import { isUnsignedOperation } from '../../catalog/directory';
import type { SourceCredentials, Target } from '../../sts/connection';
import type { InPageSandbox } from '../../sts/in-page-handler';

/** What the flow reads of the connection (the connection feature's state, by shape: a feature does not import another). */
export interface CredentialsConnection {
  kind: string;
  target: Target | null;
  sourceCredentials: SourceCredentials;
  credentials: { accessKeyId: string };
  adoptCredentials: (creds: { accessKeyId: string; secretAccessKey: string; sessionToken: string }, label: string) => void;
  sandbox: {
    connection?: { info: { demo?: { arn: string; accessKeyId: string; secretAccessKey: string } | null }; inPage: InPageSandbox | null; persistable?: () => InPageSandboxState } | undefined;
    offsetMs: number;
    clock: { offsetSeconds: number } | undefined;
    reviveInPage: (saved: unknown) => Promise<boolean>;
  };
}

/** What the flow needs of this visit's calls. */
export interface CredentialsCalls {
  history: readonly CallRecord[];
  send: (req: CallRequest & { inPageSandbox: InPageSandbox | undefined }) => string;
  restoreHistory: (restored: readonly CallRecord[]) => void;
}

export function useCredentialsFlow(connection: CredentialsConnection, calls: CredentialsCalls): CredentialsModel & { source: ChainSource; track: (id: string, op: OperationName) => void } {
  const { sets, add, replace, remove, merge } = useCredentialSets();
  const tracked = useRef(new Map<string, TrackedCall>());
  const seen = useRef(new Set<string>());
  const [notes, setNotes] = useState<Record<string, Message>>({});
  const [exporting, setExporting] = useState<CredentialSet | null>(null);
  const [mfaFor, setMfaFor] = useState<CredentialSet | null>(null);
  const note = (id: string, text: Message) => setNotes((n) => ({ ...n, [id]: text }));

  const demo = connection.kind === 'sandbox' ? (connection.sandbox.connection?.info.demo ?? null) : null;
  const keyId = connection.credentials.accessKeyId.trim();
  const longTermArn = demo && keyId === demo.accessKeyId ? demo.arn : undefined;
  const source = useMemo(() => sourceForKeys(sets, keyId, longTermArn), [sets, keyId, longTermArn]);

  /** Remember who signs the call `id` (Workbench calls this right after calls.send). */
  const track = useCallback(
    (recordId: string, operation: OperationName) => {
      if (isUnsignedOperation(operation)) return;
      tracked.current.set(recordId, source.kind === 'set' ? { parent: { set: source.set } } : { parent: {}, ...(longTermArn ? { signerArn: longTermArn } : {}) });
    },
    [source, longTermArn],
  );

  useEffect(() => {
    // The code that makes sets from calls comes with the first call, not with the first screen.
    if (calls.history.length === 0) return;
    let live = true;
    void import('../../state/setsFromCalls').then(({ setChangesFromCalls }) => {
      // A newer history has its own run; `seen` keeps any call from counting twice.
      if (!live) return;
      for (const c of setChangesFromCalls(calls.history, seen.current, tracked.current)) {
        if (c.kind === 'add') add(c.set);
        else if (c.kind === 'replace') replace(c.id, c.set);
        else note(c.id, c.text);
      }
    });
    return () => {
      live = false;
    };
  }, [calls.history, add, replace]);

  const use = useCallback(
    (set: CredentialSet) => connection.adoptCredentials({ accessKeyId: set.accessKeyId, secretAccessKey: set.secretAccessKey, sessionToken: set.sessionToken ?? '' }, set.name),
    [connection],
  );

  const refresh = useCallback(
    (set: CredentialSet, tokenCode?: string) => {
      const target = connection.target;
      // How to refresh a set is worked out by code that comes with the first refresh.
      void import('../../state/refreshPlan').then(({ planRefresh }) => {
        const plan = planRefresh(set, { targetLabel: target && shortTargetLabel(target), sets, demo, connectionKeys: connection.sourceCredentials }, tokenCode);
        if (plan.kind === 'note') return note(set.id, plan.text);
        if (plan.kind === 'needs-code') return setMfaFor(set);
        if (!target) return;
        const id = calls.send({ operation: plan.operation, input: plan.input, target, credentials: plan.credentials, inPageSandbox: connection.sandbox.connection?.inPage ?? undefined, sentAnyway: false });
        tracked.current.set(id, { parent: plan.parent, replaces: set.id });
        note(set.id, /*i18n*/ { id: 'sets.note.refreshing', message: 'Refreshing…' });
      });
    },
    [connection, sets, demo, calls],
  );

  const { reviveInPage } = connection.sandbox;
  const onRestore = useCallback(
    async (data: SavedData) => {
      const history = revivedHistory(data.history);
      for (const r of history) seen.current.add(r.id);
      // Put back the in-page sandbox that issued the saved sets, unless this visit's one already issued some.
      const blocked = sets.some(issuedInPage);
      const revived = !blocked && data.inPageSandbox !== undefined && (await reviveInPage(data.inPageSandbox));
      merge(restoredSets(data.sets, revived, blocked));
      calls.restoreHistory(history);
    },
    [merge, calls, sets, reviveInPage],
  );
  const history = useMemo(() => storableHistory(calls.history), [calls.history]);
  const sandboxConnection = connection.sandbox.connection;
  const sandboxOffset = connection.sandbox.clock?.offsetSeconds;
  // Saved with the sets while persistence is on, so the in-page sandbox's sessions survive a reload.
  const inPageSandbox = useMemo(() => (sandboxOffset === undefined ? undefined : sandboxConnection?.persistable?.()), [sandboxConnection, sandboxOffset]);
  const persistence = usePersistence(sets, history, onRestore, inPageSandbox);

  return {
    sets,
    sandboxOffsetMs: connection.sandbox.offsetMs,
    activeSetId: source.kind === 'set' ? source.set.id : undefined,
    notes,
    persistence,
    use,
    refresh,
    forget: (s) => remove(s.id),
    mfaFor,
    cancelMfa: () => setMfaFor(null),
    exporting,
    setExporting,
    source,
    track,
  };
}
