import { describe, expect, it } from 'vitest';
import { lazyValue } from './lazy-value';

describe('a lazily loaded value', () => {
  it('loads once, shares the fetch in flight, then reads back at once', async () => {
    let loads = 0;
    const v = lazyValue(async () => ++loads);
    expect(v.current()).toBeNull();
    const [a, b] = await Promise.all([v.get(), v.get()]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    expect(v.current()).toBe(1);
    expect(await v.get()).toBe(1);
    expect(loads).toBe(1);
  });

  it('fetches again after a failure instead of failing for good', async () => {
    let fail = true;
    const v = lazyValue(async () => {
      if (fail) throw new Error('offline');
      return 'spec';
    });
    await expect(v.get()).rejects.toThrow('offline');
    expect(v.current()).toBeNull();
    fail = false;
    expect(await v.get()).toBe('spec');
    expect(v.current()).toBe('spec');
  });
});
