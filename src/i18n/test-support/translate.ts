import { setupI18n } from '@lingui/core';
import type { Message } from '../../kernel/message';
import { messages as en } from '../locales/en/messages';
import { messages as fr } from '../locales/fr/messages';

/** A translator for tests: renders a Message in English or French from the compiled catalogs, as the UI does. */
export function translator(locale: 'en' | 'fr'): (m: Message) => string {
  const i18n = setupI18n({ locale, messages: { en, fr } });
  return (m) => i18n._(m);
}
