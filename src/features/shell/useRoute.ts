import { useCallback, useEffect, useRef, useState } from 'react';
import { findHeading } from '../../catalog/directory';
import { isOperationLoaded, whenOperationLoaded } from '../../catalog/load';
import type { OperationName } from '../../catalog/types';
import { TOOLS, type ToolName } from '../../state/commands';

const DEFAULT: OperationName = 'GetCallerIdentity';

/** The operation the URL names (#/AssumeRole), or null (a tool's address, nothing, a name STS does not have). */
export function operationFromHash(): OperationName | null {
  return findHeading(decodeURIComponent(location.hash.replace(/^#\/?/, '')))?.name ?? null;
}

function toolFromHash(): ToolName | null {
  const m = /^#\/tools\/([\w-]+)/.exec(location.hash);
  return TOOLS.find((t) => t.key === m?.[1])?.key ?? null;
}

/**
 * What is on screen, mirrored in the URL hash (never any parameter or secret): the operation's form
 * (#/AssumeRole), or a tool instead of it (#/tools/<name>), the operation then kept for the way back.
 * An operation is shown once its spec is loaded (src/catalog/load.ts); until then the last one stays.
 */
export function useRoute() {
  const [operation, setOperation] = useState<OperationName>(() => {
    const named = operationFromHash();
    return named && isOperationLoaded(named) ? named : DEFAULT;
  });
  const [tool, setTool] = useState<ToolName | null>(toolFromHash);
  // The latest choice wins: a slower, earlier fetch does not take the screen back.
  const latest = useRef<OperationName | null>(null);
  const show = useCallback((name: OperationName) => {
    latest.current = name;
    whenOperationLoaded(name, () => latest.current === name && setOperation(name));
  }, []);
  useEffect(() => {
    // Named in the URL at start but not loaded before the first render (its fetch was slow or failed).
    const named = operationFromHash();
    if (named) show(named);
    const onHash = () => {
      const name = operationFromHash();
      if (name) show(name);
      setTool(toolFromHash());
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [show]);
  const selectOperation = useCallback(
    (name: OperationName) => {
      show(name);
      history.replaceState(null, '', `#/${name}`);
    },
    [show],
  );
  const openTool = useCallback((t: ToolName | null) => {
    setTool(t);
    if (t) history.replaceState(null, '', `#/tools/${t}`);
  }, []);
  return { operation, selectOperation, tool, openTool };
}
