/**
 * A part of the page that the first screen does not show (a result card, the policy editor, the command
 * palette), split out of the entry chunk to keep the first load small, and fetched while the browser is
 * idle after the first screen is drawn (./idleWork.ts), so that by the time someone needs it it is
 * already there: no visible delay.
 */
import { createElement, lazy, useEffect, useState, type ComponentType, type ReactElement } from 'react';
import { lazyValue, type LazyValue } from '../kernel/lazy-value';
import { afterFirstPaint, whenIdle } from './idleWork';

/**
 * A component whose chunk is prefetched when the page is idle; `load` resolves the component. Once the
 * chunk is there, a new instance renders it at once: React.lazy's first render suspends even on a chunk
 * already fetched, and a Suspense fallback, once shown, stays about 300 ms (the form's "Loading the form"
 * flashing, the focus coming late after the palette). An instance mounted while the chunk was on its way
 * keeps React.lazy, so that its content is never mounted twice.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ((props: P) => ReactElement) & { preload: () => Promise<unknown> } {
  const part = lazyValue(load);
  whenIdle(() => void part.get().catch(() => undefined));
  const Lazy = lazy(() => part.get().then((component) => ({ default: component })));
  function LazyPart(props: P) {
    const [arrived] = useState(part.current);
    return arrived ? createElement(arrived, props) : createElement(Lazy as ComponentType<P>, props);
  }
  /** Fetches the chunk now (a first screen that shows the part waits for it: no loading state flashes). */
  LazyPart.preload = () => part.get();
  return LazyPart;
}

/**
 * A part the first screen has a place for but does not wait for (the sidebar's credential sets, the
 * chain's rules above the form, which with no set usually show nothing): it renders nothing until its
 * chunk, asked for once the first screen is painted, has arrived. So none of it is fetched before the
 * first paint, when a phone's network is busy with what that paint needs. A chunk that does not come
 * (offline) is thrown at render, for the part's error boundary to say so.
 */
export function lazyAfterFirstScreen<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => ReactElement | null {
  const part = lazyValue(load);
  return function AfterFirstScreen(props: P) {
    const [arrived, setArrived] = useState<{ component: ComponentType<P> } | { failed: unknown } | null>(() => {
      const component = part.current();
      return component ? { component } : null;
    });
    useEffect(() => {
      if (arrived) return;
      let live = true;
      afterFirstPaint(() =>
        part.get().then(
          (component) => live && setArrived({ component }),
          (failed: unknown) => live && setArrived({ failed }),
        ),
      );
      return () => {
        live = false;
      };
    }, [arrived]);
    if (arrived && 'failed' in arrived) throw arrived.failed;
    return arrived ? createElement(arrived.component, props) : null;
  };
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
