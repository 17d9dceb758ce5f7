import { useCallback, useState } from 'react';
import { whenOperationLoaded } from '../../catalog/load';
import type { OperationName } from '../../catalog/types';
import { formOf, withAttempt, withField, withLoaded, withReset, withTextFields, type Forms } from '../../state/forms';
import type { FieldValue, FormValues } from '../../state/formState';

/** Each operation keeps its own form while the user switches between them (memory only; transitions in src/state/forms.ts). */
export function useForms() {
  const [forms, setForms] = useState<Forms>({});
  // A form starts from its operation's spec (its defaults): a change to one not loaded yet waits for it.
  const change = useCallback((name: OperationName, next: (f: Forms) => Forms) => whenOperationLoaded(name, () => setForms(next)), []);
  const stateOf = useCallback((name: OperationName) => formOf(forms, name), [forms]);
  const setField = useCallback((name: OperationName, param: string, value: FieldValue) => change(name, (f) => withField(f, name, param, value)), [change]);
  const setText = useCallback((name: OperationName, fields: Readonly<Record<string, string>>) => change(name, (f) => withTextFields(f, name, fields)), [change]);
  const markAttempted = useCallback((name: OperationName) => change(name, (f) => withAttempt(f, name)), [change]);
  const load = useCallback((name: OperationName, values: FormValues, filled: readonly string[]) => change(name, (f) => withLoaded(f, name, values, filled)), [change]);
  const reset = useCallback((name: OperationName) => change(name, (f) => withReset(f, name)), [change]);
  return { stateOf, setField, setText, markAttempted, load, reset };
}
export type FormsControl = ReturnType<typeof useForms>;
