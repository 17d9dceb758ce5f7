/**
 * One shared clock tick for every live countdown on the page: a single setInterval that runs only
 * while something is subscribed. Components read it with useNow() (useSyncExternalStore).
 */
import { useSyncExternalStore } from 'react';

export interface Ticker {
  subscribe: (listener: () => void) => () => void;
  /** The time of the last tick (milliseconds since the epoch). */
  getSnapshot: () => number;
}

export interface TickerDeps {
  intervalMs: number;
  now: () => number;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
}

export function createTicker(deps: TickerDeps): Ticker {
  const listeners = new Set<() => void>();
  let handle: unknown = undefined;
  let running = false;
  let current = deps.now();

  function tick() {
    current = deps.now();
    for (const l of [...listeners]) l();
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!running) {
        // Catch up at once: the snapshot may be stale after a pause with no subscriber.
        current = deps.now();
        handle = deps.setInterval(tick, deps.intervalMs);
        running = true;
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && running) {
          deps.clearInterval(handle);
          running = false;
        }
      };
    },
    getSnapshot: () => current,
  };
}

const shared = createTicker({
  intervalMs: 1000,
  now: () => Date.now(),
  setInterval: (fn, ms) => globalThis.setInterval(fn, ms),
  clearInterval: (h) => globalThis.clearInterval(h as ReturnType<typeof setInterval>),
});

/** The current time, re-rendering once a second, from the page's one shared ticker. */
export function useNow(ticker: Ticker = shared): number {
  return useSyncExternalStore(ticker.subscribe, ticker.getSnapshot, ticker.getSnapshot);
}
