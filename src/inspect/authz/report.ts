/**
 * A decoded authorization message (DecodeAuthorizationMessage's DecodedMessage, reference §10) as a
 * report a person can read: the verdict, who asked for what on which resource, the statements that
 * matched, and the request context sorted by key. Reads real AWS output (lists wrapped in
 * {"items": [...]}, values in {"value": ...}), the API model's looser example (bare arrays, "false"
 * as a string), and the sandbox's messages, which add a `sandboxTrace` naming the deciding policies.
 */
import { readRelayed, type RelayedText } from '../../kernel/relayed';
import { jsonKindOf } from '../../kernel/json-kind';
import { quotedEnglish, type Message } from '../../kernel/message';
import { parseArn, type ParsedArn } from '../../kernel/arn';
import { jsonNestingProblem } from '../../policy/nesting';
import { fail, ok, type ParseResult } from '../../kernel/result';

export type Verdict = 'allowed' | 'explicit-deny' | 'implicit-deny';

export interface ContextEntry {
  key: string;
  values: string[];
}

export interface ReportStatement {
  statementId: string;
  /** 'Allow' or 'Deny' (AWS writes ALLOW / DENY). */
  effect: string;
  principals: string[];
  principalGroups: string[];
  actions: string[];
  resources: string[];
  conditions: ContextEntry[];
  /** The policy the statement came from, when the message says (the sandbox's trace does; AWS usually does not). */
  sourcePolicy: string | null;
}

export interface ReportPrincipal {
  id: string;
  name: string;
  arn: string;
  /** The ARN split into its parts; null when there is no ARN or it does not parse. */
  parsedArn: ParsedArn | null;
  arnProblem: Message | null;
}

export interface AuthorizationReport {
  verdict: Verdict;
  allowed: boolean;
  explicitDeny: boolean;
  principal: ReportPrincipal;
  action: string;
  /** The service of the action: its prefix, or the aws:Service context key when the action has none (EC2 writes "RunInstances"). */
  service: string;
  resource: string;
  matchedStatements: ReportStatement[];
  /** `failures.items`, as text. */
  failures: string[];
  /** Context keys sorted by name (case-insensitive). */
  context: ContextEntry[];
  /** From the sandbox's trace: its one-line explanation of the decision; null for AWS's messages. */
  /** The sandbox's own summary of the decision (its sandboxTrace), relayed: in the reader's language when its Message came. */
  sandboxSummary: RelayedText | null;
  /** Oddities worth telling the reader (string booleans, a missing context…). */
  notes: Message[];
  /** The decoded document, pretty-printed. */
  raw: string;
  /** The decoded document, parsed. */
  document: Record<string, unknown>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

/** `{"items":[…]}` or a bare array → the elements. */
function items(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (isObj(v) && Array.isArray(v.items)) return v.items;
  return [];
}

/** `{"items":[{"value":"x"}]}`, `[{"value":"x"}]`, `["x"]` or `"x"` → ["x"]. */
function valueList(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return items(v)
    .map((x) => (isObj(x) ? str(x.value) : str(x)))
    .filter((x) => x !== '');
}

function entries(v: unknown): ContextEntry[] {
  return items(v)
    .filter(isObj)
    .map((c) => ({ key: str(c.key), values: valueList(c.values ?? c.value) }))
    .filter((c) => c.key !== '');
}

function bool(v: unknown, name: string, notes: Message[]): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') {
    notes.push(/*i18n*/ { id: 'authzReport.stringBoolean', message: '“{name}” is the string “{value}”, not a JSON boolean (the API model’s example does this; real AWS output uses booleans).', values: { name, value: v }, verbatim: ['name', 'value'] });
    return v === 'true';
  }
  if (v !== undefined) notes.push(/*i18n*/ { id: 'authzReport.notBoolean', message: '“{name}” is {value}; read as false.', values: { name, value: JSON.stringify(v) }, verbatim: ['name', 'value'] });
  return false;
}

const effectName = (v: unknown): string => {
  const e = str(v);
  return /^allow$/i.test(e) ? 'Allow' : /^deny$/i.test(e) ? 'Deny' : e;
};

const POLICY_FIELDS = ['sourcePolicy', 'sourcePolicyId', 'sourcePolicyArn', 'policyArn', 'policyId', 'policyName', 'policy'];

interface TraceStatement {
  policy: string;
  sid: string;
  effect: string;
  deciding: boolean;
}

function traceStatements(doc: Obj): TraceStatement[] {
  const t = doc.sandboxTrace;
  if (!isObj(t) || !Array.isArray(t.statements)) return [];
  return t.statements.filter(isObj).map((s) => ({ policy: str(s.policy), sid: str(s.sid), effect: effectName(s.effect), deciding: s.deciding === true }));
}

function statement(v: unknown, trace: TraceStatement[], used: Set<TraceStatement>): ReportStatement {
  const s = isObj(v) ? v : {};
  const statementId = str(s.statementId ?? s.sid ?? s.Sid);
  const effect = effectName(s.effect ?? s.Effect);
  let sourcePolicy = POLICY_FIELDS.map((f) => str(s[f])).find((x) => x !== '') ?? null;
  if (sourcePolicy === null) {
    // The sandbox's trace lists the deciding statements in the same order as matchedStatements.
    const match = trace.find((t) => t.deciding && !used.has(t) && t.effect === effect && t.sid === statementId);
    if (match) {
      used.add(match);
      sourcePolicy = match.policy || null;
    }
  }
  return {
    statementId,
    effect,
    principals: valueList(s.principals),
    principalGroups: valueList(s.principalGroups),
    actions: valueList(s.actions),
    resources: valueList(s.resources),
    conditions: entries(s.conditions),
    sourcePolicy,
  };
}

function principalOf(v: unknown): ReportPrincipal {
  const p = isObj(v) ? v : {};
  const arn = str(p.arn);
  const parsed = arn ? parseArn(arn.trim()) : null;
  return {
    id: str(p.id),
    name: str(p.name),
    arn,
    parsedArn: parsed?.ok ? parsed.value : null,
    arnProblem: parsed && !parsed.ok ? parsed.error : null,
  };
}

const byKey = (a: ContextEntry, b: ContextEntry): number => a.key.toLowerCase().localeCompare(b.key.toLowerCase()) || a.key.localeCompare(b.key);

/** Accepts the DecodedMessage text (or an already parsed document). Never throws. */
export function buildAuthorizationReport(decoded: string | unknown): ParseResult<AuthorizationReport, Message> {
  let doc: unknown = decoded;
  if (typeof decoded === 'string') {
    if (decoded.trim() === '') return fail(/*i18n*/ { id: 'authzReport.empty', message: 'The decoded message is empty.' });
    const deep = jsonNestingProblem(decoded, 'The decoded message');
    if (deep) return fail(quotedEnglish(`${deep}.`));
    try {
      doc = JSON.parse(decoded);
    } catch (e) {
      return fail(/*i18n*/ { id: 'authzReport.notJson', message: 'The decoded message is not valid JSON ({detail}).', values: { detail: e instanceof Error ? e.message : String(e) }, verbatim: ['detail'] });
    }
  }
  if (!isObj(doc)) return fail(/*i18n*/ { id: 'authzReport.notObject', message: 'The decoded message is not a JSON object (it is {kind}).', values: { kind: jsonKindOf(doc) } });
  if (!('allowed' in doc) && !('context' in doc) && !('explicitDeny' in doc)) {
    return fail(/*i18n*/ { id: 'authzReport.notAuthorizationMessage', message: 'This JSON is not a decoded authorization message: it has none of {fields}.', values: { fields: '"allowed", "explicitDeny", "context"' }, verbatim: ['fields'] });
  }
  const notes: Message[] = [];
  const allowed = bool(doc.allowed, 'allowed', notes);
  const explicitDeny = bool(doc.explicitDeny, 'explicitDeny', notes);
  if (allowed && explicitDeny) notes.push(/*i18n*/ { id: 'authzReport.bothAllowedAndDeny', message: 'The message says both allowed and explicitDeny; an explicit deny always wins.' });
  const ctx = isObj(doc.context) ? doc.context : {};
  if (!isObj(doc.context)) notes.push(/*i18n*/ { id: 'authzReport.noContext', message: 'The message has no “{field}”: the principal, action, resource and context keys are unknown.', values: { field: 'context' }, verbatim: ['field'] });
  const context = entries(ctx.conditions).sort(byKey);
  const action = str(ctx.action);
  const serviceKey = context.find((c) => c.key.toLowerCase() === 'aws:service')?.values[0] ?? '';
  const service = action.includes(':') ? action.slice(0, action.indexOf(':')) : serviceKey;
  const trace = traceStatements(doc);
  const used = new Set<TraceStatement>();
  const t = doc.sandboxTrace;
  return ok({
    verdict: explicitDeny ? 'explicit-deny' : allowed ? 'allowed' : 'implicit-deny',
    allowed: allowed && !explicitDeny,
    explicitDeny,
    principal: principalOf(ctx.principal),
    action,
    service,
    resource: str(ctx.resource),
    matchedStatements: items(doc.matchedStatements).map((s) => statement(s, trace, used)),
    failures: items(doc.failures).map((f) => (typeof f === 'string' ? f : JSON.stringify(f))),
    context,
    sandboxSummary: isObj(t) && typeof t.summary === 'string' ? readRelayed(t.summary, isObj(t.messages) ? t.messages.summary : undefined) : null,
    notes,
    raw: JSON.stringify(doc, null, 2),
    document: doc,
  });
}

/** Context entries whose key or values contain `query` (case-insensitive); all of them for an empty query. */
export function filterContext(context: readonly ContextEntry[], query: string): ContextEntry[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...context];
  return context.filter((c) => c.key.toLowerCase().includes(q) || c.values.some((v) => v.toLowerCase().includes(q)));
}
