import { describe, expect, it } from 'vitest';
import { idleQueue, type IdleScheduler } from './idleWork';

/** A scheduler whose idle periods the test hands out one by one. */
function manualScheduler() {
  const waiting: (() => void)[] = [];
  const scheduler: IdleScheduler = { request: (callback) => void waiting.push(callback) };
  return { scheduler, waiting, idlePeriod: () => waiting.shift()?.() };
}

describe('idleQueue', () => {
  it('runs nothing before the first screen is drawn', () => {
    const { scheduler, waiting } = manualScheduler();
    const queue = idleQueue(scheduler);
    const ran: string[] = [];
    queue.add(() => ran.push('a'));
    expect(waiting).toHaveLength(0);
    expect(ran).toEqual([]);
  });

  it('after the first paint (the first idle period), runs one piece per idle period, in the order queued', () => {
    const { scheduler, waiting, idlePeriod } = manualScheduler();
    const queue = idleQueue(scheduler);
    const ran: string[] = [];
    queue.add(() => ran.push('a'));
    queue.add(() => ran.push('b'));
    queue.start();
    queue.start();
    expect(waiting).toHaveLength(1);
    idlePeriod(); // the first screen is painted
    expect(ran).toEqual([]);
    expect(waiting).toHaveLength(1);
    idlePeriod();
    expect(ran).toEqual(['a']);
    queue.add(() => ran.push('c'));
    expect(waiting).toHaveLength(1);
    idlePeriod();
    idlePeriod();
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(waiting).toHaveLength(0);
  });

  it('goes on after a piece that throws', () => {
    const { scheduler, idlePeriod } = manualScheduler();
    const queue = idleQueue(scheduler);
    const ran: string[] = [];
    queue.add(() => {
      throw new Error('chunk gone');
    });
    queue.add(() => ran.push('b'));
    queue.start();
    idlePeriod();
    expect(() => idlePeriod()).toThrow('chunk gone');
    idlePeriod();
    expect(ran).toEqual(['b']);
  });

  it('runs the tasks waiting for the first paint together, before any piece, and later ones at once', () => {
    const { scheduler, idlePeriod } = manualScheduler();
    const queue = idleQueue(scheduler);
    const ran: string[] = [];
    queue.add(() => ran.push('piece'));
    queue.afterFirstPaint(() => ran.push('sidebar'));
    queue.afterFirstPaint(() => ran.push('chain'));
    queue.start();
    expect(ran).toEqual([]);
    idlePeriod();
    expect(ran).toEqual(['sidebar', 'chain']);
    queue.afterFirstPaint(() => ran.push('later'));
    expect(ran).toEqual(['sidebar', 'chain', 'later']);
    idlePeriod();
    expect(ran).toEqual(['sidebar', 'chain', 'later', 'piece']);
  });

  it('outside a browser (no scheduler) queues without running', () => {
    const queue = idleQueue(null);
    let ran = false;
    queue.add(() => (ran = true));
    queue.start();
    expect(ran).toBe(false);
  });
});
