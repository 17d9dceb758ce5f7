import { useLingui } from '@lingui/react';
import { LANGUAGES, PSEUDO_LOCALE, type Locale } from './locale';
import { useLanguage } from './LanguageProvider';

/** The header's language menu. Each language is named in its own language (and marked so for screen readers). */
export function LanguageSwitch() {
  const { i18n } = useLingui();
  const { locale, choose } = useLanguage();
  return (
    <select
      className="input h-7.5 w-auto shrink-0 py-0 text-xs"
      aria-label={i18n._({ id: 'header.language', message: 'Language' })}
      value={locale}
      onChange={(e) => choose(e.target.value as Locale)}
    >
      {LANGUAGES.map((l) => (
        <option key={l.locale} value={l.locale} lang={l.locale}>
          {l.name}
        </option>
      ))}
      {/* The test pseudo-locale is never offered; it shows only while it is the current language. */}
      {locale === PSEUDO_LOCALE && <option value={PSEUDO_LOCALE}>[Ƥşḗŭḓǿ]</option>}
    </select>
  );
}
