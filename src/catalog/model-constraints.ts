/**
 * The service's model validation, reproduced: required members, lengths (UTF-16 code units, as
 * Java's String.length()), ranges, patterns, enums and list sizes, each worded exactly as AWS's
 * Java validation layer words it (reference §5.4). Pure and allocation-light: the forms call it
 * on every keystroke and the sandbox on every request.
 */
import type { Message } from '../kernel/message';
import { matchesJavaPattern } from './java-pattern';
import type {
  IntegerConstraint,
  OperationSpec,
  ParamType,
  StringConstraint,
  StringListConstraint,
  StructField,
  StructListConstraint,
  ValidationClause,
} from './types';

type Out = ValidationClause[];

const absent = (v: unknown): boolean => v === undefined || v === null;

/** Java's toString, close enough for messages: lists as `[a, b]`, structures as `{Key: k, Value: v}`. [I] */
function javaString(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(javaString).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${javaString(v)}`)
      .join(', ')}}`;
  }
  return String(value);
}

/** One clause of the grammar: `Value '<shown>' at '<path>' failed to satisfy constraint: Member must <rule>`. */
export function constraintClause(path: string, shown: string | null, rule: string): string {
  // Sensitive members are left out of the message entirely ("Value at 'x' …"), as AWS does.
  const value = shown === null ? 'Value' : `Value '${shown}'`;
  return `${value} at '${path}' failed to satisfy constraint: Member must ${rule}`;
}

function push(out: Out, param: string, path: string, shown: string | null, rule: string, explain: Message): void {
  out.push({ param, path, clause: constraintClause(path, shown, rule), explain });
}

function pushNull(out: Out, param: string, path: string): void {
  out.push({
    param,
    path,
    clause: `Value null at '${path}' failed to satisfy constraint: Member must not be null`,
    explain: /*i18n*/ { id: 'check.required', message: 'Required: STS refuses the request without a value here.' },
  });
}

/** The broken length bounds of a string (in characters) or a list (in items), each with its wire rule and its explanation. */
function lengthRules(length: number, min: number | undefined, max: number | undefined, unit: 'chars' | 'items'): { rule: string; explain: Message }[] {
  const rules: { rule: string; explain: Message }[] = [];
  if (min !== undefined && length < min) {
    rules.push({
      rule: `have length greater than or equal to ${min}`,
      explain: unit === 'chars'
        ? /*i18n*/ { id: 'check.minChars', message: 'Too short: at least {min, plural, one {# character} other {# characters}}.', values: { min } }
        : /*i18n*/ { id: 'check.minItems', message: 'Too few: at least {min, plural, one {# entry} other {# entries}}.', values: { min } },
    });
  }
  if (max !== undefined && length > max) {
    rules.push({
      rule: `have length less than or equal to ${max}`,
      explain: unit === 'chars'
        ? /*i18n*/ { id: 'check.maxChars', message: 'Too long: at most {max, plural, one {# character} other {# characters}} (this one has {length, number}).', values: { max, length } }
        : /*i18n*/ { id: 'check.maxItems', message: 'Too many: at most {max, plural, one {# entry} other {# entries}}.', values: { max } },
    });
  }
  return rules;
}

function checkString(c: StringConstraint, value: unknown, param: string, path: string, out: Out): void {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
  const shown = c.sensitive ? null : text ?? javaString(value);
  if (text === null) {
    // [I] The query protocol only carries text; this covers malformed programmatic input.
    push(out, param, path, shown, 'be a string', /*i18n*/ { id: 'check.notText', message: 'Must be text.' });
    return;
  }
  for (const { rule, explain } of lengthRules(text.length, c.minLength, c.maxLength, 'chars')) push(out, param, path, shown, rule, explain);
  if (c.pattern !== undefined && !matchesJavaPattern(c.pattern, text)) {
    push(out, param, path, shown, `satisfy regular expression pattern: ${c.pattern}`, /*i18n*/ { id: 'check.pattern', message: 'A character is not allowed here: the value must match {pattern}', values: { pattern: c.pattern }, verbatim: ['pattern'] });
  }
  if (c.enumValues && !c.enumValues.includes(text)) {
    push(out, param, path, shown, `satisfy enum value set: [${c.enumValues.join(', ')}]`, /*i18n*/ { id: 'check.enum', message: 'Must be one of {values}.', values: { values: c.enumValues.join(', ') }, verbatim: ['values'] });
  }
}

/** Integers arrive as numbers (SDK, forms) or decimal text (the wire). */
function toInteger(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string' && /^[+-]?\d{1,15}$/.test(value.trim())) return Number(value.trim());
  return null;
}

function checkInteger(c: IntegerConstraint, value: unknown, param: string, path: string, out: Out): void {
  const n = toInteger(value);
  if (n === null) {
    // [I] AWS's exact text for a non-numeric integer parameter is not documented.
    push(out, param, path, javaString(value), 'be an integer', /*i18n*/ { id: 'check.notInteger', message: 'Must be a whole number.' });
    return;
  }
  if (c.min !== undefined && n < c.min) push(out, param, path, String(n), `have value greater than or equal to ${c.min}`, /*i18n*/ { id: 'check.minValue', message: 'Too small: at least {min, number}.', values: { min: c.min } });
  if (c.max !== undefined && n > c.max) push(out, param, path, String(n), `have value less than or equal to ${c.max}`, /*i18n*/ { id: 'check.maxValue', message: 'Too large: at most {max, number}.', values: { max: c.max } });
}

function checkFields(fields: readonly StructField[], value: unknown, param: string, path: string, out: Out): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    push(out, param, path, javaString(value), 'be a structure', /*i18n*/ { id: 'check.notStructure', message: 'Must be a structure.' });
    return;
  }
  const record = value as Record<string, unknown>;
  for (const f of fields) {
    const v = record[f.name];
    const fieldPath = `${path}.${f.memberPath}`;
    if (absent(v)) {
      if (f.required) pushNull(out, param, fieldPath);
      continue;
    }
    checkString(f.type, v, param, fieldPath, out);
  }
}

function checkList(
  c: StringListConstraint | StructListConstraint,
  value: unknown,
  param: string,
  path: string,
  out: Out,
): void {
  if (!Array.isArray(value)) {
    push(out, param, path, javaString(value), 'be a list', /*i18n*/ { id: 'check.notList', message: 'Must be a list.' });
    return;
  }
  for (const { rule, explain } of lengthRules(value.length, c.minItems, c.maxItems, 'items')) push(out, param, path, javaString(value), rule, explain);
  value.forEach((item, i) => {
    const itemPath = `${path}.${i + 1}.member`;
    if (absent(item)) pushNull(out, param, itemPath);
    else if (c.kind === 'stringList') checkString(c.item, item, param, itemPath, out);
    else checkFields(c.fields, item, param, itemPath, out);
  });
}

function checkValue(type: ParamType, value: unknown, param: string, path: string, out: Out): void {
  switch (type.kind) {
    case 'string':
      return checkString(type, value, param, path, out);
    case 'integer':
      return checkInteger(type, value, param, path, out);
    case 'stringList':
    case 'structList':
      return checkList(type, value, param, path, out);
    case 'struct':
      return checkFields(type.fields, value, param, path, out);
  }
}

/**
 * Every broken model constraint, in member order and, within a member, in the order AWS's
 * validator reports them (not-null; length; pattern; enum). `undefined` and `null` mean absent;
 * an empty string is a present value, as it is on the wire.
 */
export function validateModelConstraints(spec: OperationSpec, input: Record<string, unknown>): ValidationClause[] {
  const out: Out = [];
  for (const p of spec.params) {
    const value = input[p.name];
    if (absent(value)) {
      if (p.required) pushNull(out, p.name, p.memberPath);
      continue;
    }
    checkValue(p.type, value, p.name, p.memberPath, out);
  }
  return out;
}

/** `1 validation error detected: …` / `2 validation errors detected: a; b`. */
export function formatValidationError(clauses: readonly Pick<ValidationClause, 'clause'>[]): string {
  const n = clauses.length;
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${clauses.map((c) => c.clause).join('; ')}`;
}
