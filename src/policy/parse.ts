/**
 * Policy text → PolicyDocument, with the grammar checks IAM applies before it stores a policy.
 * The sandbox turns a failure into MalformedPolicyDocument; the policy editor shows the message
 * (and, for JSON syntax errors, the line and column).
 */
import type { Message } from '../kernel/message';
import { parseOperatorName } from './conditions/operator-name';
import { readJson } from './json-text';
import { isPlainObject } from './lists';
import type { PolicyKind } from './trace';
import type { PolicyDocument, PolicyStatement } from './types';

export type { PolicyKind };

export interface ParseOptions {
  /**
   * What the document is used as. With it, the kind-specific rules apply too: a trust policy needs
   * a Principal in every statement and has no Resource; the other kinds have no Principal and need
   * a Resource. Without it only the rules common to every policy are checked.
   */
  kind?: PolicyKind;
}

export type ParseResult =
  | { ok: true; value: PolicyDocument; warnings: Message[] }
  | { ok: false; error: string; problems: string[]; line?: number; column?: number };

const POLICY_VERSIONS = ['2012-10-17', '2008-10-17'] as const;
const TOP_KEYS = ['Version', 'Id', 'Statement'];
const STATEMENT_KEYS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
const PRINCIPAL_TYPES = ['AWS', 'Federated', 'Service', 'CanonicalUser'];

function quote(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'an object' : String(v);
}

function unknownKey(key: string, allowed: string[], where: string): string {
  const near = allowed.find((a) => a.toLowerCase() === key.toLowerCase());
  const hint = near ? ` (did you mean "${near}"? element names are case-sensitive)` : ` (allowed: ${allowed.join(', ')})`;
  return `${where}: unknown element "${key}"${hint}`;
}

/** Checks a "string or non-empty list of strings" element such as Action or Resource. */
function checkStringList(v: unknown, where: string, problems: string[]): void {
  if (typeof v === 'string') return;
  if (!Array.isArray(v)) {
    problems.push(`${where} must be a string or a list of strings, found ${quote(v)}`);
    return;
  }
  if (v.length === 0) problems.push(`${where} must not be an empty list`);
  v.forEach((item, i) => {
    if (typeof item !== 'string') problems.push(`${where}[${i}] must be a string, found ${quote(item)}`);
  });
}

function checkPrincipal(v: unknown, where: string, problems: string[]): void {
  if (v === '*') return;
  if (typeof v === 'string') {
    problems.push(`${where} must be "*" or an object such as {"AWS": "arn:aws:iam::123456789012:root"}, found ${quote(v)}`);
    return;
  }
  if (!isPlainObject(v)) {
    problems.push(`${where} must be "*" or an object such as {"AWS": "..."}, found ${quote(v)}`);
    return;
  }
  const types = Object.keys(v);
  if (types.length === 0) problems.push(`${where} names no principal`);
  for (const t of types) {
    if (!PRINCIPAL_TYPES.includes(t)) problems.push(unknownKey(t, PRINCIPAL_TYPES, where).replace('unknown element', 'unknown principal type'));
    else checkStringList(v[t], `${where}.${t}`, problems);
  }
}

function checkCondition(v: unknown, where: string, problems: string[]): void {
  if (!isPlainObject(v)) {
    problems.push(`${where} must be an object of condition operators, such as {"StringEquals": {"sts:ExternalId": "..."}}, found ${quote(v)}`);
    return;
  }
  for (const [op, block] of Object.entries(v)) {
    const parsed = parseOperatorName(op);
    if (!parsed.ok) problems.push(`${where}: ${parsed.error}`);
    if (!isPlainObject(block)) {
      problems.push(`${where}.${op} must be an object of condition keys to values, found ${quote(block)}`);
      continue;
    }
    for (const [key, values] of Object.entries(block)) {
      const items = Array.isArray(values) ? values : [values];
      const bad = items.find((x) => typeof x !== 'string' && typeof x !== 'boolean' && typeof x !== 'number');
      if (bad !== undefined || (Array.isArray(values) && values.length === 0)) {
        const found = bad === undefined ? 'an empty list' : quote(bad);
        problems.push(`${where}.${op}["${key}"] must be a string, boolean, number or a list of them, found ${found}`);
      }
    }
  }
}

function checkStatement(s: unknown, where: string, kind: PolicyKind | undefined, problems: string[]): void {
  if (!isPlainObject(s)) {
    problems.push(`${where} must be an object, found ${quote(s)}`);
    return;
  }
  for (const key of Object.keys(s)) if (!STATEMENT_KEYS.includes(key)) problems.push(unknownKey(key, STATEMENT_KEYS, where));
  if ('Sid' in s && typeof s.Sid !== 'string') problems.push(`${where}.Sid must be a string, found ${quote(s.Sid)}`);
  if (!('Effect' in s)) problems.push(`${where} has no Effect (it must be "Allow" or "Deny")`);
  else if (s.Effect !== 'Allow' && s.Effect !== 'Deny') problems.push(`${where}.Effect must be "Allow" or "Deny", found ${quote(s.Effect)}`);

  const has = (k: string): boolean => k in s;
  if (has('Action') && has('NotAction')) problems.push(`${where} has both Action and NotAction; use one of them`);
  else if (!has('Action') && !has('NotAction')) problems.push(`${where} has neither Action nor NotAction`);
  if (has('Resource') && has('NotResource')) problems.push(`${where} has both Resource and NotResource; use one of them`);
  if (has('Principal') && has('NotPrincipal')) problems.push(`${where} has both Principal and NotPrincipal; use one of them`);
  for (const k of ['Action', 'NotAction', 'Resource', 'NotResource']) if (has(k)) checkStringList(s[k], `${where}.${k}`, problems);
  for (const k of ['Principal', 'NotPrincipal']) if (has(k)) checkPrincipal(s[k], `${where}.${k}`, problems);
  if (has('Condition')) checkCondition(s.Condition, `${where}.Condition`, problems);

  if (kind === 'trust') {
    if (!has('Principal') && !has('NotPrincipal')) problems.push(`${where} has no Principal; every statement of a trust policy must name one`);
    for (const k of ['Resource', 'NotResource']) if (has(k)) problems.push(`${where} has ${k}, which a trust policy must not have (the role is the resource)`);
  } else if (kind !== undefined) {
    for (const k of ['Principal', 'NotPrincipal']) if (has(k)) problems.push(`${where} has ${k}, which a ${kind} policy must not have (only resource policies such as trust policies name principals)`);
    if (!has('Resource') && !has('NotResource')) problems.push(`${where} has neither Resource nor NotResource`);
  }
}

/**
 * Checks an already-parsed value (for example a policy from the world file) against the policy
 * grammar. Returns the list of problems, empty when the document is well formed.
 */
export function checkPolicyDocument(doc: unknown, options: ParseOptions = {}): string[] {
  const problems: string[] = [];
  if (!isPlainObject(doc)) return [`a policy document must be a JSON object, found ${quote(doc)}`];
  for (const key of Object.keys(doc)) if (!TOP_KEYS.includes(key)) problems.push(unknownKey(key, TOP_KEYS, 'policy document'));
  if ('Version' in doc && !(POLICY_VERSIONS as readonly unknown[]).includes(doc.Version)) {
    problems.push(`Version must be "2012-10-17" or "2008-10-17", found ${quote(doc.Version)}`);
  }
  if ('Id' in doc && typeof doc.Id !== 'string') problems.push(`Id must be a string, found ${quote(doc.Id)}`);
  if (!('Statement' in doc)) {
    problems.push('the policy document has no Statement');
    return problems;
  }
  const st = doc.Statement;
  if (Array.isArray(st)) st.forEach((s, i) => checkStatement(s, `Statement[${i}]`, options.kind, problems));
  else if (isPlainObject(st)) checkStatement(st, 'Statement', options.kind, problems);
  else problems.push(`Statement must be an object or a list of objects, found ${quote(st)}`);

  const sids = new Set<string>();
  for (const s of Array.isArray(st) ? st : []) {
    const sid = isPlainObject(s) && typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : undefined;
    if (sid === undefined) continue;
    if (sids.has(sid)) problems.push(`Statement IDs (Sid) must be unique within a policy; "${sid}" appears more than once`);
    sids.add(sid);
  }
  return problems;
}

/** Parses policy text. Never throws; the error names the problem. */
export function parsePolicyDocument(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string') return { ok: false, error: 'the policy must be text', problems: ['the policy must be text'] };
  if (text.trim() === '') return { ok: false, error: 'the policy document is empty', problems: ['the policy document is empty'] };
  const json = readJson(text);
  if (!json.ok) return { ok: false, error: json.error, problems: [json.error], line: json.line, column: json.column };
  const problems = checkPolicyDocument(json.value, options);
  if (problems.length > 0) {
    const error = problems.length === 1 ? (problems[0] as string) : `${problems[0]} (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})`;
    return { ok: false, error, problems };
  }
  const value = json.value as unknown as PolicyDocument;
  // Advice for the reader, never on the wire (STS accepts these policies): Messages the UI translates.
  const warnings: Message[] = json.duplicateKeys.map((d) => /*i18n*/ ({
    id: 'policy.parse.duplicateKey',
    message: 'duplicate key {key} at line {line}, column {column}: only the last one counts',
    values: { key: JSON.stringify(d.key), line: d.line, column: d.column },
    verbatim: ['key'],
  }));
  if (value.Version === undefined) {
    warnings.push(/*i18n*/ { id: 'policy.parse.noVersion', message: 'no {version}: the 2008-10-17 language applies, so policy variables such as {variable} are plain text', values: { version: 'Version', variable: '${aws:username}' }, verbatim: ['version', 'variable'] });
  }
  if (Array.isArray(value.Statement) && value.Statement.length === 0) {
    warnings.push(/*i18n*/ { id: 'policy.parse.emptyStatement', message: '{statement} is an empty list: this policy allows and denies nothing', values: { statement: 'Statement' }, verbatim: ['statement'] });
  }
  return { ok: true, value, warnings };
}

/**
 * The statements of a document as a list (a single Statement object becomes a one-element list).
 * Entries are kept as they are, so index i here is StatementTrace.index i; a document that passed
 * parsePolicyDocument has only well-formed statements.
 */
export function normalizeStatements(doc: PolicyDocument): PolicyStatement[] {
  const st: unknown = (doc as { Statement?: unknown } | null | undefined)?.Statement;
  if (Array.isArray(st)) return st as PolicyStatement[];
  return st === undefined || st === null ? [] : [st as PolicyStatement];
}
