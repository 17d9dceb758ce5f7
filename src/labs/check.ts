/**
 * The lab checker: does a call the user made in this browser (or a run of the permission check)
 * complete a step? Pure: it sees each call as a LabCall (operation, which sandbox answered, the kind of keys that signed it, inputs,
 * and the result's fields or error code) and a step's check as data (./format.ts).
 */
import type { OperationInput, OperationName } from '../catalog/types';
import { isPermissionCheck, type Lab, type LabCallCheck, type LabCheck, type LabDeniedBy, type LabMatcher, type LabPermissionCheck, type SandboxTarget, type SignedWith } from './format';

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

/**
 * One run of the permission check ("What can these credentials do?") that a sandbox answered, as the
 * checker sees it: the question and the verdict, and who was checked (an ARN). Never a key or token.
 */
export interface LabPermissionRun {
  id: string;
  kind: 'permission-check';
  target: SandboxTarget;
  signedWith: Exclude<SignedWith, 'unsigned'>;
  action: string;
  resource: string;
  principalArn: string;
  allowed: boolean;
  deniedBy: LabDeniedBy | null;
}

/** What the checker sees of this visit: calls and permission-check runs, newest first. */
export type LabEvent = LabCall | LabPermissionRun;
const isRun = (e: LabEvent): e is LabPermissionRun => 'kind' in e && e.kind === 'permission-check';

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

function runSatisfies({ permissionCheck: want }: LabPermissionCheck, run: LabPermissionRun): boolean {
  if (want.target && run.target !== want.target) return false;
  if (want.signedWith && run.signedWith !== want.signedWith) return false;
  if (want.action !== undefined && !matchValue(want.action, run.action)) return false;
  if (want.resource !== undefined && !matchValue(want.resource, run.resource)) return false;
  if (want.principal !== undefined && !matchValue(want.principal, run.principalArn)) return false;
  if (run.allowed !== want.allowed) return false;
  return want.deniedBy === undefined || run.deniedBy === want.deniedBy;
}

/** Does this call, or this permission-check run, complete the check? */
export function callSatisfies(check: LabCheck, event: LabEvent): boolean {
  if (isPermissionCheck(check)) return isRun(event) && runSatisfies(check, event);
  return !isRun(event) && callMatches(check, event);
}

function callMatches(check: LabCallCheck, call: LabCall): boolean {
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
export function completingCalls(lab: Lab, calls: readonly LabEvent[]): Map<string, LabEvent> {
  const found = new Map<string, LabEvent>();
  for (const step of lab.steps) {
    const call = calls.find((c) => callSatisfies(step.check, c));
    if (call) found.set(step.id, call);
  }
  return found;
}

/** The steps done: those remembered from before, and those this visit's calls complete. In the lab's order. */
export function doneSteps(lab: Lab, remembered: readonly string[], calls: readonly LabEvent[]): string[] {
  const byCalls = completingCalls(lab, calls);
  return lab.steps.map((s) => s.id).filter((id) => remembered.includes(id) || byCalls.has(id));
}

/**
 * The checker's record of a permission check a sandbox answered: the question, who was checked and
 * the verdict, never the keys (the page and the test of every lab build it the same way).
 */
export function labPermissionRun(
  id: string,
  target: SandboxTarget,
  question: { action: string; resource: string; sessionToken?: string | undefined },
  answer: { principalArn: string; allowed: boolean; deniedBy: LabDeniedBy | null },
): LabPermissionRun {
  return {
    id,
    kind: 'permission-check',
    target,
    signedWith: question.sessionToken ? 'temporary' : 'long-term',
    action: question.action,
    resource: question.resource,
    principalArn: answer.principalArn,
    allowed: answer.allowed,
    deniedBy: answer.deniedBy,
  };
}
