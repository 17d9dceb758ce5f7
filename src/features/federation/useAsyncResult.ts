import { useEffect, useState } from 'react';

export type AsyncState<T> = { status: 'idle' } | { status: 'pending' } | { status: 'done'; value: T };

/**
 * Runs `run` whenever `key` changes (after `delayMs`, so typing does not start a run per key
 * stroke) and keeps the latest answer; answers of superseded runs are dropped. `run` null: idle.
 */
export function useAsyncResult<T>(key: string, run: (() => Promise<T>) | null, delayMs = 0, onError: (e: unknown) => T): AsyncState<T> {
  const [state, setState] = useState<{ key: string; value: T } | null>(null);
  const active = run !== null;
  useEffect(() => {
    if (!run) return;
    let live = true;
    const timer = setTimeout(() => {
      run().then(
        (value) => live && setState({ key, value }),
        (e: unknown) => live && setState({ key, value: onError(e) }),
      );
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `key` stands for everything `run` reads; run/onError are new closures on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, active, delayMs]);
  if (!active) return { status: 'idle' };
  return state && state.key === key ? { status: 'done', value: state.value } : { status: 'pending' };
}
