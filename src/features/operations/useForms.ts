import { useCallback, useState } from 'react';
import type { OperationName } from '../../catalog/types';
import { formOf, withAttempt, withField, withLoaded, withReset, withTextFields, type Forms } from '../../state/forms';
import type { FieldValue, FormValues } from '../../state/formState';

/** Each operation keeps its own form while the user switches between them (memory only; transitions in src/state/forms.ts). */
export function useForms() {
  const [forms, setForms] = useState<Forms>({});
  const stateOf = useCallback((name: OperationName) => formOf(forms, name), [forms]);
  const setField = useCallback((name: OperationName, param: string, value: FieldValue) => setForms((f) => withField(f, name, param, value)), []);
  const setText = useCallback((name: OperationName, fields: Readonly<Record<string, string>>) => setForms((f) => withTextFields(f, name, fields)), []);
  const markAttempted = useCallback((name: OperationName) => setForms((f) => withAttempt(f, name)), []);
  const load = useCallback((name: OperationName, values: FormValues, filled: readonly string[]) => setForms((f) => withLoaded(f, name, values, filled)), []);
  const reset = useCallback((name: OperationName) => setForms((f) => withReset(f, name)), []);
  return { stateOf, setField, setText, markAttempted, load, reset };
}
export type FormsControl = ReturnType<typeof useForms>;
