/**
 * This visit's calls as the lab checker sees them (src/labs/check.ts): operation, target, signer,
 * inputs and the outcome's fields. No secret is needed to check a step, and none is kept here beyond
 * what the call's own record already holds.
 */
import type { LabCall, LabEvent } from '../labs/check';
import type { CallRecord } from './calls';

export function labCallOf(r: CallRecord): LabCall {
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

/** The calls (and permission-check runs) that count for a lab: those started at or after its last reset (`since`), newest first as given. */
export function callsSince(calls: readonly { startedAt: number; call: LabEvent }[], since: number | undefined): LabEvent[] {
  const from = since ?? -Infinity;
  return calls.filter((c) => c.startedAt >= from).map((c) => c.call);
}
