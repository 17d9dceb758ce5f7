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
import type { Message } from '../kernel/message';

/** Each problem is a Message: its JSON path, then what is wrong (the English is what the README quotes). */
export type LabValidation = { ok: true; lab: Lab } | { ok: false; errors: Message[] };

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const OUTPUT_PATH = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;
const MATCHER_TESTS = ['equals', 'startsWith', 'endsWith', 'contains', 'present'] as const;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const quote = (s: string) => JSON.stringify(s);
const LANGUAGE_NAMES: Record<LabLanguage, Message> = {
  en: /*i18n*/ { id: 'labCheck.language.en', message: 'English' },
  fr: /*i18n*/ { id: 'labCheck.language.fr', message: 'French' },
};
const list = (items: readonly string[]) => items.join(', ');

class Problems {
  readonly list: Message[] = [];
  add(path: string, problem: Message) {
    this.list.push(/*i18n*/ { id: 'labCheck.atPath', message: '{path}: {problem}', values: { path, problem }, verbatim: ['path'] });
  }
  /** The object at `path`, with keys outside `allowed` (and missing `required` ones) reported. */
  object(value: unknown, path: string, allowed: readonly string[], required: readonly string[]): Obj | null {
    if (!isObject(value)) {
      this.add(path, /*i18n*/ { id: 'labCheck.notObject', message: 'must be an object' });
      return null;
    }
    for (const k of Object.keys(value)) if (!allowed.includes(k)) this.add(path, /*i18n*/ { id: 'labCheck.unknownField', message: 'unknown field {field} (expected one of {allowed})', values: { field: quote(k), allowed: list(allowed) }, verbatim: ['field', 'allowed'] });
    for (const k of required) if (!(k in value)) this.add(path, /*i18n*/ { id: 'labCheck.missingField', message: 'missing field {field}', values: { field: quote(k) }, verbatim: ['field'] });
    return value;
  }
  /** A text in every lab language, each carrying the same verbatim tokens (see ./verbatim.ts). `where` names the step. */
  text(value: unknown, path: string, step = '') {
    // `step`: the step's id, named in each problem ("(step "whoami")"), or '' outside a step.
    const where: Message | string = step === '' ? '' : /*i18n*/ { id: 'labCheck.inStep', message: ' (step {step})', values: { step: quote(step) }, verbatim: ['step'] };
    const languages: Message = /*i18n*/ { id: 'labCheck.languages', message: '{first} and {second}', values: { first: LAB_LANGUAGES[0], second: LAB_LANGUAGES[1] }, verbatim: ['first', 'second'] };
    if (!isObject(value)) return this.add(path, /*i18n*/ { id: 'labCheck.notText', message: 'must be a text object such as {example}{where}', values: { example: '{"en": "…", "fr": "…"}', where }, verbatim: ['example'] });
    for (const k of Object.keys(value)) {
      if (!(LAB_LANGUAGES as readonly string[]).includes(k)) this.add(path, /*i18n*/ { id: 'labCheck.unknownLanguage', message: 'unknown language {language} (expected {languages}){where}', values: { language: quote(k), languages, where }, verbatim: ['language'] });
    }
    const present: LabLanguage[] = [];
    for (const lang of LAB_LANGUAGES) {
      const v = value[lang];
      if (v === undefined || v === '') this.add(`${path}.${lang}`, /*i18n*/ { id: 'labCheck.textMissing', message: 'the {language} text is missing{where}: every text is written in {languages}', values: { language: LANGUAGE_NAMES[lang], where, languages } });
      else if (typeof v !== 'string') this.add(`${path}.${lang}`, /*i18n*/ { id: 'labCheck.notStringIn', message: 'must be a string{where}', values: { where } });
      else if (v.trim() === '') this.add(`${path}.${lang}`, /*i18n*/ { id: 'labCheck.textBlank', message: 'the {language} text may not be blank{where}', values: { language: LANGUAGE_NAMES[lang], where } });
      else present.push(lang);
    }
    const [first, ...others] = present;
    for (const other of others) {
      const a = value[first as LabLanguage] as string;
      const b = value[other] as string;
      const token = (t: string, inLanguage: LabLanguage, notIn: LabLanguage): Message =>
        /*i18n*/ ({ id: 'labCheck.tokenMissing', message: '{token} is in the {inLanguage} text but not in the {notIn}{where}: names, codes, ARNs and code spans stay verbatim in every language', values: { token: quote(t), inLanguage: LANGUAGE_NAMES[inLanguage], notIn: LANGUAGE_NAMES[notIn], where }, verbatim: ['token'] });
      for (const t of missingTokens(a, b)) this.add(`${path}.${other}`, token(t, first as LabLanguage, other));
      for (const t of missingTokens(b, a)) this.add(`${path}.${other}`, token(t, other, first as LabLanguage));
    }
  }
  id(value: unknown, path: string) {
    if (typeof value !== 'string' || !ID.test(value)) this.add(path, /*i18n*/ { id: 'labCheck.badId', message: 'must be lower-case letters, digits and dashes (1 to 64)' });
  }
  oneOf(value: unknown, path: string, allowed: readonly string[]) {
    if (typeof value !== 'string' || !allowed.includes(value)) this.add(path, /*i18n*/ { id: 'labCheck.oneOf', message: 'must be one of {allowed}', values: { allowed: list(allowed) }, verbatim: ['allowed'] });
  }
  matcher(value: unknown, path: string) {
    if (['string', 'number', 'boolean'].includes(typeof value)) return;
    if (!isObject(value)) return this.add(path, /*i18n*/ { id: 'labCheck.notMatcher', message: 'must be a value, or an object with one of {tests}', values: { tests: list(MATCHER_TESTS) }, verbatim: ['tests'] });
    const keys = Object.keys(value);
    if (keys.length !== 1 || !(MATCHER_TESTS as readonly string[]).includes(keys[0] as string)) {
      return this.add(path, /*i18n*/ { id: 'labCheck.oneTest', message: 'must have exactly one of {tests}', values: { tests: list(MATCHER_TESTS) }, verbatim: ['tests'] });
    }
    const [test, operand] = Object.entries(value)[0] as [string, unknown];
    if (test === 'present' ? typeof operand !== 'boolean' : test === 'equals' ? !['string', 'number', 'boolean'].includes(typeof operand) : typeof operand !== 'string') {
      this.add(`${path}.${test}`, test === 'present' ? TRUE_OR_FALSE : A_STRING);
    }
  }
  operation(value: unknown, path: string): OperationSpec | null {
    const spec = typeof value === 'string' ? findOperation(value) : null;
    if (!spec) this.add(path, /*i18n*/ { id: 'labCheck.unknownOperation', message: 'unknown operation {operation}', values: { operation: String(JSON.stringify(value)) }, verbatim: ['operation'] });
    return spec;
  }
  param(spec: OperationSpec | null, name: string, path: string) {
    if (spec && !getParam(spec, name)) this.add(path, /*i18n*/ { id: 'labCheck.noParameter', message: '{operation} has no parameter {parameter}', values: { operation: spec.name, parameter: quote(name) }, verbatim: ['operation', 'parameter'] });
  }
}

const TRUE_OR_FALSE: Message = /*i18n*/ { id: 'labCheck.trueOrFalse', message: 'must be true or false' };
const A_STRING: Message = /*i18n*/ { id: 'labCheck.aString', message: 'must be a string' };

/** Every string of a showMe or check: a `{{…}}` must be one of LAB_PLACEHOLDERS. */
function checkPlaceholders(p: Problems, value: unknown, path: string) {
  const strings: string[] = [];
  const walk = (v: unknown) => (typeof v === 'string' ? strings.push(v) : typeof v === 'object' && v !== null ? Object.values(v).forEach(walk) : undefined);
  walk(value);
  for (const bad of new Set(strings.flatMap(unknownPlaceholders))) p.add(path, /*i18n*/ { id: 'labCheck.unknownPlaceholder', message: 'unknown placeholder {placeholder} (expected {known})', values: { placeholder: bad, known: /*i18n*/ { id: 'labCheck.placeholders', message: '{user} or {userMfa}', values: LAB_PLACEHOLDERS, verbatim: ['user', 'userMfa'] } }, verbatim: ['placeholder'] });
}

/** The permission check's action and resource, as the tool asks them. */
function checkQuestionFields(p: Problems, value: unknown, path: string) {
  const q = p.object(value, path, ['action', 'resource'], ['action', 'resource']);
  if (!q) return;
  if (typeof q.action !== 'string' || !/^[a-z0-9-]+:[A-Za-z0-9_-]+$/.test(q.action)) p.add(`${path}.action`, /*i18n*/ { id: 'labCheck.oneAction', message: 'must be one action such as {example} (no wildcards)', values: { example: '"s3:GetObject"' }, verbatim: ['example'] });
  if (typeof q.resource !== 'string' || q.resource.trim() === '') p.add(`${path}.resource`, /*i18n*/ { id: 'labCheck.resource', message: 'must be an ARN, or {star}', values: { star: '"*"' }, verbatim: ['star'] });
}

function checkSignWith(p: Problems, signWith: unknown, path: string, earlierSteps: readonly string[]) {
  if (signWith === undefined || signWith === 'demo') return;
  if (!isObject(signWith)) return p.add(path, /*i18n*/ { id: 'labCheck.signWith', message: 'must be {demo} or {step}', values: { demo: '"demo"', step: '{"step": "<an earlier step id>"}' }, verbatim: ['demo', 'step'] });
  const ref = p.object(signWith, path, ['step'], ['step']);
  if (ref && (typeof ref.step !== 'string' || !earlierSteps.includes(ref.step))) p.add(`${path}.step`, /*i18n*/ { id: 'labCheck.earlierStep', message: 'must name an earlier step of this lab ({steps, select, none {none yet} other {{steps}}})', values: { steps: earlierSteps.length ? list(earlierSteps) : 'none' } });
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
        p.add(at, /*i18n*/ { id: 'labCheck.generateFrom', message: 'must be an object with {field}', values: { field: '"from"' }, verbatim: ['field'] });
        continue;
      }
      p.oneOf(g.from, `${at}.from`, GENERATED_SOURCES);
      const extra = g.from === 'saml-idp' || g.from === 'oidc-idp' ? ['request'] : g.from === 'mfa-code' ? ['serialNumber'] : [];
      p.object(g, at, ['from', ...extra], ['from', ...extra.filter((e) => e !== 'request')]);
      if (g.request !== undefined) p.object(g.request, `${at}.request`, Object.keys(isObject(g.request) ? g.request : {}), []);
      if (g.from === 'mfa-code' && typeof g.serialNumber !== 'string') p.add(`${at}.serialNumber`, A_STRING);
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
  if (typeof want.allowed !== 'boolean') p.add(`${path}.allowed`, TRUE_OR_FALSE);
  if (want.deniedBy !== undefined) {
    p.oneOf(want.deniedBy, `${path}.deniedBy`, DENIED_BY);
    if (want.allowed === true) p.add(`${path}.deniedBy`, /*i18n*/ { id: 'labCheck.deniedByNeedsDenial', message: 'needs {allowed}: only a denial has a deciding layer', values: { allowed: '"allowed": false' }, verbatim: ['allowed'] });
  }
}

function checkCheck(p: Problems, value: unknown, path: string, showMe: unknown) {
  checkPlaceholders(p, value, path);
  const runCheck = isObject(value) && 'permissionCheck' in value;
  if (isObject(showMe) && runCheck !== 'permissionCheck' in showMe) {
    p.add(
      path,
      runCheck
        ? /*i18n*/ { id: 'labCheck.showMeFillsCheck', message: 'a permissionCheck step’s showMe must fill the permission check: {example}', values: { example: '{"permissionCheck": {"action": …, "resource": …}}' }, verbatim: ['example'] }
        : /*i18n*/ { id: 'labCheck.showMeNeedsCheck', message: 'a permissionCheck showMe goes with a permissionCheck check' },
    );
  }
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
  if (check.error !== undefined && (typeof check.error !== 'string' || !/^[A-Za-z][A-Za-z0-9.]*$/.test(check.error))) p.add(`${path}.error`, /*i18n*/ { id: 'labCheck.errorCode', message: 'must be an error code such as {example}', values: { example: '"AccessDenied"' }, verbatim: ['example'] });
  if (check.error !== undefined && check.output !== undefined) p.add(path, /*i18n*/ { id: 'labCheck.errorOrOutput', message: 'a failed call has no output: give {error} or {output}, not both', values: { error: '"error"', output: '"output"' }, verbatim: ['error', 'output'] });
  if (check.message !== undefined) {
    if (check.error === undefined) p.add(`${path}.message`, /*i18n*/ { id: 'labCheck.messageNeedsError', message: 'needs {error}: only a failed call has an error message', values: { error: '"error"' }, verbatim: ['error'] });
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
      if (!OUTPUT_PATH.test(k)) p.add(`${path}.output`, /*i18n*/ { id: 'labCheck.outputPath', message: '{field} is not a result field path such as {example}', values: { field: quote(k), example: '"AssumedRoleUser.Arn"' }, verbatim: ['field', 'example'] });
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
    if (lab.requires !== undefined && (!Array.isArray(lab.requires) || lab.requires.some((r) => typeof r !== 'string'))) p.add('$.requires', /*i18n*/ { id: 'labCheck.requires', message: 'must be a list of ARNs' });
    if (!Array.isArray(lab.steps) || lab.steps.length === 0) p.add('$.steps', /*i18n*/ { id: 'labCheck.steps', message: 'must be a non-empty list of steps' });
    else {
      const seen: string[] = [];
      lab.steps.forEach((s, i) => {
        const at = `$.steps[${i}]`;
        const step = p.object(s, at, ['id', 'title', 'concept', 'task', 'hint', 'showMe', 'clock', 'check'], ['id', 'title', 'concept', 'task', 'hint', 'showMe', 'check']);
        if (!step) return;
        p.id(step.id, `${at}.id`);
        if (typeof step.id === 'string' && seen.includes(step.id)) p.add(`${at}.id`, /*i18n*/ { id: 'labCheck.duplicateStep', message: 'duplicate step id {step}', values: { step: quote(step.id) }, verbatim: ['step'] });
        const where = typeof step.id === 'string' ? step.id : '';
        for (const t of ['title', 'concept', 'task', 'hint'] as const) if (t in step) p.text(step[t], `${at}.${t}`, where);
        if ('showMe' in step) checkShowMe(p, step.showMe, `${at}.showMe`, seen);
        if (step.clock !== undefined) {
          const clock = p.object(step.clock, `${at}.clock`, ['advanceSeconds'], ['advanceSeconds']);
          const n = clock?.advanceSeconds;
          if (clock && (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 86400)) p.add(`${at}.clock.advanceSeconds`, /*i18n*/ { id: 'labCheck.advanceSeconds', message: 'must be a whole number of seconds from 1 to 86400' });
        }
        if ('check' in step) checkCheck(p, step.check, `${at}.check`, step.showMe);
        if (typeof step.id === 'string') seen.push(step.id);
      });
    }
  }
  return p.list.length === 0 ? { ok: true, lab: value as Lab } : { ok: false, errors: p.list };
}

/** Several labs together: ids must be unique. Errors are prefixed with each lab's name (its file). */
export function validateLabSet(files: ReadonlyArray<{ name: string; value: unknown }>): { labs: Lab[]; errors: Message[] } {
  const labs: Lab[] = [];
  const errors: Message[] = [];
  const inFile = (file: string, problem: Message): Message => /*i18n*/ ({ id: 'labCheck.inFile', message: '{file}: {problem}', values: { file, problem }, verbatim: ['file'] });
  for (const f of files) {
    const v = validateLab(f.value);
    if (!v.ok) errors.push(...v.errors.map((e) => inFile(f.name, e)));
    else if (labs.some((l) => l.id === v.lab.id)) errors.push(inFile(f.name, /*i18n*/ { id: 'labCheck.atPath', message: '{path}: {problem}', values: { path: '$.id', problem: /*i18n*/ { id: 'labCheck.duplicateLab', message: 'another lab already has the id {id}', values: { id: quote(v.lab.id) }, verbatim: ['id'] } }, verbatim: ['path'] }));
    else labs.push(v.lab);
  }
  return { labs, errors };
}
