/**
 * Sending: one TanStack Query mutation per send, an AbortController per call (Cancel), and the
 * list of results newest first. Results live in memory for this page visit only.
 */
import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { OperationInput, OperationSpec } from '../catalog/types';
import type { StsCallError } from '../sts/call-error';
import type * as StsClientModuleType from '../sts/client';
import type { InPageSandbox } from '../sts/in-page-handler';
import { currentOrigin, keysEndpointOf, targetEndpoint, type SourceCredentials, type Target } from '../sts/connection';
import type { CallRecord } from '../features/results/types';
import { sawCspViolation } from './cspWatch';
import { isSandboxTarget, shortTargetLabel } from './targetLabel';

interface SendVars {
  id: string;
  spec: OperationSpec;
  input: OperationInput;
  target: Target;
  credentials: SourceCredentials;
  inPageSandbox: InPageSandbox | undefined;
  signal: AbortSignal;
  startedAt: number;
  t0: number;
}

export interface SendRequest {
  spec: OperationSpec;
  input: OperationInput;
  target: Target;
  credentials: SourceCredentials;
  inPageSandbox: InPageSandbox | undefined;
  sentAnyway: boolean;
}

const newId = (): string => crypto.randomUUID();

const isCallError = (e: unknown): e is StsCallError => e instanceof Error && e.name === 'StsCallError' && 'explanation' in e;

/** Only when the SDK chunk itself failed to load (offline, a new deployment): everything else is an StsCallError. */
function loadFailure(err: unknown): StsCallError {
  const message = err instanceof Error ? err.message : String(err);
  return Object.assign(new Error(message), {
    name: 'StsCallError',
    code: 'ClientLoadFailed',
    kind: 'unknown' as const,
    explanation: {
      title: 'The workbench could not load its STS client',
      meaning: `Loading the code that sends requests failed: ${message}`,
      likelyFixes: ['Reload the page (the workbench may have been updated), and check that the server is still running.'],
    },
    httpStatus: undefined,
    requestId: undefined,
    faultType: undefined,
    sandboxAuthorizationMessage: undefined,
    sandboxCause: undefined,
  });
}

// The AWS SDK is the largest dependency: it loads on the first send (or when the user reaches for
// Send), so the first screen stays small.
type StsClientModule = typeof StsClientModuleType;
let sdk: Promise<StsClientModule> | null = null;
export const loadStsClient = () => (sdk ??= import('../sts/client'));

export function useCalls() {
  const [records, setRecords] = useState<CallRecord[]>([]);
  // Every call of this page visit, newest first: dismissing or clearing results leaves it; only clearHistory empties it.
  const [history, setHistory] = useState<CallRecord[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const inFlight = useRef<AbortController | null>(null);

  const update = useCallback((id: string, outcome: CallRecord['outcome']) => {
    setRecords((rs) => rs.map((r) => (r.id === id ? { ...r, outcome } : r)));
    setHistory((rs) => rs.map((r) => (r.id === id ? { ...r, outcome } : r)));
  }, []);

  const mutation = useMutation({
    mutationFn: async (v: SendVars) => {
      const { createStsClient, sendOperation } = await loadStsClient();
      const origin = currentOrigin();
      const client = createStsClient(v.target, v.credentials, { origin, ...(v.inPageSandbox ? { inPageSandbox: v.inPageSandbox } : {}) });
      const endpoint = targetEndpoint(v.target, origin).url;
      try {
        return await sendOperation(client, v.spec.name, v.input, v.signal, { cspViolation: () => sawCspViolation(endpoint, v.startedAt) });
      } finally {
        client.destroy();
      }
    },
    onSuccess: (res, v) => {
      update(v.id, { status: 'ok', output: res.output as Record<string, unknown>, requestId: res.requestId, elapsedMs: res.elapsedMs, httpStatus: res.httpStatus });
      setAnnouncement(`${v.spec.name} succeeded, HTTP ${res.httpStatus}.`);
    },
    onError: (err, v) => {
      const error = isCallError(err) ? err : loadFailure(err);
      update(v.id, { status: 'error', error, elapsedMs: Math.round(performance.now() - v.t0) });
      setAnnouncement(error.kind === 'aborted' ? `${v.spec.name} cancelled.` : `${v.spec.name} failed: ${error.code}.`);
    },
    onSettled: (_d, _e, v) => {
      if (inFlight.current?.signal === v.signal) inFlight.current = null;
    },
  });

  const send = useCallback(
    (req: SendRequest) => {
      const controller = new AbortController();
      inFlight.current = controller;
      const id = newId();
      const startedAt = Date.now();
      const record: CallRecord = {
        id,
        operation: req.spec.name,
        input: req.input,
        targetLabel: shortTargetLabel(req.target),
        sandboxClock: isSandboxTarget(req.target),
        keysEndpoint: keysEndpointOf(req.target),
        startedAt,
        sentAnyway: req.sentAnyway,
        ...(req.target.kind === 'sandbox-in-page' ? { sandboxKind: 'in-page' as const } : req.target.kind === 'sandbox-server' ? { sandboxKind: 'server' as const } : {}),
        signedWith: !req.credentials ? 'unsigned' : req.credentials.sessionToken ? 'temporary' : 'long-term',
        outcome: { status: 'pending' },
      };
      setRecords((rs) => [record, ...rs]);
      setHistory((rs) => [record, ...rs]);
      setAnnouncement(`Sending ${req.spec.name}…`);
      mutation.mutate({ ...req, id, signal: controller.signal, startedAt, t0: performance.now() });
      return id;
    },
    [mutation],
  );

  const cancel = useCallback(() => inFlight.current?.abort(), []);
  const dismiss = useCallback((id: string) => setRecords((rs) => rs.filter((r) => r.id !== id)), []);
  const clear = useCallback(() => setRecords((rs) => rs.filter((r) => r.outcome.status === 'pending')), []);
  const clearHistory = useCallback(() => setHistory((rs) => rs.filter((r) => r.outcome.status === 'pending')), []);

  // History restored from the encrypted vault (credentials feature): added behind this visit's calls, by id.
  const restoreHistory = useCallback(
    (restored: readonly CallRecord[]) => setHistory((rs) => [...rs, ...restored.filter((r) => !rs.some((x) => x.id === r.id))].sort((a, b) => b.startedAt - a.startedAt)),
    [],
  );

  return { records, history, send, cancel, dismiss, clear, clearHistory, restoreHistory, pending: mutation.isPending, announcement };
}
