/**
 * Wiring of the credentials feature into the shell: every successful call that returns
 * Credentials becomes a set (with who signed it), sets become source credentials, Refresh re-runs
 * the producing call with the parent's keys, and the vault saves sets and call history.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getOperation } from '../catalog/operations';
import type { OperationInput, OperationName } from '../catalog/types';
import { chainPath, chainRules, sourceForKeys, type ChainSource } from '../credentials/chain';
import { credentialSetFromResult, identityFromArn, issuedInPage, isTemporaryKeyId, restoredSets, type CredentialSet, type ParentInfo } from '../credentials/credential-set';
import type { SavedData } from '../credentials/saved-data';
import type { Connection } from '../features/connection/useConnection';
import { ChainBanner } from '../features/credentials/ChainBanner';
import { CredentialSetsSection } from '../features/credentials/CredentialSetsSection';
import { CredentialNotices } from '../features/credentials/ExpiryNotices';
import { MfaDialog, SandboxMfaCode } from './lazyParts';
import { PersistenceControls } from '../features/credentials/PersistenceControls';
import { useCredentialSets } from '../features/credentials/useCredentialSets';
import { usePersistence } from '../features/credentials/usePersistence';
import type { CallRecord } from '../features/results/types';
import type { StsCallError } from '../sts/call-error';
import { isUnsignedOperation, type SourceCredentials } from '../sts/connection';
import { shortTargetLabel } from './targetLabel';
import type { useCalls } from './useCalls';

type Calls = ReturnType<typeof useCalls>;
interface Tracked {
  parent: ParentInfo;
  /** Refresh: the set this call's keys replace. */
  replaces?: string;
}

/** History records as stored: errors become plain objects that keep their message. */
function storableHistory(history: readonly CallRecord[]): unknown[] {
  return history
    .filter((r) => r.outcome.status !== 'pending')
    .map((r) => (r.outcome.status === 'error' ? { ...r, outcome: { ...r.outcome, error: { ...r.outcome.error, name: r.outcome.error.name, message: r.outcome.error.message } } } : r));
}

function revivedHistory(items: readonly unknown[]): CallRecord[] {
  return items.flatMap((item) => {
    const r = item as CallRecord;
    if (typeof r.id !== 'string' || typeof r.operation !== 'string' || !r.outcome || typeof r.startedAt !== 'number') return [];
    if (r.outcome.status === 'error') {
      const e = r.outcome.error as unknown as Record<string, unknown>;
      const error = Object.assign(new Error(String(e.message ?? '')), e) as unknown as StsCallError;
      return [{ ...r, outcome: { ...r.outcome, error } }];
    }
    return [r];
  });
}

// The export formats load with the first export; afterwards the dialog stays mounted (it restores focus on close).
const ExportDialog = lazy(() => import('../features/credentials/ExportDialog').then((m) => ({ default: m.ExportDialog })));

export function useCredentialsWiring(connection: Connection, calls: Calls) {
  const store = useCredentialSets();
  const { sets, add, replace, remove, merge } = store;
  const tracked = useRef(new Map<string, Tracked>());
  const seen = useRef(new Set<string>());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [exporting, setExporting] = useState<CredentialSet | null>(null);
  const [exportUsed, setExportUsed] = useState(false);
  useEffect(() => {
    if (exporting) setExportUsed(true);
  }, [exporting]);
  const [mfaFor, setMfaFor] = useState<CredentialSet | null>(null);
  // Loaded with the first refresh that needs a code, then kept mounted (the dialog hands the focus back on close).
  const [mfaUsed, setMfaUsed] = useState(false);
  useEffect(() => {
    if (mfaFor) setMfaUsed(true);
  }, [mfaFor]);
  const note = (id: string, text: string) => setNotes((n) => ({ ...n, [id]: text }));

  const demo = connection.kind === 'sandbox' ? (connection.sandbox.connection?.info.demo ?? null) : null;
  const keyId = connection.credentials.accessKeyId.trim();
  const longTermIdentity = useMemo(() => (demo && keyId === demo.accessKeyId ? identityFromArn(demo.arn) : undefined), [demo, keyId]);
  const source: ChainSource = useMemo(() => sourceForKeys(sets, keyId, longTermIdentity), [sets, keyId, longTermIdentity]);
  const activeSetId = source.kind === 'set' ? source.set.id : undefined;

  /** Remember who signs the call `id` (Workbench calls this right after calls.send). */
  const track = useCallback(
    (recordId: string, operation: OperationName) => {
      if (isUnsignedOperation(operation)) return;
      tracked.current.set(recordId, { parent: source.kind === 'set' ? { set: source.set } : longTermIdentity ? { identity: longTermIdentity } : {} });
    },
    [source, longTermIdentity],
  );

  // Every settled successful call with Credentials becomes a set, once.
  useEffect(() => {
    for (const r of calls.history) {
      if (r.outcome.status === 'pending' || seen.current.has(r.id)) continue;
      seen.current.add(r.id);
      const t = tracked.current.get(r.id);
      tracked.current.delete(r.id);
      if (r.outcome.status === 'error') {
        if (t?.replaces) note(t.replaces, `Refresh failed: ${r.outcome.error.code}. The set is unchanged.`);
        continue;
      }
      const set = credentialSetFromResult(r.operation, r.input as Record<string, unknown>, r.outcome.output, t?.parent, { targetLabel: r.targetLabel, sandboxClock: r.sandboxClock, ...(r.keysEndpoint ? { keysEndpoint: r.keysEndpoint } : {}) });
      if (!set) continue;
      if (t?.replaces) {
        replace(t.replaces, set);
        note(t.replaces, 'Refreshed.');
      } else add(set);
    }
  }, [calls.history, add, replace]);

  const onUse = useCallback(
    (set: CredentialSet) => connection.adoptCredentials({ accessKeyId: set.accessKeyId, secretAccessKey: set.secretAccessKey, sessionToken: set.sessionToken ?? '' }, set.name),
    [connection],
  );

  const refresh = useCallback(
    (set: CredentialSet, tokenCode?: string) => {
      const target = connection.target;
      if (!target) return note(set.id, 'No connection yet.');
      if (shortTargetLabel(target) !== set.source.targetLabel && set.source.targetLabel) return note(set.id, `This set came from ${set.source.targetLabel}; switch the connection there to refresh it.`);
      const op = set.source.operation as OperationName;
      const parentSet = set.source.parentSetId ? sets.find((s) => s.id === set.source.parentSetId) : undefined;
      let credentials: SourceCredentials = null;
      if (isUnsignedOperation(op)) credentials = null;
      else if (parentSet) credentials = { accessKeyId: parentSet.accessKeyId, secretAccessKey: parentSet.secretAccessKey, ...(parentSet.sessionToken ? { sessionToken: parentSet.sessionToken } : {}) };
      else if (demo && set.source.parentIdentity?.arn === demo.arn) credentials = { accessKeyId: demo.accessKeyId, secretAccessKey: demo.secretAccessKey };
      else if (connection.sourceCredentials && !isTemporaryKeyId(connection.sourceCredentials.accessKeyId)) credentials = connection.sourceCredentials;
      else return note(set.id, 'The keys that made this set are gone: put them in Connection, then refresh.');
      if ('TokenCode' in set.source.input && tokenCode === undefined) return setMfaFor(set);
      const input = (tokenCode ? { ...set.source.input, TokenCode: tokenCode } : set.source.input) as OperationInput;
      const id = calls.send({ spec: getOperation(op), input, target, credentials, inPageSandbox: connection.sandbox.connection?.inPage ?? undefined, sentAnyway: false });
      tracked.current.set(id, { parent: parentSet ? { set: parentSet } : set.source.parentIdentity ? { identity: set.source.parentIdentity } : {}, replaces: set.id });
      note(set.id, 'Refreshing…');
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

  const sidebar = (
    <CredentialSetsSection
      sets={sets}
      sandboxOffsetMs={connection.sandbox.offsetMs}
      activeSetId={activeSetId}
      onUse={onUse}
      onRefresh={(s) => refresh(s)}
      onExport={setExporting}
      onForget={(s) => remove(s.id)}
      status={(s) => (notes[s.id] ? <span role="status">{notes[s.id]}</span> : null)}
      storage={<PersistenceControls persistence={persistence} />}
    />
  );

  const banner = (operation: OperationName, input: OperationInput): ReactNode => {
    const path = source.kind === 'set' ? chainPath(sets, source.set.id) : [];
    return <ChainBanner path={path} rules={chainRules(operation, source, input as Record<string, unknown>)} operation={operation} />;
  };

  const mfaSerial = typeof mfaFor?.source.input.SerialNumber === 'string' ? mfaFor.source.input.SerialNumber : '';
  const overlays = (
    <>
      <CredentialNotices sets={sets} sandboxOffsetMs={connection.sandbox.offsetMs} />
      {(exportUsed || exporting) && (
        <Suspense fallback={null}>
          <ExportDialog set={exporting} onClose={() => setExporting(null)} />
        </Suspense>
      )}
      {(mfaUsed || mfaFor) && (
        <Suspense fallback={null}>
          <MfaDialog
            open={mfaFor !== null}
            setName={mfaFor?.name ?? ''}
            serial={mfaSerial}
            codeHint={
              sandboxConnection && mfaSerial && mfaFor?.source.sandboxClock
                ? (fill) => <SandboxMfaCode connection={sandboxConnection} serialNumber={mfaSerial} clockOffsetSeconds={sandboxOffset ?? 0} onFill={fill} />
                : undefined
            }
            onCancel={() => setMfaFor(null)}
            onSubmit={(code) => {
              const s = mfaFor;
              setMfaFor(null);
              if (s) refresh(s, code);
            }}
          />
        </Suspense>
      )}
    </>
  );

  return { sidebar, banner, overlays, track, sets };
}
