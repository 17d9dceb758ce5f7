import { useCallback, useEffect, useState } from 'react';
import {
  applyTheme,
  nextThemePreference,
  readStoredThemePreference,
  resolveTheme,
  storeThemePreference,
  systemPrefersDark,
  themeStorage,
  type ResolvedTheme,
  type ThemePreference,
} from './theme';

export interface ThemeControl {
  preference: ThemePreference;
  resolved: ResolvedTheme;
  cycle: () => void;
}

export function useTheme(): ThemeControl {
  const [preference, setPreference] = useState<ThemePreference>(() => readStoredThemePreference(themeStorage()));
  const [systemDark, setSystemDark] = useState(systemPrefersDark);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);

  const resolved = resolveTheme(preference, systemDark);
  useEffect(() => applyTheme(resolved), [resolved]);

  const cycle = useCallback(() => {
    setPreference((p) => {
      const next = nextThemePreference(p);
      storeThemePreference(themeStorage(), next);
      return next;
    });
  }, []);

  return { preference, resolved, cycle };
}
