/**
 * Secrets out of call records, for the history list and its JSON export: secret keys, session
 * tokens, SAML assertions, web identity tokens, MFA codes and context assertions become a marker,
 * and access key IDs keep only their first and last four characters (enough to tell keys apart).
 * Works on a structural record type so the pure layer needs nothing from React or the SDK.
 */

export const REDACTED = '•••• (redacted)';

/** Field names whose values are secrets wherever they appear (compared case-insensitively). */
const SECRET_FIELDS = new Set(
  [
    'SecretAccessKey',
    'SessionToken',
    'SAMLAssertion',
    'SAMLResponse',
    'WebIdentityToken',
    'TokenCode',
    'SubjectToken',
    'ContextAssertion',
    'TradeInToken',
    'ClientSecret',
    'Password',
    'PrivateKey',
  ].map((k) => k.toLowerCase()),
);

const KEY_ID_FIELDS = new Set(['accesskeyid']);

const isSecretField = (name: string): boolean => SECRET_FIELDS.has(name.toLowerCase());

/** `AKIARTX3GSDSRMFQALIC` → `AKIA…ALIC`; anything too short to show safely is redacted whole. */
export function maskAccessKeyId(id: string): string {
  const text = String(id);
  return text.length >= 12 ? `${text.slice(0, 4)}…${text.slice(-4)}` : REDACTED;
}

/** Key IDs as they appear in free text (error messages): AKIA/ASIA + 16 base32 characters. */
const KEY_ID_IN_TEXT = /\b(A(?:KIA|SIA))[A-Z2-7]{12}([A-Z2-7]{4})\b/g;

/** A deep copy with every secret field replaced by the marker and access key IDs masked. */
export function redactValue(value: unknown, field?: string): unknown {
  if (field !== undefined && isSecretField(field)) return value === undefined || value === null || value === '' ? value : REDACTED;
  if (field !== undefined && KEY_ID_FIELDS.has(field.toLowerCase()) && typeof value === 'string') return maskAccessKeyId(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (Array.isArray(value)) return value.map((v) => redactValue(v));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = redactValue(v, k);
    return out;
  }
  if (typeof value === 'string') return value.replace(KEY_ID_IN_TEXT, '$1…$2');
  return value;
}

/** Every secret string inside a structure (to scrub them from free text such as error messages). */
function collectSecrets(value: unknown, field?: string, out: string[] = []): string[] {
  if (field !== undefined && isSecretField(field) && typeof value === 'string' && value !== '') out.push(value);
  else if (field !== undefined && KEY_ID_FIELDS.has(field.toLowerCase()) && typeof value === 'string' && value.length >= 12) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectSecrets(v, undefined, out));
  else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) collectSecrets(v, k, out);
  }
  return out;
}

/** Free text with the given secrets replaced (longest first) and access key IDs masked. */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = String(text);
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    // Short values (a 6-digit MFA code) are only replaced as whole words, so "123456" does not eat a request ID.
    if (s.length < 4) continue;
    const masked = /^A(?:KIA|SIA)/.test(s) ? maskAccessKeyId(s) : REDACTED;
    if (s.length >= 12) out = out.split(s).join(masked);
    else out = out.replace(new RegExp(`\\b${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'), masked);
  }
  return out.replace(KEY_ID_IN_TEXT, '$1…$2');
}

/** The parts of a call record the history reads (the results feature's CallRecord fits it). */
export interface CallLike {
  id: string;
  operation: string;
  input: Record<string, unknown>;
  targetLabel: string;
  startedAt: number;
  sentAnyway?: boolean;
  outcome:
    | { status: 'pending' }
    | { status: 'ok'; output: Record<string, unknown>; requestId?: string | undefined; elapsedMs: number; httpStatus: number }
    | { status: 'error'; error: { code: string; message: string; kind?: string; httpStatus?: number | undefined; requestId?: string | undefined }; elapsedMs: number };
}

/** A call with its secrets removed: plain JSON, safe to show and to export. */
export interface RedactedCall {
  id: string;
  operation: string;
  target: string;
  /** ISO 8601, when the call was sent. */
  startedAt: string;
  status: 'pending' | 'ok' | 'error';
  durationMs?: number;
  httpStatus?: number;
  requestId?: string;
  sentAnyway?: boolean;
  input: Record<string, unknown>;
  output?: Record<string, unknown>;
  error?: { code: string; message: string; kind?: string };
}

export function redactCall(record: CallLike): RedactedCall {
  const secrets = collectSecrets(record.input);
  const out: RedactedCall = {
    id: record.id,
    operation: record.operation,
    target: record.targetLabel,
    startedAt: new Date(record.startedAt).toISOString(),
    status: record.outcome.status,
    input: redactValue(record.input) as Record<string, unknown>,
  };
  if (record.sentAnyway) out.sentAnyway = true;
  const o = record.outcome;
  if (o.status === 'ok') {
    out.durationMs = o.elapsedMs;
    out.httpStatus = o.httpStatus;
    if (o.requestId) out.requestId = o.requestId;
    out.output = redactValue(o.output) as Record<string, unknown>;
  } else if (o.status === 'error') {
    out.durationMs = o.elapsedMs;
    if (o.error.httpStatus !== undefined) out.httpStatus = o.error.httpStatus;
    if (o.error.requestId) out.requestId = o.error.requestId;
    out.error = { code: o.error.code, message: scrubText(o.error.message, secrets), ...(o.error.kind ? { kind: o.error.kind } : {}) };
  }
  return out;
}

/** The history as a JSON document (oldest call first), every secret redacted. */
export function historyToJson(records: readonly CallLike[], exportedAt: Date): string {
  const calls = [...records].sort((a, b) => a.startedAt - b.startedAt).map(redactCall);
  return `${JSON.stringify({ exportedAt: exportedAt.toISOString(), note: `Secrets are replaced by "${REDACTED}"; access key IDs keep their first and last four characters.`, calls }, null, 2)}\n`;
}
