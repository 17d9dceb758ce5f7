/**
 * Sending in React: one TanStack Query mutation per send, an AbortController per call (Cancel). The
 * records and their transitions are src/state/calls.ts; the call itself is src/state/sendCall.ts.
 */
import type { Message } from '../kernel/message';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { announceOutcome, announceSending, newCallRecord, onlyPending, withOutcome, withRestored, without, type CallOutcome, type CallRecord, type CallRequest } from '../state/calls';
import { rememberSentPolicies, sentPolicies, type SentPolicyMemory } from '../state/sentPolicies';
import { asCallError, sendStsCall, type StsSend } from '../state/sendCall';
import type { InPageSandbox } from '../sts/in-page-handler';

export { loadStsClient } from '../state/sendCall';
export type SendRequest = CallRequest & { inPageSandbox: InPageSandbox | undefined };
type Sending = StsSend & { id: string; signal: AbortSignal; t0: number };

export function useCalls() {
  const [records, setRecords] = useState<CallRecord[]>([]);
  // Every call of this page visit, newest first: dismissing or clearing results leaves it; only clearHistory empties it.
  const [history, setHistory] = useState<CallRecord[]>([]);
  const [announcement, setAnnouncement] = useState<Message | null>(null);
  const inFlight = useRef<AbortController | null>(null);

  const settle = useCallback((v: Sending, outcome: CallOutcome) => {
    setRecords((rs) => withOutcome(rs, v.id, outcome));
    setHistory((rs) => withOutcome(rs, v.id, outcome));
    setAnnouncement(announceOutcome(v.operation, outcome));
  }, []);

  const mutation = useMutation({
    mutationFn: sendStsCall,
    onSuccess: (res, v: Sending) => settle(v, { status: 'ok', output: res.output as Record<string, unknown>, requestId: res.requestId, elapsedMs: res.elapsedMs, httpStatus: res.httpStatus }),
    onError: (err, v: Sending) => settle(v, { status: 'error', error: asCallError(err), elapsedMs: Math.round(performance.now() - v.t0) }),
    onSettled: (_d, _e, v: Sending) => {
      if (inFlight.current?.signal === v.signal) inFlight.current = null;
    },
  });

  const send = useCallback(
    (req: SendRequest) => {
      const controller = new AbortController();
      inFlight.current = controller;
      const id = crypto.randomUUID();
      const record = newCallRecord(req, id, Date.now());
      setRecords((rs) => [record, ...rs]);
      setHistory((rs) => [record, ...rs]);
      setAnnouncement(announceSending(req.operation));
      mutation.mutate({ ...req, id, signal: controller.signal, startedAt: record.startedAt, t0: performance.now() });
      return id;
    },
    [mutation],
  );

  const cancel = useCallback(() => inFlight.current?.abort(), []);
  const dismiss = useCallback((id: string) => setRecords((rs) => without(rs, id)), []);
  const clear = useCallback(() => setRecords(onlyPending), []);
  const clearHistory = useCallback(() => setHistory(onlyPending), []);
  // History restored from the encrypted vault (credentials feature): added behind this visit's calls, by id.
  const restoreHistory = useCallback((restored: readonly CallRecord[]) => setHistory((rs) => withRestored(rs, restored)), []);

  return { records, history, send, cancel, dismiss, clear, clearHistory, restoreHistory, pending: mutation.isPending, announcement };
}
export type Calls = ReturnType<typeof useCalls>;

/** The policy editor's "last sent" and packed size per operation, remembered across clearing the results (src/state/sentPolicies.ts). */
export function useSentPolicies(records: readonly CallRecord[]) {
  const memory = useRef<SentPolicyMemory>(new Map());
  return useMemo(() => {
    memory.current = rememberSentPolicies(memory.current, records);
    return sentPolicies(memory.current);
  }, [records]);
}
