import { describe, expect, it } from 'vitest';
import { PRESENTER_STORAGE_KEY, readStoredPresenter, storePresenter } from './presenter';
import { memoryStorage } from '../../kernel/test-support/memory-storage';

describe('presenter mode preference', () => {
  it('is off until turned on', () => {
    expect(readStoredPresenter(memoryStorage())).toBe(false);
    expect(readStoredPresenter(undefined)).toBe(false);
  });

  it('keeps only "on", under stsw.presenter, and forgets it when turned off', () => {
    const s = memoryStorage();
    storePresenter(s, true);
    expect([...s.map.entries()]).toEqual([[PRESENTER_STORAGE_KEY, 'on']]);
    expect(readStoredPresenter(s)).toBe(true);
    storePresenter(s, false);
    expect(s.map.size).toBe(0);
    expect(readStoredPresenter(s)).toBe(false);
  });

  it('ignores anything else found under the key, and blocked storage', () => {
    const s = memoryStorage();
    s.setItem(PRESENTER_STORAGE_KEY, 'yes');
    expect(readStoredPresenter(s)).toBe(false);
    const blocked = { getItem: () => { throw new Error('SecurityError'); } };
    expect(readStoredPresenter(blocked)).toBe(false);
    const full = { setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(() => storePresenter(full, true)).not.toThrow();
  });
});
