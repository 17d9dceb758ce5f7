/**
 * The lab file validator: every problem of a hand-written lab, each named by its JSON path
 * (`$.steps[1].check.operation: unknown operation "AssumeRol"`), so an instructor can fix the file
 * without reading code. The shapes are ./format.ts.
 */
import { findOperation, getParam } from '../catalog/operations';
import type { OperationSpec } from '../catalog/types';
import { DENIED_BY, GENERATED_SOURCES, LAB_LANGUAGES, LAB_PLACEHOLDERS, SANDBOX_TARGETS, SIGNED_WITH, type Lab, type LabLanguage } from './format';
import { unknownPlaceholders } from './signed-in';
import { missingTokens } from './verbatim';

export type LabValidation = { ok: true; lab: Lab } | { ok: false; errors: string[] };

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const OUTPUT_PATH = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;
const MATCHER_TESTS = ['equals', 'startsWith', 'endsWith', 'contains', 'present'] as const;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const quote = (s: string) => JSON.stringify(s);
const LANGUAGE_NAMES: Record<LabLanguage, string> = { en: 'English', fr: 'French' };

class Problems {
  readonly list: string[] = [];
  add(path: string, message: string) {
    this.list.push(`${path}: ${message}`);
  }
  /** The object at `path`, with keys outside `allowed` (and missing `required` ones) reported. */
  object(value: unknown, path: string, allowed: readonly string[], required: readonly string[]): Obj | null {
    if (!isObject(value)) {
      this.add(path, 'must be an object');
      return null;
    }
    for (const k of Object.keys(value)) if (!allowed.includes(k)) this.add(path, `unknown field ${quote(k)} (expected one of ${allowed.join(', ')})`);
    for (const k of required) if (!(k in value)) this.add(path, `missing field ${quote(k)}`);
    return value;
  }
  /** A text in every lab language, each carrying the same verbatim tokens (see ./verbatim.ts). `where` names the step. */
  text(value: unknown, path: string, where = '') {
    if (!isObject(value)) return this.add(path, `must be a text object such as {"en": "…", "fr": "…"}${where}`);
    for (const k of Object.keys(value)) {
      if (!(LAB_LANGUAGES as readonly string[]).includes(k)) this.add(path, `unknown language ${quote(k)} (expected ${LAB_LANGUAGES.join(' and ')})${where}`);
    }
    const present: LabLanguage[] = [];
    for (const lang of LAB_LANGUAGES) {
      const v = value[lang];
      if (v === undefined || v === '') this.add(`${path}.${lang}`, `the ${LANGUAGE_NAMES[lang]} text is missing${where}: every text is written in ${LAB_LANGUAGES.join(' and ')}`);
      else if (typeof v !== 'string') this.add(`${path}.${lang}`, `must be a string${where}`);
      else if (v.trim() === '') this.add(`${path}.${lang}`, `the ${LANGUAGE_NAMES[lang]} text may not be blank${where}`);
      else present.push(lang);
    }
    const [first, ...others] = present;
    for (const other of others) {
      const a = value[first as LabLanguage] as string;
      const b = value[other] as string;
      for (const t of missingTokens(a, b)) this.add(`${path}.${other}`, `${quote(t)} is in the ${LANGUAGE_NAMES[first as LabLanguage]} text but not in the ${LANGUAGE_NAMES[other]}${where}: names, codes, ARNs and code spans stay verbatim in every language`);
      for (const t of missingTokens(b, a)) this.add(`${path}.${other}`, `${quote(t)} is in the ${LANGUAGE_NAMES[other]} text but not in the ${LANGUAGE_NAMES[first as LabLanguage]}${where}: names, codes, ARNs and code spans stay verbatim in every language`);
    }
  }
  id(value: unknown, path: string) {
    if (typeof value !== 'string' || !ID.test(value)) this.add(path, 'must be lower-case letters, digits and dashes (1 to 64)');
  }
  oneOf(value: unknown, path: string, allowed: readonly string[]) {
    if (typeof value !== 'string' || !allowed.includes(value)) this.add(path, `must be one of ${allowed.join(', ')}`);
  }
  matcher(value: unknown, path: string) {
    if (['string', 'number', 'boolean'].includes(typeof value)) return;
    if (!isObject(value)) return this.add(path, 'must be a value, or an object with one of ' + MATCHER_TESTS.join(', '));
    const keys = Object.keys(value);
    if (keys.length !== 1 || !(MATCHER_TESTS as readonly string[]).includes(keys[0] as string)) {
      return this.add(path, `must have exactly one of ${MATCHER_TESTS.join(', ')}`);
    }
    const [test, operand] = Object.entries(value)[0] as [string, unknown];
    if (test === 'present' ? typeof operand !== 'boolean' : test === 'equals' ? !['string', 'number', 'boolean'].includes(typeof operand) : typeof operand !== 'string') {
      this.add(`${path}.${test}`, test === 'present' ? 'must be true or false' : 'must be a string');
    }
  }
  operation(value: unknown, path: string): OperationSpec | null {
    const spec = typeof value === 'string' ? findOperation(value) : null;
    if (!spec) this.add(path, `unknown operation ${JSON.stringify(value)}`);
    return spec;
  }
  param(spec: OperationSpec | null, name: string, path: string) {
    if (spec && !getParam(spec, name)) this.add(path, `${spec.name} has no parameter ${quote(name)}`);
  }
}

/** Every string of a showMe or check: a `{{…}}` must be one of LAB_PLACEHOLDERS. */
function checkPlaceholders(p: Problems, value: unknown, path: string) {
  const strings: string[] = [];
  const walk = (v: unknown) => (typeof v === 'string' ? strings.push(v) : typeof v === 'object' && v !== null ? Object.values(v).forEach(walk) : undefined);
  walk(value);
  for (const bad of new Set(strings.flatMap(unknownPlaceholders))) p.add(path, `unknown placeholder ${bad} (expected ${Object.values(LAB_PLACEHOLDERS).join(' or ')})`);
}

/** The permission check's action and resource, as the tool asks them. */
function checkQuestionFields(p: Problems, value: unknown, path: string) {
  const q = p.object(value, path, ['action', 'resource'], ['action', 'resource']);
  if (!q) return;
  if (typeof q.action !== 'string' || !/^[a-z0-9-]+:[A-Za-z0-9_-]+$/.test(q.action)) p.add(`${path}.action`, 'must be one action such as "s3:GetObject" (no wildcards)');
  if (typeof q.resource !== 'string' || q.resource.trim() === '') p.add(`${path}.resource`, 'must be an ARN, or "*"');
}

function checkSignWith(p: Problems, signWith: unknown, path: string, earlierSteps: readonly string[]) {
  if (signWith === undefined || signWith === 'demo') return;
  if (!isObject(signWith)) return p.add(path, 'must be "demo" or {"step": "<an earlier step id>"}');
  const ref = p.object(signWith, path, ['step'], ['step']);
  if (ref && (typeof ref.step !== 'string' || !earlierSteps.includes(ref.step))) p.add(`${path}.step`, `must name an earlier step of this lab (${earlierSteps.join(', ') || 'none yet'})`);
}

function checkShowMe(p: Problems, value: unknown, path: string, earlierSteps: readonly string[]) {
  checkPlaceholders(p, value, path);
  if (isObject(value) && 'permissionCheck' in value) {
    const showMe = p.object(value, path, ['permissionCheck', 'signWith'], ['permissionCheck']);
    if (showMe) checkQuestionFields(p, showMe.permissionCheck, `${path}.permissionCheck`);
    return checkSignWith(p, showMe?.signWith, `${path}.signWith`, earlierSteps);
  }
  const showMe = p.object(value, path, ['operation', 'fields', 'generate', 'signWith'], ['operation']);
  if (!showMe) return;
  const spec = p.operation(showMe.operation, `${path}.operation`);
  if (showMe.fields !== undefined) {
    const fields = p.object(showMe.fields, `${path}.fields`, Object.keys(isObject(showMe.fields) ? showMe.fields : {}), []);
    for (const k of Object.keys(fields ?? {})) p.param(spec, k, `${path}.fields.${k}`);
  }
  if (showMe.generate !== undefined) {
    const generate = p.object(showMe.generate, `${path}.generate`, Object.keys(isObject(showMe.generate) ? showMe.generate : {}), []);
    for (const [k, g] of Object.entries(generate ?? {})) {
      const at = `${path}.generate.${k}`;
      p.param(spec, k, at);
      if (!isObject(g)) {
        p.add(at, 'must be an object with "from"');
        continue;
      }
      p.oneOf(g.from, `${at}.from`, GENERATED_SOURCES);
      const extra = g.from === 'saml-idp' || g.from === 'oidc-idp' ? ['request'] : g.from === 'mfa-code' ? ['serialNumber'] : [];
      p.object(g, at, ['from', ...extra], ['from', ...extra.filter((e) => e !== 'request')]);
      if (g.request !== undefined) p.object(g.request, `${at}.request`, Object.keys(isObject(g.request) ? g.request : {}), []);
      if (g.from === 'mfa-code' && typeof g.serialNumber !== 'string') p.add(`${at}.serialNumber`, 'must be a string');
    }
  }
  checkSignWith(p, showMe.signWith, `${path}.signWith`, earlierSteps);
}

function checkPermissionCheck(p: Problems, value: unknown, path: string) {
  const want = p.object(value, path, ['action', 'resource', 'principal', 'target', 'signedWith', 'allowed', 'deniedBy'], ['allowed']);
  if (!want) return;
  for (const k of ['action', 'resource', 'principal'] as const) if (want[k] !== undefined) p.matcher(want[k], `${path}.${k}`);
  if (want.target !== undefined) p.oneOf(want.target, `${path}.target`, SANDBOX_TARGETS);
  if (want.signedWith !== undefined) p.oneOf(want.signedWith, `${path}.signedWith`, SIGNED_WITH.filter((s) => s !== 'unsigned'));
  if (typeof want.allowed !== 'boolean') p.add(`${path}.allowed`, 'must be true or false');
  if (want.deniedBy !== undefined) {
    p.oneOf(want.deniedBy, `${path}.deniedBy`, DENIED_BY);
    if (want.allowed === true) p.add(`${path}.deniedBy`, 'needs "allowed": false: only a denial has a deciding layer');
  }
}

function checkCheck(p: Problems, value: unknown, path: string, showMe: unknown) {
  checkPlaceholders(p, value, path);
  const runCheck = isObject(value) && 'permissionCheck' in value;
  if (isObject(showMe) && runCheck !== 'permissionCheck' in showMe) p.add(path, runCheck ? 'a permissionCheck step\'s showMe must fill the permission check: {"permissionCheck": {"action": …, "resource": …}}' : 'a permissionCheck showMe goes with a permissionCheck check');
  if (runCheck) {
    const check = p.object(value, path, ['permissionCheck'], ['permissionCheck']);
    if (check) checkPermissionCheck(p, check.permissionCheck, `${path}.permissionCheck`);
    return;
  }
  const check = p.object(value, path, ['operation', 'target', 'signedWith', 'input', 'error', 'message', 'output'], ['operation']);
  if (!check) return;
  const spec = p.operation(check.operation, `${path}.operation`);
  if (check.target !== undefined) p.oneOf(check.target, `${path}.target`, SANDBOX_TARGETS);
  if (check.signedWith !== undefined) p.oneOf(check.signedWith, `${path}.signedWith`, SIGNED_WITH);
  if (check.error !== undefined && (typeof check.error !== 'string' || !/^[A-Za-z][A-Za-z0-9.]*$/.test(check.error))) p.add(`${path}.error`, 'must be an error code such as "AccessDenied"');
  if (check.error !== undefined && check.output !== undefined) p.add(path, 'a failed call has no output: give "error" or "output", not both');
  if (check.message !== undefined) {
    if (check.error === undefined) p.add(`${path}.message`, 'needs "error": only a failed call has an error message');
    p.matcher(check.message, `${path}.message`);
  }
  if (check.input !== undefined) {
    const input = p.object(check.input, `${path}.input`, Object.keys(isObject(check.input) ? check.input : {}), []);
    for (const [k, m] of Object.entries(input ?? {})) {
      p.param(spec, k, `${path}.input.${k}`);
      p.matcher(m, `${path}.input.${k}`);
    }
  }
  if (check.output !== undefined) {
    const output = p.object(check.output, `${path}.output`, Object.keys(isObject(check.output) ? check.output : {}), []);
    for (const [k, m] of Object.entries(output ?? {})) {
      if (!OUTPUT_PATH.test(k)) p.add(`${path}.output`, `${quote(k)} is not a result field path such as "AssumedRoleUser.Arn"`);
      p.matcher(m, `${path}.output.${k}`);
    }
  }
}

/** Checks a parsed lab file; `ok` carries it typed. */
export function validateLab(value: unknown): LabValidation {
  const p = new Problems();
  const lab = p.object(value, '$', ['$schema', '$comment', 'id', 'title', 'summary', 'requires', 'steps'], ['id', 'title', 'summary', 'steps']);
  if (lab) {
    p.id(lab.id, '$.id');
    p.text(lab.title, '$.title');
    p.text(lab.summary, '$.summary');
    if (lab.requires !== undefined && (!Array.isArray(lab.requires) || lab.requires.some((r) => typeof r !== 'string'))) p.add('$.requires', 'must be a list of ARNs');
    if (!Array.isArray(lab.steps) || lab.steps.length === 0) p.add('$.steps', 'must be a non-empty list of steps');
    else {
      const seen: string[] = [];
      lab.steps.forEach((s, i) => {
        const at = `$.steps[${i}]`;
        const step = p.object(s, at, ['id', 'title', 'concept', 'task', 'hint', 'showMe', 'clock', 'check'], ['id', 'title', 'concept', 'task', 'hint', 'showMe', 'check']);
        if (!step) return;
        p.id(step.id, `${at}.id`);
        if (typeof step.id === 'string' && seen.includes(step.id)) p.add(`${at}.id`, `duplicate step id ${quote(step.id)}`);
        const where = typeof step.id === 'string' ? ` (step ${quote(step.id)})` : '';
        for (const t of ['title', 'concept', 'task', 'hint'] as const) if (t in step) p.text(step[t], `${at}.${t}`, where);
        if ('showMe' in step) checkShowMe(p, step.showMe, `${at}.showMe`, seen);
        if (step.clock !== undefined) {
          const clock = p.object(step.clock, `${at}.clock`, ['advanceSeconds'], ['advanceSeconds']);
          const n = clock?.advanceSeconds;
          if (clock && (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 86400)) p.add(`${at}.clock.advanceSeconds`, 'must be a whole number of seconds from 1 to 86400');
        }
        if ('check' in step) checkCheck(p, step.check, `${at}.check`, step.showMe);
        if (typeof step.id === 'string') seen.push(step.id);
      });
    }
  }
  return p.list.length === 0 ? { ok: true, lab: value as Lab } : { ok: false, errors: p.list };
}

/** Several labs together: ids must be unique. Errors are prefixed with each lab's name (its file). */
export function validateLabSet(files: ReadonlyArray<{ name: string; value: unknown }>): { labs: Lab[]; errors: string[] } {
  const labs: Lab[] = [];
  const errors: string[] = [];
  for (const f of files) {
    const v = validateLab(f.value);
    if (!v.ok) errors.push(...v.errors.map((e) => `${f.name}: ${e}`));
    else if (labs.some((l) => l.id === v.lab.id)) errors.push(`${f.name}: $.id: another lab already has the id ${quote(v.lab.id)}`);
    else labs.push(v.lab);
  }
  return { labs, errors };
}
