import { describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY, nextThemePreference, readStoredThemePreference, resolveTheme, storeThemePreference } from './theme';
import { memoryStorage } from '../../kernel/test-support/memory-storage';

describe('theme preference', () => {
  it('follows the system until the user picks, and cycles system → light → dark', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
    expect(nextThemePreference('system')).toBe('light');
    expect(nextThemePreference('dark')).toBe('system');
  });

  it('keeps only the choice, under stsw.theme, and forgets it when back to system', () => {
    const s = memoryStorage();
    storeThemePreference(s, 'dark');
    expect([...s.map.entries()]).toEqual([[THEME_STORAGE_KEY, 'dark']]);
    expect(readStoredThemePreference(s)).toBe('dark');
    storeThemePreference(s, 'system');
    expect(s.map.size).toBe(0);
  });

  it('ignores anything else found under the key, and blocked storage', () => {
    const s = memoryStorage();
    s.setItem(THEME_STORAGE_KEY, 'purple');
    expect(readStoredThemePreference(s)).toBe('system');
    const blocked = { getItem: () => { throw new Error('SecurityError'); } };
    expect(readStoredThemePreference(blocked)).toBe('system');
  });
});
