/**
 * The service's model validation, reproduced: required members, lengths (UTF-16 code units, as
 * Java's String.length()), ranges, patterns, enums and list sizes, each worded exactly as AWS's
 * Java validation layer words it (reference §5.4). Pure and allocation-light: the forms call it
 * on every keystroke and the sandbox on every request.
 */
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

function push(out: Out, param: string, path: string, shown: string | null, rule: string): void {
  out.push({ param, path, clause: constraintClause(path, shown, rule) });
}

function pushNull(out: Out, param: string, path: string): void {
  out.push({ param, path, clause: `Value null at '${path}' failed to satisfy constraint: Member must not be null` });
}

function lengthRules(length: number, min: number | undefined, max: number | undefined): string[] {
  const rules: string[] = [];
  if (min !== undefined && length < min) rules.push(`have length greater than or equal to ${min}`);
  if (max !== undefined && length > max) rules.push(`have length less than or equal to ${max}`);
  return rules;
}

function checkString(c: StringConstraint, value: unknown, param: string, path: string, out: Out): void {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
  const shown = c.sensitive ? null : text ?? javaString(value);
  if (text === null) {
    // [I] The query protocol only carries text; this covers malformed programmatic input.
    push(out, param, path, shown, 'be a string');
    return;
  }
  for (const rule of lengthRules(text.length, c.minLength, c.maxLength)) push(out, param, path, shown, rule);
  if (c.pattern !== undefined && !matchesJavaPattern(c.pattern, text)) {
    push(out, param, path, shown, `satisfy regular expression pattern: ${c.pattern}`);
  }
  if (c.enumValues && !c.enumValues.includes(text)) {
    push(out, param, path, shown, `satisfy enum value set: [${c.enumValues.join(', ')}]`);
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
    push(out, param, path, javaString(value), 'be an integer');
    return;
  }
  if (c.min !== undefined && n < c.min) push(out, param, path, String(n), `have value greater than or equal to ${c.min}`);
  if (c.max !== undefined && n > c.max) push(out, param, path, String(n), `have value less than or equal to ${c.max}`);
}

function checkFields(fields: readonly StructField[], value: unknown, param: string, path: string, out: Out): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    push(out, param, path, javaString(value), 'be a structure');
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
    push(out, param, path, javaString(value), 'be a list');
    return;
  }
  for (const rule of lengthRules(value.length, c.minItems, c.maxItems)) push(out, param, path, javaString(value), rule);
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
