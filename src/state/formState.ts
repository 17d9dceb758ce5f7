/**
 * What the generic form holds for each parameter, and how that becomes the SDK input object.
 * Plain functions (no React) so the conversion is tested on its own: catalog order is kept and
 * empty fields are dropped, exactly what the CLI preview and the SDK call then see.
 */
import type { OperationInput, OperationSpec, ParamSpec, StructField } from '../catalog/types';

export interface TagRow {
  key: string;
  value: string;
  transitive: boolean;
}

/** One parameter's form state; the shape follows the parameter's widget. */
export type FieldValue =
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'rows'; rows: Array<Record<string, string>> }
  | { kind: 'tags'; rows: TagRow[] };

/** Form state of one operation, keyed by parameter name. */
export type FormValues = Record<string, FieldValue>;

export function emptyValue(param: ParamSpec): FieldValue | null {
  switch (param.widget) {
    case 'stringList':
    case 'policyArns':
      return { kind: 'list', items: [] };
    case 'providedContexts':
      return { kind: 'rows', rows: [] };
    case 'tags':
      return { kind: 'tags', rows: [] };
    case 'transitiveTagKeys':
      // Edited through the tags editor's "transitive" checkboxes; it has no state of its own.
      return null;
    default:
      return { kind: 'text', text: '' };
  }
}

export function initialValues(spec: OperationSpec): FormValues {
  const values: FormValues = {};
  for (const p of spec.params) {
    const v = emptyValue(p);
    if (v) values[p.name] = v;
  }
  return values;
}

/** The struct's member names (e.g. `Key`/`Value`, `arn`), read from the catalog, never hard-coded. */
function structFields(param: ParamSpec): readonly StructField[] {
  return param.type.kind === 'structList' || param.type.kind === 'struct' ? param.type.fields : [];
}

function firstFieldName(param: ParamSpec, fallback: string): string {
  return structFields(param)[0]?.name ?? fallback;
}

/** Integers become numbers; anything else typed into a number box is kept as typed so validation can name it. */
function numberOrText(text: string): number | string {
  return /^[+-]?\d+$/.test(text.trim()) ? Number(text.trim()) : text;
}

function tagsParamOf(spec: OperationSpec): ParamSpec | undefined {
  return spec.params.find((p) => p.widget === 'tags');
}

/**
 * The SDK input for the current form: members in catalog order, empty ones left out.
 * Text is sent exactly as typed (no trimming): what STS would reject, the validator shows first.
 */
export function toInput(spec: OperationSpec, values: FormValues): OperationInput {
  const input: Record<string, unknown> = {};
  const tagsParam = tagsParamOf(spec);
  for (const p of spec.params) {
    const v = p.widget === 'transitiveTagKeys' ? (tagsParam ? values[tagsParam.name] : undefined) : values[p.name];
    if (!v) continue;

    if (p.widget === 'transitiveTagKeys') {
      if (v.kind !== 'tags') continue;
      const keys = v.rows.filter((r) => r.transitive && r.key !== '').map((r) => r.key);
      if (keys.length) input[p.name] = keys;
      continue;
    }

    switch (v.kind) {
      case 'text': {
        if (v.text === '') break;
        if (p.widget === 'number') input[p.name] = numberOrText(v.text);
        else if (p.type.kind === 'struct') input[p.name] = { [firstFieldName(p, 'arn')]: v.text };
        else input[p.name] = v.text;
        break;
      }
      case 'list': {
        const items = v.items.filter((s) => s !== '');
        if (!items.length) break;
        // A list of one-member structures (PolicyArns → [{ arn }]) or of plain strings.
        input[p.name] = p.type.kind === 'structList' ? items.map((s) => ({ [firstFieldName(p, 'arn')]: s })) : items;
        break;
      }
      case 'rows': {
        const names = structFields(p).map((f) => f.name);
        const rows = v.rows
          .filter((r) => names.some((n) => (r[n] ?? '') !== ''))
          .map((r) => Object.fromEntries(names.filter((n) => (r[n] ?? '') !== '').map((n) => [n, r[n]])));
        if (rows.length) input[p.name] = rows;
        break;
      }
      case 'tags': {
        const [keyField = 'Key', valueField = 'Value'] = structFields(p).map((f) => f.name);
        // A tag with a key and an empty value is real (values may be empty); a blank row is not.
        const rows = v.rows.filter((r) => r.key !== '' || r.value !== '').map((r) => ({ [keyField]: r.key, [valueField]: r.value }));
        if (rows.length) input[p.name] = rows;
        break;
      }
    }
  }
  return input as OperationInput;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const member = (item: unknown, name: string): unknown =>
  item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[name] : undefined;

/** The form state for an input object (the inverse of toInput), e.g. to load an example. */
export function fromInput(spec: OperationSpec, input: OperationInput): FormValues {
  const values = initialValues(spec);
  const transitive = new Set(asArray(input['TransitiveTagKeys']).map(str));
  for (const p of spec.params) {
    const raw = input[p.name];
    const current = values[p.name];
    if (raw === undefined || !current) continue;
    switch (current.kind) {
      case 'text':
        values[p.name] = { kind: 'text', text: p.type.kind === 'struct' ? str(member(raw, firstFieldName(p, 'arn'))) : str(raw) };
        break;
      case 'list':
        values[p.name] = {
          kind: 'list',
          items: asArray(raw).map((x) => (p.type.kind === 'structList' ? str(member(x, firstFieldName(p, 'arn'))) : str(x))),
        };
        break;
      case 'rows': {
        const names = structFields(p).map((f) => f.name);
        values[p.name] = { kind: 'rows', rows: asArray(raw).map((x) => Object.fromEntries(names.map((n) => [n, str(member(x, n))]))) };
        break;
      }
      case 'tags': {
        const [keyField = 'Key', valueField = 'Value'] = structFields(p).map((f) => f.name);
        values[p.name] = {
          kind: 'tags',
          rows: asArray(raw).map((x) => {
            const key = str(member(x, keyField));
            return { key, value: str(member(x, valueField)), transitive: transitive.has(key) };
          }),
        };
        break;
      }
    }
  }
  return values;
}
