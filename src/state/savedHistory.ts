/**
 * The call history as the encrypted vault stores it, and back: settled calls only; an error becomes a
 * plain object that keeps its name and message, and is revived as an Error again.
 */
import type { StsCallError } from '../sts/call-error';
import type { CallRecord } from './calls';

export function storableHistory(history: readonly CallRecord[]): unknown[] {
  return history
    .filter((r) => r.outcome.status !== 'pending')
    .map((r) => (r.outcome.status === 'error' ? { ...r, outcome: { ...r.outcome, error: { ...r.outcome.error, name: r.outcome.error.name, message: r.outcome.error.message } } } : r));
}

/** Saved items back as records; anything without an id, an operation, an outcome and a start time is dropped. */
export function revivedHistory(items: readonly unknown[]): CallRecord[] {
  return items.flatMap((item) => {
    const r = item as CallRecord;
    if (typeof r !== 'object' || r === null || typeof r.id !== 'string' || typeof r.operation !== 'string' || !r.outcome || typeof r.startedAt !== 'number') return [];
    if (r.outcome.status === 'error') {
      const e = r.outcome.error as unknown as Record<string, unknown>;
      const error = Object.assign(new Error(String(e.message ?? '')), e) as unknown as StsCallError;
      return [{ ...r, outcome: { ...r.outcome, error } }];
    }
    return [r];
  });
}
