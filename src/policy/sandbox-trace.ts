/**
 * One trace shape for two sources: an evaluation run here (before a call) and the `sandboxTrace`
 * a sandbox denial carries in its encoded authorization message (after a call). Both are read by the
 * same reader, so the UI shows them alike: each sentence as relayed text (src/kernel/relayed.ts), in the
 * reader's language when its Message came along. The reader checks the decoded message defensively: it
 * came over the network.
 */
import type { Message } from '../kernel/message';
import { readRelayed, type RelayedText } from '../kernel/relayed';
import { buildAuthorizationMessage, type TraceStatementOf } from './authorization-message';
import { jsonNestingProblem, MAX_NESTING_DEPTH } from './nesting';
import type { RequestContext } from './context';
import type { Evaluation } from './trace';

export type TraceStatement = TraceStatementOf<RelayedText>;
type TraceCondition = TraceStatement['conditions'][number];

export interface PolicyTrace {
  decision: Evaluation['decision'];
  summary: RelayedText;
  statements: TraceStatement[];
}

export interface TraceRequest {
  action: string;
  resource: string;
  principal: string;
  keys: Record<string, string[]>;
}

export type SandboxTraceRead = { ok: true; trace: PolicyTrace; request: TraceRequest } | { ok: false; error: Message };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const DECISIONS = ['allow', 'explicit-deny', 'implicit-deny'] as const;

function readCondition(v: unknown, message: unknown): TraceCondition | null {
  if (!isObj(v)) return null;
  return {
    operator: str(v.operator),
    key: str(v.key),
    policyValues: strings(v.policyValues),
    requestValues: Array.isArray(v.requestValues) ? strings(v.requestValues) : null,
    result: v.result === true,
    why: readRelayed(v.why, message),
  };
}

function readStatement(v: unknown, messages: unknown): TraceStatement | null {
  if (!isObj(v)) return null;
  const m = isObj(messages) ? messages : {};
  const conditionMessages = list(m.conditions);
  const out: TraceStatement = {
    policy: readRelayed(v.policy, m.policy),
    policyKind: str(v.policyKind),
    index: typeof v.index === 'number' && Number.isInteger(v.index) ? v.index : 0,
    effect: v.effect === 'Deny' ? 'Deny' : 'Allow',
    applies: v.applies === true,
    deciding: v.deciding === true,
    why: readRelayed(v.why, m.why),
    conditions: list(v.conditions)
      .map((c, i) => readCondition(c, conditionMessages[i]))
      .filter((c): c is TraceCondition => c !== null),
  };
  if (typeof v.sid === 'string') out.sid = v.sid;
  return out;
}

/** A sandboxTrace object read into the trace the UI shows; null without a valid decision. */
function readTrace(raw: Obj): PolicyTrace | null {
  const decision = DECISIONS.find((d) => d === raw.decision);
  if (!decision) return null;
  const messages = isObj(raw.messages) ? raw.messages : {};
  const statementMessages = list(messages.statements);
  const statements = list(raw.statements)
    .map((s, i) => readStatement(s, statementMessages[i]))
    .filter((s): s is TraceStatement => s !== null);
  return { decision, summary: readRelayed(raw.summary, messages.summary), statements };
}

/** The trace of an evaluation, read from the very JSON the sandbox puts into its authorization messages. */
export function traceFromEvaluation(evaluation: Evaluation, ctx: RequestContext): PolicyTrace {
  return readTrace(buildAuthorizationMessage(evaluation, ctx, { id: '', arn: '' }).sandboxTrace as unknown as Obj) as PolicyTrace;
}

function items(v: unknown): unknown[] {
  return isObj(v) && Array.isArray(v.items) ? v.items : [];
}

/** Reads the DecodedMessage of DecodeAuthorizationMessage: its sandboxTrace and the request context. */
export function readSandboxTrace(decodedMessage: string): SandboxTraceRead {
  if (jsonNestingProblem(decodedMessage)) {
    return { ok: false, error: /*i18n*/ { id: 'trace.read.tooDeep', message: 'The decoded message is nested too deeply (more than {max} levels).', values: { max: MAX_NESTING_DEPTH } } };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(decodedMessage);
  } catch {
    return { ok: false, error: /*i18n*/ { id: 'trace.read.notJson', message: 'The decoded message is not JSON.' } };
  }
  if (!isObj(doc)) return { ok: false, error: /*i18n*/ { id: 'trace.read.notObject', message: 'The decoded message is not a JSON object.' } };
  const raw = doc.sandboxTrace;
  if (!isObj(raw)) {
    return {
      ok: false,
      error: /*i18n*/ {
        id: 'trace.read.noTrace',
        message: 'The decoded message has no {field}: it was not issued by this sandbox (real AWS messages do not say which statement or condition decided).',
        values: { field: 'sandboxTrace' },
        verbatim: ['field'],
      },
    };
  }
  const trace = readTrace(raw);
  if (!trace) return { ok: false, error: /*i18n*/ { id: 'trace.read.noDecision', message: 'The {field} has no valid decision.', values: { field: 'sandboxTrace' }, verbatim: ['field'] } };
  const ctx = isObj(doc.context) ? doc.context : {};
  const keys: Record<string, string[]> = {};
  for (const c of items(ctx.conditions)) {
    if (!isObj(c) || typeof c.key !== 'string') continue;
    keys[c.key] = items(c.values).map((x) => (isObj(x) ? str(x.value) : '')).filter((x) => x !== '');
  }
  const principal = isObj(ctx.principal) ? str(ctx.principal.arn) || str(ctx.principal.id) : '';
  return { ok: true, trace, request: { action: str(ctx.action), resource: str(ctx.resource), principal, keys } };
}
