import { I18nProvider } from '@lingui/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { activateLocale, i18n } from './i18n';
import { languageStorage, negotiateLocale, readStoredLocale, storeLocale, type Locale } from './locale';

export interface LanguageControl {
  /** The language the page speaks now. */
  locale: Locale;
  /** Remembers the reader's choice (like the theme) and switches to it. */
  choose: (locale: Locale) => void;
}

const LanguageContext = createContext<LanguageControl>({ locale: 'en', choose: () => {} });

export const useLanguage = (): LanguageControl => useContext(LanguageContext);

const browserLanguages = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages);

/**
 * Gives the page its language: the stored choice, else the browser's preference (followed live while
 * nothing is stored). A non-English first screen waits for its catalog (one small chunk) instead of
 * flashing English; an English one renders at once.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<Locale | null>(() => readStoredLocale(languageStorage()));
  const [browser, setBrowser] = useState(() => negotiateLocale(browserLanguages()));
  const wanted = stored ?? browser;
  const [active, setActive] = useState<Locale | null>(() => (wanted === 'en' ? 'en' : null));

  useEffect(() => {
    const onChange = () => setBrowser(negotiateLocale(browserLanguages()));
    window.addEventListener('languagechange', onChange);
    return () => window.removeEventListener('languagechange', onChange);
  }, []);

  useEffect(() => {
    let current = true;
    void activateLocale(wanted).then(() => {
      if (current) setActive(wanted);
    });
    return () => {
      current = false;
    };
  }, [wanted]);

  const choose = useCallback((locale: Locale) => {
    storeLocale(languageStorage(), locale);
    setStored(locale);
  }, []);
  const control = useMemo(() => ({ locale: active ?? 'en', choose }), [active, choose]);

  if (active === null) return null;
  return (
    <I18nProvider i18n={i18n}>
      <LanguageContext value={control}>{children}</LanguageContext>
    </I18nProvider>
  );
}
