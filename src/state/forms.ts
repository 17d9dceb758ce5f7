/**
 * Every operation's form while the user switches between them (memory only): its values, the fields
 * edited so far (their "required" messages show from then on) and whether a send was attempted (every
 * message shows). Plain transitions; src/features/operations/useForms.ts holds the value.
 */
import { isOperationLoaded, loadedOperation } from '../catalog/load';
import type { OperationName } from '../catalog/types';
import { initialValues, type FieldValue, type FormValues } from './formState';

export interface FormState {
  values: FormValues;
  touched: ReadonlySet<string>;
  attempted: boolean;
}

export type Forms = Partial<Record<OperationName, FormState>>;

// An operation whose spec is not loaded yet reads as an empty form; useForms changes a form only once its spec is there.
const freshForm = (name: OperationName): FormState => ({ values: isOperationLoaded(name) ? initialValues(loadedOperation(name)) : {}, touched: new Set(), attempted: false });

export const formOf = (forms: Forms, name: OperationName): FormState => forms[name] ?? freshForm(name);

export function withField(forms: Forms, name: OperationName, param: string, value: FieldValue): Forms {
  const s = formOf(forms, name);
  return { ...forms, [name]: { ...s, values: { ...s.values, [param]: value }, touched: new Set([...s.touched, param]) } };
}

/** Several text fields at once (a tool's "use this role", the inspector's fill), each marked edited. */
export function withTextFields(forms: Forms, name: OperationName, fields: Readonly<Record<string, string>>): Forms {
  return Object.entries(fields).reduce((f, [param, text]) => withField(f, name, param, { kind: 'text', text }), forms);
}

export function withAttempt(forms: Forms, name: OperationName): Forms {
  const s = formOf(forms, name);
  return s.attempted ? forms : { ...forms, [name]: { ...s, attempted: true } };
}

/** A whole input loaded (an example, a history entry, a lab's "Show me"): the filled fields count as edited. */
export const withLoaded = (forms: Forms, name: OperationName, values: FormValues, filled: readonly string[]): Forms => ({ ...forms, [name]: { values, touched: new Set(filled), attempted: false } });

export const withReset = (forms: Forms, name: OperationName): Forms => ({ ...forms, [name]: freshForm(name) });

/** The text fields of a form, by parameter name (what the federation panels read). */
export function textValues(form: FormState): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(form.values)) if (v.kind === 'text') values[k] = v.text;
  return values;
}

/** The list fields of a form (PolicyArns…), by parameter name (the federation verdict's packed size reads them). */
export function listValues(form: FormState): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(form.values)) if (v.kind === 'list') lists[k] = v.items;
  return lists;
}
