/**
 * Wiring of the policy editor into the shell: the last sent policy text and PackedPolicySize of each
 * operation (from the calls of this page visit, memory only), and the Send bar's message when the
 * session policies are over STS's 2,048 characters.
 */
import { useMemo, useRef } from 'react';
import type { OperationInput, OperationName, OperationSpec } from '../catalog/types';
import type { CallRecord } from '../features/results/types';
import { sizeBlockMessage } from '../ui/policy-editor/sizeReport';

export interface SentPolicy {
  lastSent?: string;
  packedPercent?: number;
}

interface Remembered extends SentPolicy {
  id: string;
  startedAt: number;
}

/**
 * Per operation: the Policy of its newest call and the PackedPolicySize of its newest successful
 * call. Kept in a ref so that dismissing or clearing results does not forget the last send.
 */
export function useSentPolicies(records: readonly CallRecord[]): ReadonlyMap<OperationName, SentPolicy> {
  const memory = useRef(new Map<OperationName, Remembered>());
  return useMemo(() => {
    // Newest first: the first record of an operation is its last send.
    for (const r of [...records].reverse()) {
      const known = memory.current.get(r.operation);
      if (known && known.startedAt > r.startedAt) continue;
      const packed = r.outcome.status === 'ok' ? r.outcome.output.PackedPolicySize : undefined;
      const next: Remembered = {
        id: r.id,
        startedAt: r.startedAt,
        lastSent: typeof r.input.Policy === 'string' ? r.input.Policy : '',
        // A newer call without a packed size (pending, failed) keeps the last one STS reported.
        packedPercent: typeof packed === 'number' ? packed : known?.packedPercent,
      };
      memory.current.set(r.operation, next);
    }
    return new Map([...memory.current].map(([op, { lastSent, packedPercent }]) => [op, { lastSent, packedPercent }]));
  }, [records]);
}

/** "Session policies too large: 2,300 of 2,048 characters …" for operations with a Policy, or undefined. */
export function policySizeIssue(spec: OperationSpec, input: OperationInput): string | undefined {
  if (!spec.params.some((p) => p.widget === 'policy')) return undefined;
  const policy = typeof input.Policy === 'string' ? input.Policy : undefined;
  const arns = Array.isArray(input.PolicyArns) ? input.PolicyArns.map((d) => (d && typeof d === 'object' && typeof (d as { arn?: unknown }).arn === 'string' ? (d as { arn: string }).arn : '')) : [];
  return sizeBlockMessage(policy, arns) ?? undefined;
}
