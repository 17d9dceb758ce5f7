import { useCallback, useEffect, useState } from 'react';
import { findOperation } from '../../catalog/operations';
import type { OperationName } from '../../catalog/types';
import { TOOLS, type ToolName } from '../../state/commands';

const DEFAULT: OperationName = 'GetCallerIdentity';

function operationFromHash(): OperationName | null {
  return findOperation(decodeURIComponent(location.hash.replace(/^#\/?/, '')))?.name ?? null;
}

function toolFromHash(): ToolName | null {
  const m = /^#\/tools\/([\w-]+)/.exec(location.hash);
  return TOOLS.find((t) => t.key === m?.[1])?.key ?? null;
}

/**
 * What is on screen, mirrored in the URL hash (never any parameter or secret): the operation's form
 * (#/AssumeRole), or a tool instead of it (#/tools/<name>), the operation then kept for the way back.
 */
export function useRoute() {
  const [operation, setOperation] = useState<OperationName>(() => operationFromHash() ?? DEFAULT);
  const [tool, setTool] = useState<ToolName | null>(toolFromHash);
  useEffect(() => {
    const onHash = () => {
      const name = operationFromHash();
      if (name) setOperation(name);
      setTool(toolFromHash());
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const selectOperation = useCallback((name: OperationName) => {
    setOperation(name);
    history.replaceState(null, '', `#/${name}`);
  }, []);
  const openTool = useCallback((t: ToolName | null) => {
    setTool(t);
    if (t) history.replaceState(null, '', `#/tools/${t}`);
  }, []);
  return { operation, selectOperation, tool, openTool };
}
