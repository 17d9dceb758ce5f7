import { useCallback, useEffect, useState } from 'react';
import { findOperation } from '../catalog/operations';
import type { OperationName } from '../catalog/types';

const DEFAULT: OperationName = 'GetCallerIdentity';

function fromHash(): OperationName | null {
  const name = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  return findOperation(name)?.name ?? null;
}

/** The operation on screen, mirrored in the URL hash (#/AssumeRole) — never any parameter or secret. */
export function useCurrentOperation(): [OperationName, (name: OperationName) => void] {
  const [current, setCurrent] = useState<OperationName>(() => fromHash() ?? DEFAULT);
  useEffect(() => {
    const onHash = () => {
      const name = fromHash();
      if (name) setCurrent(name);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const select = useCallback((name: OperationName) => {
    setCurrent(name);
    history.replaceState(null, '', `#/${name}`);
  }, []);
  return [current, select];
}
