/**
 * A part of the page that the first screen does not show (a result card, the policy editor, the command
 * palette), split out of the entry chunk to keep the first load small, and fetched while the browser is
 * idle after the first paint, so that by the time someone needs it it is already there: no visible delay.
 */
import { lazy, useEffect, useState, type ComponentType } from 'react';
import { lazyValue, type LazyValue } from '../kernel/lazy-value';

type Idle = (callback: () => void, options?: { timeout: number }) => number;

/** Runs `task` once the page is idle after load (at the latest `timeoutMs` later). */
export function whenIdle(task: () => void, timeoutMs = 4000): void {
  if (typeof window === 'undefined') return;
  const idle = (window as { requestIdleCallback?: Idle }).requestIdleCallback;
  const schedule = () => (idle ? idle(task, { timeout: timeoutMs }) : setTimeout(task, 200));
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}

/** A React.lazy component whose chunk is prefetched when the page is idle; `load` resolves the component. */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const part = lazyValue(() => load().then((component) => ({ default: component })));
  whenIdle(() => void part.get().catch(() => undefined));
  return lazy(part.get);
}

/** A lazy value for a component: null until `needed` has asked for it and it has arrived (then kept). */
export function useLazyValue<T>(value: LazyValue<T>, needed: boolean): T | null {
  const [got, setGot] = useState<T | null>(() => value.current());
  useEffect(() => {
    if (!needed || got !== null) return;
    let live = true;
    value.get().then(
      (v) => live && setGot(() => v),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [value, needed, got]);
  return got;
}

/**
 * A React.lazy component fetched when first drawn, not when idle: for parts whose first use comes after a
 * wait of its own (a failed call's extras, a tool, a federation panel), so the page's first seconds on a
 * phone are not spent fetching them.
 */
export function lazyOnUse<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(() => load().then((component) => ({ default: component })));
}
