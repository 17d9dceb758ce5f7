/**
 * This visit's calls as plain values: one record per send, its outcome settled when STS answers, the
 * results list (dismissable) beside the history (kept until cleared). React only holds these values
 * (src/app/useCalls.ts); every transition is here, tested without a browser.
 */
import type { Message } from '../kernel/message';
import type { OperationInput, OperationName } from '../catalog/types';
import type { KeysEndpoint } from '../credentials/credential-set';
import type { StsCallError } from '../sts/call-error';
import { keysEndpointOf, type SourceCredentials, type Target } from '../sts/connection';
import { isSandboxTarget, shortTargetLabel } from './targetLabel';

/** One call as the results list and the history show it. */
export interface CallRecord {
  id: string;
  operation: OperationName;
  /** What was sent (kept for the card's "request" view; never persisted). */
  input: OperationInput;
  /** "Sandbox · this server", "AWS · eu-west-1 · regional", … */
  targetLabel: string;
  /** Credentials from the sandbox expire by the sandbox clock, not real time. */
  sandboxClock: boolean;
  /** Where credentials this call returns work: their exports point there (absent in older saved history). */
  keysEndpoint?: KeysEndpoint;
  /** Date.now() when sent. */
  startedAt: number;
  /** Which sandbox answered (absent for AWS and custom endpoints): lab checks read it. */
  sandboxKind?: 'in-page' | 'server';
  /** The kind of keys that signed the call (lab checks: long-term, temporary for chaining, unsigned). */
  signedWith?: 'long-term' | 'temporary' | 'unsigned';
  /** The input had validation problems and was sent anyway. */
  sentAnyway: boolean;
  outcome:
    | { status: 'pending' }
    | { status: 'ok'; output: Record<string, unknown>; requestId: string | undefined; elapsedMs: number; httpStatus: number }
    | { status: 'error'; error: StsCallError; elapsedMs: number };
}

export type CallOutcome = CallRecord['outcome'];

/** What a send needs: the operation, its input, where it goes and the keys that sign it. */
export interface CallRequest {
  operation: OperationName;
  input: OperationInput;
  target: Target;
  credentials: SourceCredentials;
  sentAnyway: boolean;
}

/** The pending record of a call about to be sent (the caller supplies the id and the time). */
export function newCallRecord(req: CallRequest, id: string, startedAt: number): CallRecord {
  return {
    id,
    operation: req.operation,
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
}

/** The list with call `id`'s outcome settled. */
export const withOutcome = (records: readonly CallRecord[], id: string, outcome: CallOutcome): CallRecord[] => records.map((r) => (r.id === id ? { ...r, outcome } : r));

/** Clearing keeps the calls still in flight (their answer has somewhere to land). */
export const onlyPending = (records: readonly CallRecord[]): CallRecord[] => records.filter((r) => r.outcome.status === 'pending');

export const without = (records: readonly CallRecord[], id: string): CallRecord[] => records.filter((r) => r.id !== id);

/** History restored from the vault goes behind this visit's calls, once per id, newest first. */
export function withRestored(history: readonly CallRecord[], restored: readonly CallRecord[]): CallRecord[] {
  const known = new Set(history.map((r) => r.id));
  return [...history, ...restored.filter((r) => !known.has(r.id))].sort((a, b) => b.startedAt - a.startedAt);
}

/** What the screen reader hears when a call starts and ends. */
export const announceSending = (operation: OperationName): Message => /*i18n*/ ({ id: 'announce.sending', message: 'Sending {operation}…', values: { operation }, verbatim: ['operation'] });

export function announceOutcome(operation: OperationName, outcome: CallOutcome): Message {
  if (outcome.status === 'ok') return /*i18n*/ { id: 'announce.succeeded', message: '{operation} succeeded, HTTP {status}.', values: { operation, status: outcome.httpStatus }, verbatim: ['operation'] };
  if (outcome.status === 'error') {
    return outcome.error.kind === 'aborted'
      ? /*i18n*/ { id: 'announce.cancelled', message: '{operation} cancelled.', values: { operation }, verbatim: ['operation'] }
      : /*i18n*/ { id: 'announce.failed', message: '{operation} failed: {code}.', values: { operation, code: outcome.error.code }, verbatim: ['operation', 'code'] };
  }
  return announceSending(operation);
}
