/**
 * The lab checker: does a call the user made in this browser complete a step? Pure: it sees each
 * call as a LabCall (operation, which sandbox answered, the kind of keys that signed it, inputs,
 * and the result's fields or error code) and a step's check as data (./format.ts).
 */
import type { OperationInput, OperationName } from '../catalog/types';
import type { Lab, LabCheck, LabMatcher, SandboxTarget, SignedWith } from './format';

/** One call, as the checker sees it. */
export interface LabCall {
  id: string;
  operation: OperationName;
  /** Which sandbox answered; 'other' for AWS or a custom endpoint (no lab step counts those). */
  target: SandboxTarget | 'other';
  signedWith: SignedWith;
  input: OperationInput;
  outcome: { status: 'pending' } | { status: 'ok'; output: Record<string, unknown> } | { status: 'error'; code: string; message: string };
}

/** A value as text for comparison: strings as they are, anything else as its JSON. */
const textOf = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

export function matchValue(m: LabMatcher, value: unknown): boolean {
  if (typeof m !== 'object') return value !== undefined && textOf(value) === String(m);
  if ('present' in m) return (value !== undefined && value !== null) === m.present;
  if (value === undefined || value === null) return false;
  const text = textOf(value);
  if ('equals' in m) return text === String(m.equals);
  if ('startsWith' in m) return text.startsWith(m.startsWith);
  if ('endsWith' in m) return text.endsWith(m.endsWith);
  return text.includes(m.contains);
}

/** The value at a dotted path ("AssumedRoleUser.Arn") of a result; undefined when any part is missing. */
export function valueAt(root: Record<string, unknown>, path: string): unknown {
  let v: unknown = root;
  for (const part of path.split('.')) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, part)) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

export function callSatisfies(check: LabCheck, call: LabCall): boolean {
  if (call.operation !== check.operation || call.target === 'other' || call.outcome.status === 'pending') return false;
  if (check.target && call.target !== check.target) return false;
  if (check.signedWith && call.signedWith !== check.signedWith) return false;
  for (const [param, m] of Object.entries(check.input ?? {})) if (!matchValue(m, call.input[param])) return false;
  if (check.error !== undefined) {
    return call.outcome.status === 'error' && call.outcome.code === check.error && (check.message === undefined || matchValue(check.message, call.outcome.message));
  }
  if (call.outcome.status !== 'ok') return false;
  const output = call.outcome.output;
  return Object.entries(check.output ?? {}).every(([path, m]) => matchValue(m, valueAt(output, path)));
}

/** For each step id, the newest call (calls are newest first) that completes it. */
export function completingCalls(lab: Lab, calls: readonly LabCall[]): Map<string, LabCall> {
  const found = new Map<string, LabCall>();
  for (const step of lab.steps) {
    const call = calls.find((c) => callSatisfies(step.check, c));
    if (call) found.set(step.id, call);
  }
  return found;
}

/** The steps done: those remembered from before, and those this visit's calls complete. In the lab's order. */
export function doneSteps(lab: Lab, remembered: readonly string[], calls: readonly LabCall[]): string[] {
  const byCalls = completingCalls(lab, calls);
  return lab.steps.map((s) => s.id).filter((id) => remembered.includes(id) || byCalls.has(id));
}
