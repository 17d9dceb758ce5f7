/**
 * The labs' state (no JSX: LabsSlots.tsx draws it): lab progress in browser storage (lab and step ids
 * only), the open lab, this visit's calls as the checker sees them, and "Show me" (fill the step's form
 * and the keys that sign it; never send). In a workshop room each completed step is reported once to
 * the sandbox's own record, which the instructor page reads.
 */
import { useLingui } from '@lingui/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OperationName } from '../../catalog/types';
import type { LabEvent, LabPermissionRun } from '../../labs/check';
import type { Message } from '../../kernel/message';
import type { Lab, LabStep } from '../../labs/format';
import type { signedInUserOf } from '../../labs/signed-in';
import { LAB_PROGRESS_STORAGE_KEY, LAB_RESETS_STORAGE_KEY, parseProgress, parseResets, serializeProgress, serializeResets, withSteps, type LabProgress, type LabResets } from '../../labs/progress';
import type { ShowMeDeps } from '../../labs/show-me';
import type { CallRecord } from '../../state/calls';
import type { FormValues } from '../../state/formState';
import { choiceStorage, readStoredChoice, storeChoice } from '../../state/storedChoice';
import { reportLabStep } from '../../sts/room-session';
import type * as LabKitModule from './labFiles';
import { lazyValue, type LazyValue } from '../../kernel/lazy-value';
import { useLazyValue } from '../../ui/lazyPart';
import type { LabsProps } from './LabsViews';

/** What the flow reads of the connection (the connection feature's state, by shape: a feature does not import another). */
export interface LabsConnection {
  kind: string;
  sandbox: { connection?: { inPage?: unknown; info?: Parameters<typeof signedInUserOf>[0] } | undefined; advance: (seconds: number) => void };
  resetToDemoUser: () => void;
  adoptCredentials: (creds: { accessKeyId: string; secretAccessKey: string; sessionToken: string }, label: string) => void;
}

export interface LabsDeps {
  connection: LabsConnection;
  /** A /_sandbox/ control as a lab file names it (method and path are data in the lab). */
  control: ShowMeDeps['control'] | null;
  history: readonly CallRecord[];
  loadForm: (name: OperationName, values: FormValues, filled: readonly string[]) => void;
  choose: (op: OperationName) => void;
  showArea: () => void;
  /** Opens the permission check with the question filled (a lab step's Show me); it does not check. */
  openPermissionCheck: (question: { action: string; resource: string }) => void;
}

/** What the labs give the permission check: its runs the sandbox answered are recorded for the checker (ids and verdicts only). */
export interface LabsPermissionBridge {
  record: (question: { action: string; resource: string; sessionToken?: string | undefined }, answer: { principalArn: string; allowed: boolean; deniedBy: LabPermissionRun['deniedBy'] }) => void;
}

const NOT_ON_SANDBOX: Message = /*i18n*/ { id: 'labs.blocker.notSandbox', message: 'Labs run on the sandbox: choose Sandbox under Connection.' };
const WAITING_FOR_SANDBOX: Message = /*i18n*/ { id: 'labs.blocker.waiting', message: 'Waiting for the sandbox…' };

/**
 * The lab files and the code that checks and fills their steps, in their own chunk. The first screen
 * carries only the labs' ids and titles (src/state/labIndex.ts); the kit comes when the Labs area or a lab
 * is opened. Not before: loading it validates every lab, tens of milliseconds of work that would land in
 * a phone's first seconds for a reader who may never open one.
 */
const LAB_KIT: LazyValue<typeof LabKitModule> = lazyValue(() => import('./labFiles'));

const NO_EVENTS: ReadonlyArray<{ startedAt: number; call: LabEvent }> = [];

const storedProgress = (): LabProgress => parseProgress(readStoredChoice(choiceStorage(), LAB_PROGRESS_STORAGE_KEY));
const storedResets = (): LabResets => parseResets(readStoredChoice(choiceStorage(), LAB_RESETS_STORAGE_KEY));

export function useLabsFlow({ connection, control, history, loadForm, choose, showArea, openPermissionCheck }: LabsDeps): { props: LabsProps; open: (labId: string) => void; permission: LabsPermissionBridge } {
  const lang = useLingui().i18n.locale;
  const [progress, setProgress] = useState<LabProgress>(storedProgress);
  const [openLab, setOpenLab] = useState<string | null>(null);
  // Calls sent before a lab's reset no longer count for it, after a reload too (a restored history).
  const [resetAt, setResetAt] = useState<LabResets>(storedResets);
  // This visit's permission-check runs a sandbox answered (memory only, like the history's calls).
  const [runs, setRuns] = useState<ReadonlyArray<{ startedAt: number; call: LabPermissionRun }>>([]);
  const sandboxKind = connection.sandbox.connection ? (connection.sandbox.connection.inPage ? 'in-page' : 'server') : null;
  const record = useCallback<LabsPermissionBridge['record']>(
    (question, answer) => {
      if (!sandboxKind) return;
      const startedAt = Date.now();
      void LAB_KIT.get().then(
        (kit) => setRuns((r) => [{ startedAt, call: kit.labPermissionRun(`permission-${r.length + 1}`, sandboxKind, question, answer) }, ...r]),
        () => undefined,
      );
    },
    [sandboxKind],
  );
  const [labsWanted, setLabsWanted] = useState(false);
  const kit = useLazyValue(LAB_KIT, labsWanted || openLab !== null);
  const labCalls = useMemo(
    () => (kit ? [...runs, ...history.map((r) => ({ startedAt: r.startedAt, call: kit.labCallOf(r) as LabEvent }))].sort((a, b) => b.startedAt - a.startedAt) : NO_EVENTS),
    [kit, history, runs],
  );
  // The labs as the signed-in user does them: the demo user's names, or the attendee's own in a room.
  const info = connection.sandbox.connection?.info;
  const labs = useMemo(() => (kit ? kit.LAB_SET.labs.map((l) => kit.resolveLab(l, kit.signedInUserOf(info))) : []), [kit, info]);
  const callsFor = useCallback((labId: string) => (kit ? kit.callsSince(labCalls, resetAt[labId]) : []), [kit, labCalls, resetAt]);

  const onProgress = useCallback((labId: string, steps: readonly string[]) => {
    setProgress((p) => {
      const next = withSteps(p, labId, steps);
      storeChoice(choiceStorage(), LAB_PROGRESS_STORAGE_KEY, serializeProgress(next));
      return next;
    });
  }, []);
  // Outside a room reportLabStep does nothing.
  const reported = useRef(new Set<string>());
  useEffect(() => {
    for (const [labId, steps] of Object.entries(progress)) {
      for (const stepId of steps) {
        const key = `${labId}/${stepId}`;
        if (reported.current.has(key)) continue;
        reported.current.add(key);
        void reportLabStep(labId, stepId);
      }
    }
  }, [progress]);
  const onReset = useCallback(
    (labId: string) => {
      const resets = { ...resetAt, [labId]: Date.now() };
      setResetAt(resets);
      storeChoice(choiceStorage(), LAB_RESETS_STORAGE_KEY, serializeResets(resets));
      setProgress((p) => {
        const next = withSteps(p, labId, []);
        storeChoice(choiceStorage(), LAB_PROGRESS_STORAGE_KEY, serializeProgress(next));
        return next;
      });
    },
    [resetAt],
  );

  const blocker: Message | null = connection.kind !== 'sandbox' ? NOT_ON_SANDBOX : connection.sandbox.connection && control ? null : WAITING_FOR_SANDBOX;
  const { resetToDemoUser, adoptCredentials } = connection;

  const onShowMe = useCallback(
    async (lab: Lab, step: LabStep) => (await LAB_KIT.get()).showMe({ blocker, control, history, callsFor, resetToDemoUser, adoptCredentials, loadForm, choose, openPermissionCheck, lang }, lab, step),
    [blocker, control, history, callsFor, resetToDemoUser, adoptCredentials, loadForm, choose, openPermissionCheck, lang],
  );

  /** The palette's and the Labs menu's "open this lab": the Labs area with that lab's guide. */
  const open = useCallback(
    (labId: string) => {
      setOpenLab(labId);
      showArea();
    },
    [showArea],
  );
  const props: LabsProps = { labs, callsFor, progress, onProgress, onReset, openLab, onOpenLab: setOpenLab, onShowArea: showArea, onNeedLabs: useCallback(() => setLabsWanted(true), []), onShowMe, onAdvanceClock: connection.sandbox.advance, blocker };
  return { props, open, permission: useMemo(() => ({ record }), [record]) };
}
