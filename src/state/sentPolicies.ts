/**
 * Per operation: the Policy of its newest call and the PackedPolicySize of its newest successful call
 * (the policy editor's "last sent" and packed-size gauge). Remembered across dismissing or clearing
 * results, so the caller keeps the memory and feeds each new list of records through here.
 */
import type { OperationName } from '../catalog/types';
import type { CallRecord } from './calls';

export interface SentPolicy {
  lastSent?: string;
  packedPercent?: number;
}

export interface RememberedPolicy extends SentPolicy {
  startedAt: number;
}

export type SentPolicyMemory = ReadonlyMap<OperationName, RememberedPolicy>;

export function rememberSentPolicies(memory: SentPolicyMemory, records: readonly CallRecord[]): Map<OperationName, RememberedPolicy> {
  const next = new Map(memory);
  // Oldest first, so the newest call of an operation is the last written.
  for (const r of [...records].reverse()) {
    const known = next.get(r.operation);
    if (known && known.startedAt > r.startedAt) continue;
    const packed = r.outcome.status === 'ok' ? r.outcome.output.PackedPolicySize : undefined;
    next.set(r.operation, {
      startedAt: r.startedAt,
      lastSent: typeof r.input.Policy === 'string' ? r.input.Policy : '',
      // A newer call without a packed size (pending, failed) keeps the last one STS reported.
      packedPercent: typeof packed === 'number' ? packed : known?.packedPercent,
    });
  }
  return next;
}

export const sentPolicies = (memory: SentPolicyMemory): ReadonlyMap<OperationName, SentPolicy> => new Map([...memory].map(([op, { lastSent, packedPercent }]) => [op, { lastSent, packedPercent }]));
