import { describe, expect, it } from 'vitest';
import { createTicker } from './ticker';

function fakeTimers() {
  let now = 1_000;
  const intervals = new Map<number, () => void>();
  let nextId = 1;
  return {
    deps: {
      intervalMs: 1000,
      now: () => now,
      setInterval: (fn: () => void) => {
        const id = nextId++;
        intervals.set(id, fn);
        return id;
      },
      clearInterval: (id: unknown) => {
        intervals.delete(id as number);
      },
    },
    advance(ms: number) {
      now += ms;
      for (const fn of [...intervals.values()]) fn();
    },
    get running() {
      return intervals.size;
    },
  };
}

describe('shared ticker', () => {
  it('runs one interval however many cards are counting down', () => {
    const t = fakeTimers();
    const ticker = createTicker(t.deps);
    const seen: number[][] = [[], [], []];
    const unsubs = seen.map((log) => ticker.subscribe(() => log.push(ticker.getSnapshot())));
    expect(t.running).toBe(1);
    t.advance(1000);
    t.advance(1000);
    expect(seen).toEqual([
      [2000, 3000],
      [2000, 3000],
      [2000, 3000],
    ]);
    unsubs.forEach((u) => u());
  });

  it('stops when the last card goes away and restarts with a fresh time', () => {
    const t = fakeTimers();
    const ticker = createTicker(t.deps);
    const a = ticker.subscribe(() => {});
    const b = ticker.subscribe(() => {});
    a();
    expect(t.running).toBe(1);
    b();
    expect(t.running).toBe(0);
    t.advance(60_000); // nobody listening: no tick is delivered
    ticker.subscribe(() => {});
    expect(t.running).toBe(1);
    expect(ticker.getSnapshot()).toBe(61_000);
  });
});
