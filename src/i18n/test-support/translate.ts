import { setupI18n, type I18n } from '@lingui/core';
import type { Message, Words } from '../../kernel/message';
import { translate } from '../translate';
import { messages as en } from '../locales/en/messages';
import { messages as fr } from '../locales/fr/messages';

/** A Lingui instance for tests (for an I18nProvider around rendered components), in English or French. */
export function testI18n(locale: 'en' | 'fr'): I18n {
  return setupI18n({ locale, messages: { en, fr } });
}

/** A translator for tests: renders a Message in English or French from the compiled catalogs, as the UI does. */
export function translator(locale: 'en' | 'fr'): (m: Message) => string {
  const i18n = testI18n(locale);
  return (m) => translate(i18n, m);
}

const english = translator('en');

/** Words (a Message, or English not converted yet) as the English UI shows them. */
export const inEnglish = (w: Words): string => (typeof w === 'string' ? w : english(w));

/** A failed result's error as the English UI shows it; null for a success. */
export const englishError = (r: { ok: true } | { ok: false; error: Words }): string | null => (r.ok ? null : inEnglish(r.error));
