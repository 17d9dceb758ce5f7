import { useCallback, useState } from 'react';
import { getOperation } from '../catalog/operations';
import type { OperationName } from '../catalog/types';
import { initialValues, type FieldValue, type FormValues } from '../features/operations/formState';

interface FormState {
  values: FormValues;
  /** Parameters the user has edited (their "required" messages show from then on). */
  touched: ReadonlySet<string>;
  /** A send was attempted: every message shows. */
  attempted: boolean;
}

const fresh = (name: OperationName): FormState => ({ values: initialValues(getOperation(name)), touched: new Set(), attempted: false });

/** Each operation keeps its own form while the user switches between them (memory only). */
export function useForms() {
  const [forms, setForms] = useState<Partial<Record<OperationName, FormState>>>({});
  const stateOf = useCallback((name: OperationName): FormState => forms[name] ?? fresh(name), [forms]);
  const setField = useCallback((name: OperationName, param: string, value: FieldValue) => {
    setForms((f) => {
      const s = f[name] ?? fresh(name);
      return { ...f, [name]: { ...s, values: { ...s.values, [param]: value }, touched: new Set([...s.touched, param]) } };
    });
  }, []);
  const markAttempted = useCallback((name: OperationName) => {
    setForms((f) => {
      const s = f[name] ?? fresh(name);
      return s.attempted ? f : { ...f, [name]: { ...s, attempted: true } };
    });
  }, []);
  const load = useCallback((name: OperationName, values: FormValues, filled: readonly string[]) => {
    setForms((f) => ({ ...f, [name]: { values, touched: new Set(filled), attempted: false } }));
  }, []);
  const reset = useCallback((name: OperationName) => setForms((f) => ({ ...f, [name]: fresh(name) })), []);
  return { stateOf, setField, markAttempted, load, reset };
}
