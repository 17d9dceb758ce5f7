import { useCallback, useState } from 'react';
import { getOperation } from '../catalog/operations';
import type { OperationName } from '../catalog/types';
import { initialValues, type FieldValue, type FormValues } from '../features/operations/formState';

/** Each operation keeps its own form while the user switches between them (memory only). */
export function useForms() {
  const [forms, setForms] = useState<Partial<Record<OperationName, FormValues>>>({});
  const valuesOf = useCallback((name: OperationName): FormValues => forms[name] ?? initialValues(getOperation(name)), [forms]);
  const setField = useCallback((name: OperationName, param: string, value: FieldValue) => {
    setForms((f) => ({ ...f, [name]: { ...(f[name] ?? initialValues(getOperation(name))), [param]: value } }));
  }, []);
  const reset = useCallback((name: OperationName) => setForms((f) => ({ ...f, [name]: initialValues(getOperation(name)) })), []);
  return { valuesOf, setField, reset };
}
