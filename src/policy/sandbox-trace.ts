/**
 * One trace shape for two sources: an evaluation run here (before a call) and the `sandboxTrace`
 * a sandbox denial carries in its encoded authorization message (after a call). The reader checks
 * the decoded message defensively: it came over the network.
 */
import { buildAuthorizationMessage, type SandboxTraceStatement } from './authorization-message';
import { jsonNestingProblem } from './nesting';
import type { RequestContext } from './context';
import type { ConditionTrace, Evaluation } from './trace';

export interface PolicyTrace {
  decision: Evaluation['decision'];
  summary: string;
  statements: SandboxTraceStatement[];
}

export interface TraceRequest {
  action: string;
  resource: string;
  principal: string;
  keys: Record<string, string[]>;
}

export type SandboxTraceRead = { ok: true; trace: PolicyTrace; request: TraceRequest } | { ok: false; error: string };

/** The trace of an evaluation, in the shape the sandbox puts into its authorization messages. */
export function traceFromEvaluation(evaluation: Evaluation, ctx: RequestContext): PolicyTrace {
  return buildAuthorizationMessage(evaluation, ctx, { id: '', arn: '' }).sandboxTrace;
}


type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const DECISIONS = ['allow', 'explicit-deny', 'implicit-deny'] as const;

function readCondition(v: unknown): ConditionTrace | null {
  if (!isObj(v)) return null;
  return {
    operator: str(v.operator),
    key: str(v.key),
    policyValues: strings(v.policyValues),
    requestValues: Array.isArray(v.requestValues) ? strings(v.requestValues) : null,
    result: v.result === true,
    why: str(v.why),
  };
}

function readStatement(v: unknown): SandboxTraceStatement | null {
  if (!isObj(v)) return null;
  const out: SandboxTraceStatement = {
    policy: str(v.policy),
    policyKind: str(v.policyKind),
    index: typeof v.index === 'number' && Number.isInteger(v.index) ? v.index : 0,
    effect: v.effect === 'Deny' ? 'Deny' : 'Allow',
    applies: v.applies === true,
    deciding: v.deciding === true,
    why: str(v.why),
    conditions: (Array.isArray(v.conditions) ? v.conditions : []).map(readCondition).filter((c): c is ConditionTrace => c !== null),
  };
  if (typeof v.sid === 'string') out.sid = v.sid;
  return out;
}

function items(v: unknown): unknown[] {
  return isObj(v) && Array.isArray(v.items) ? v.items : [];
}

/** Reads the DecodedMessage of DecodeAuthorizationMessage: its sandboxTrace and the request context. */
export function readSandboxTrace(decodedMessage: string): SandboxTraceRead {
  const deep = jsonNestingProblem(decodedMessage, 'The decoded message');
  if (deep) return { ok: false, error: `${deep}.` };
  let doc: unknown;
  try {
    doc = JSON.parse(decodedMessage);
  } catch {
    return { ok: false, error: 'The decoded message is not JSON.' };
  }
  if (!isObj(doc)) return { ok: false, error: 'The decoded message is not a JSON object.' };
  const raw = doc.sandboxTrace;
  if (!isObj(raw)) return { ok: false, error: 'The decoded message has no sandboxTrace: it was not issued by this sandbox (real AWS messages do not say which statement or condition decided).' };
  const decision = DECISIONS.find((d) => d === raw.decision);
  if (!decision) return { ok: false, error: 'The sandboxTrace has no valid decision.' };
  const statements = (Array.isArray(raw.statements) ? raw.statements : []).map(readStatement).filter((s): s is SandboxTraceStatement => s !== null);
  const ctx = isObj(doc.context) ? doc.context : {};
  const keys: Record<string, string[]> = {};
  for (const c of items(ctx.conditions)) {
    if (!isObj(c) || typeof c.key !== 'string') continue;
    keys[c.key] = items(c.values).map((x) => (isObj(x) ? str(x.value) : '')).filter((x) => x !== '');
  }
  const principal = isObj(ctx.principal) ? str(ctx.principal.arn) || str(ctx.principal.id) : '';
  return { ok: true, trace: { decision, summary: str(raw.summary), statements }, request: { action: str(ctx.action), resource: str(ctx.resource), principal, keys } };
}
