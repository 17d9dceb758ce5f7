/**
 * Theme preference: follows the system unless the user picks light or dark, kept under `stsw.theme`
 * (with presenter mode, the only display choices the workbench stores; never a secret).
 */
import { choiceStorage, readStoredChoice, storeChoice } from '../../state/storedChoice';

export type ThemePreference = 'system' | 'light' | 'dark';
export type ResolvedTheme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'stsw.theme';

const PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

function parseThemePreference(raw: string | null | undefined): ThemePreference {
  return PREFERENCES.includes(raw as ThemePreference) ? (raw as ThemePreference) : 'system';
}

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/** The next preference when the toggle is pressed: system → light → dark → system. */
export function nextThemePreference(current: ThemePreference): ThemePreference {
  const i = PREFERENCES.indexOf(current);
  return PREFERENCES[(i + 1) % PREFERENCES.length] ?? 'system';
}

export function readStoredThemePreference(storage: Pick<Storage, 'getItem'> | undefined): ThemePreference {
  // Blocked storage reads as nothing stored: the system theme is a fine answer.
  return parseThemePreference(readStoredChoice(storage, THEME_STORAGE_KEY));
}

export function storeThemePreference(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, preference: ThemePreference): void {
  storeChoice(storage, THEME_STORAGE_KEY, preference === 'system' ? null : preference);
}

export const themeStorage = choiceStorage;

export function systemPrefersDark(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
}

export function applyTheme(theme: ResolvedTheme): void {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
}
