/**
 * Reading the sandbox IdP panel's free-text fields (attributes, tags, extra claims) into the JSON
 * the /_sandbox/ mint controls take, with messages that name the line that is wrong.
 */
import type { Message } from '../../kernel/message';
import type { ParseResult } from '../../kernel/result';
import type { SandboxWorld } from './types';


/** "Name=value" per line; a name may repeat (several values). Blank lines are skipped. */
function readNameValueLines(text: string, what: 'attributes' | 'tags'): ParseResult<Array<[string, string]>, Message> {
  const out: Array<[string, string]> = [];
  const lines = text.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const eq = line.indexOf('=');
    if (eq <= 0) return { ok: false, error: /*i18n*/ { id: 'mint.lineNotNameValue', message: '{what, select, tags {Session tags} other {Attributes}}, line {line}: write name=value.', values: { what, line: i + 1 } } };
    out.push([line.slice(0, eq).trim(), line.slice(eq + 1)]);
  }
  return { ok: true, value: out };
}

/** Multi-valued attributes: each name → its values, in order. */
export function readAttributes(text: string): ParseResult<Record<string, string[]>, Message> {
  const lines = readNameValueLines(text, 'attributes');
  if (!lines.ok) return lines;
  const out: Record<string, string[]> = {};
  for (const [k, v] of lines.value) (out[k] ??= []).push(v);
  return { ok: true, value: out };
}

/** Single-valued tags: a key given twice is an error (STS would refuse it too). */
export function readTags(text: string): ParseResult<Record<string, string>, Message> {
  const lines = readNameValueLines(text, 'tags');
  if (!lines.ok) return lines;
  const out: Record<string, string> = {};
  for (const [k, v] of lines.value) {
    if (Object.prototype.hasOwnProperty.call(out, k)) return { ok: false, error: /*i18n*/ { id: 'mint.tagTwice', message: 'Session tags: “{key}” appears twice.', values: { key: k }, verbatim: ['key'] } };
    out[k] = v;
  }
  return { ok: true, value: out };
}

/** A JSON object of extra claims ('' means none). */
export function readClaims(text: string): ParseResult<Record<string, unknown>, Message> {
  if (text.trim() === '') return { ok: true, value: {} };
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: /*i18n*/ { id: 'mint.claimsNotJson', message: 'Extra claims are not JSON: {detail}', values: { detail: e instanceof Error ? e.message : String(e) }, verbatim: ['detail'] } };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, error: /*i18n*/ { id: 'mint.claimsNotObject', message: 'Extra claims must be a JSON object, like {example}.', values: { example: '{"email": "a@example.com"}' }, verbatim: ['example'] } };
  return { ok: true, value: v as Record<string, unknown> };
}

/** Comma- or space-separated list. */
export const readList = (text: string): string[] => text.split(/[\s,]+/).filter((s) => s !== '');

/** Roles of the world whose trust policy names `principal` (a provider ARN or host). */
export function rolesTrusting(world: SandboxWorld, principal: string): Array<{ arn: string; name: string; account: string }> {
  return world.accounts.flatMap((a) => a.roles.filter((r) => JSON.stringify(r.trustPolicy ?? {}).includes(JSON.stringify(principal))).map((r) => ({ arn: r.arn, name: r.name, account: a.id })));
}
