/**
 * Wiring of the labs into the shell: lab progress in browser storage (lab and step ids only), the
 * open lab, this visit's calls as the checker sees them, and "Show me" (fill the step's form and
 * the keys that sign it; never send). The Labs area and the guide load with the first lab opened.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getOperation } from '../catalog/operations';
import type { OperationName } from '../catalog/types';
import type { Connection } from '../features/connection/useConnection';
import { sandboxCall } from '../features/connection/sandboxApi';
import { fromInput } from '../state/formState';
import type { CallRecord } from '../state/calls';
import { completingCalls, type LabCall } from '../labs/check';
import type { Lab, LabStep } from '../labs/format';
import { LAB_PROGRESS_STORAGE_KEY, LAB_RESETS_STORAGE_KEY, parseProgress, parseResets, serializeProgress, serializeResets, withSteps, type LabProgress, type LabResets } from '../labs/progress';
import { ShowMeError, showMeInput } from '../labs/show-me';
import { reportLabStep } from '../sts/room-session';
import { themeStorage } from '../features/shell/theme';
import type { LabsProps } from '../features/labs/LabsViews';
import type { Calls } from './useCalls';
import type { FormsControl as Forms } from './useForms';


/** A history record as the lab checker sees it (no secret is needed to check a step). */
function labCallOf(r: CallRecord): LabCall {
  const o = r.outcome;
  return {
    id: r.id,
    operation: r.operation,
    target: r.sandboxKind ?? 'other',
    signedWith: r.signedWith ?? 'unsigned',
    input: r.input,
    outcome: o.status === 'ok' ? { status: 'ok', output: o.output } : o.status === 'error' ? { status: 'error', code: o.error.code, message: o.error.message } : { status: 'pending' },
  };
}

function storedProgress(): LabProgress {
  try {
    return parseProgress(themeStorage()?.getItem(LAB_PROGRESS_STORAGE_KEY) ?? null);
  } catch {
    return {};
  }
}

function storeProgress(p: LabProgress, resets?: LabResets) {
  try {
    themeStorage()?.setItem(LAB_PROGRESS_STORAGE_KEY, serializeProgress(p));
    if (resets) themeStorage()?.setItem(LAB_RESETS_STORAGE_KEY, serializeResets(resets));
  } catch {
    /* storage unavailable: progress lasts for this page only */
  }
}

function storedResets(): LabResets {
  try {
    return parseResets(themeStorage()?.getItem(LAB_RESETS_STORAGE_KEY) ?? null);
  } catch {
    return {};
  }
}

export function useLabsWiring(connection: Connection, calls: Calls, forms: Forms, choose: (op: OperationName) => void, showArea: () => void) {
  const [progress, setProgress] = useState<LabProgress>(storedProgress);
  const [openLab, setOpenLab] = useState<string | null>(null);
  // Calls sent before a lab's reset no longer count for it, after a reload too (a restored history).
  const [resetAt, setResetAt] = useState<LabResets>(storedResets);
  const history = calls.history;
  const labCalls = useMemo(() => history.map((r) => ({ startedAt: r.startedAt, call: labCallOf(r) })), [history]);
  const callsFor = useCallback(
    (labId: string) => {
      const since = resetAt[labId] ?? -Infinity;
      return labCalls.filter((c) => c.startedAt >= since).map((c) => c.call);
    },
    [labCalls, resetAt],
  );
  const onProgress = useCallback((labId: string, steps: readonly string[]) => {
    setProgress((p) => {
      const next = withSteps(p, labId, steps);
      storeProgress(next);
      return next;
    });
  }, []);
  // In a workshop room, each step completed here is reported once to the sandbox's own record, which
  // the instructor page reads (outside a room reportLabStep does nothing).
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
      setProgress((p) => {
        const next = withSteps(p, labId, []);
        storeProgress(next, resets);
        return next;
      });
    },
    [resetAt],
  );

  const sandbox = connection.kind === 'sandbox' ? connection.sandbox.connection : undefined;
  const blocker = connection.kind !== 'sandbox' ? 'Labs run on the sandbox: choose Sandbox under Connection.' : sandbox ? null : 'Waiting for the sandbox…';
  const { resetToDemoUser, adoptCredentials } = connection;

  const onShowMe = useCallback(
    async (lab: Lab, step: LabStep) => {
      if (!sandbox) throw new ShowMeError(blocker ?? 'The sandbox is not available.');
      const newestDenial = () => history.find((r) => r.outcome.status === 'error' && r.outcome.error.sandboxAuthorizationMessage);
      const input = await showMeInput(step.showMe, {
        control: (method, path, body) => sandboxCall(sandbox, method, path, body),
        lastDenial: () => {
          const r = newestDenial();
          return r?.outcome.status === 'error' ? r.outcome.error.sandboxAuthorizationMessage : undefined;
        },
      });
      const signWith = step.showMe.signWith;
      if (signWith === 'demo') resetToDemoUser();
      else if (signWith) {
        const from = completingCalls(lab, callsFor(lab.id)).get(signWith.step);
        const c = from?.outcome.status === 'ok' ? (from.outcome.output.Credentials as Record<string, unknown> | undefined) : undefined;
        if (typeof c?.AccessKeyId !== 'string' || typeof c.SecretAccessKey !== 'string') {
          const title = lab.steps.find((s) => s.id === signWith.step)?.title.en ?? signWith.step;
          throw new ShowMeError(`this step signs with the credentials of the step "${title}": do that step first.`);
        }
        adoptCredentials({ accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: typeof c.SessionToken === 'string' ? c.SessionToken : '' }, `${from!.operation} credentials (${c.AccessKeyId.slice(0, 8)}…)`);
      }
      const spec = getOperation(step.showMe.operation);
      forms.load(spec.name, fromInput(spec, input), Object.keys(input));
      choose(spec.name);
    },
    [sandbox, blocker, history, callsFor, resetToDemoUser, adoptCredentials, forms, choose],
  );

  const props: LabsProps = {
    callsFor,
    progress,
    onProgress,
    onReset,
    openLab,
    onOpenLab: setOpenLab,
    onShowArea: showArea,
    onShowMe,
    onAdvanceClock: connection.sandbox.advance,
    blocker,
  };
  /** The palette's and the Labs menu's "open this lab": the Labs area with that lab's guide. */
  const open = useCallback(
    (labId: string) => {
      setOpenLab(labId);
      showArea();
    },
    [showArea],
  );
  return { props, open };
}
