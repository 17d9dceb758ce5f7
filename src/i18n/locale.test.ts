import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../kernel/test-support/memory-storage';
import { negotiateLocale, readStoredLocale, storeLocale } from './locale';

describe('the page language', () => {
  it("follows the first of the browser's languages the workbench speaks, by primary subtag", () => {
    expect(negotiateLocale(['fr-CA', 'en-US'])).toBe('fr');
    expect(negotiateLocale(['de-DE', 'FR', 'en'])).toBe('fr');
    expect(negotiateLocale(['en-GB', 'fr'])).toBe('en');
    expect(negotiateLocale(['de', 'ja'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
  });

  it('remembers a choice under stsw.lang, and forgets it back to the browser', () => {
    const storage = memoryStorage();
    expect(readStoredLocale(storage)).toBeNull();
    storeLocale(storage, 'fr');
    expect(storage.getItem('stsw.lang')).toBe('fr');
    expect(readStoredLocale(storage)).toBe('fr');
    storeLocale(storage, null);
    expect(storage.getItem('stsw.lang')).toBeNull();
  });

  it('ignores a stored value it does not know, and blocked storage', () => {
    const storage = memoryStorage();
    storage.setItem('stsw.lang', 'klingon');
    expect(readStoredLocale(storage)).toBeNull();
    const blocked = { getItem: () => { throw new Error('denied'); } };
    expect(readStoredLocale(blocked)).toBeNull();
  });
});
