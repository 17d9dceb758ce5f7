/**
 * The one Lingui instance of the page. English is compiled into the first screen; French and the
 * pseudo-locale are separate chunks fetched only when chosen, so an English first screen never waits on them.
 */
import { setupI18n, type Messages } from '@lingui/core';
import { messages as en } from './locales/en/messages';
import type { Locale } from './locale';

export const i18n = setupI18n({ locale: 'en', messages: { en } });

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ messages: Messages }>> = {
  fr: () => import('./locales/fr/messages'),
  'en-XA': () => import('./locales/en-XA/messages'),
};
const loaded = new Set<Locale>(['en']);
let latestRequest = 0;

/**
 * Loads the locale's catalog (once), makes it current and sets the document's `lang`. When the reader
 * switches again before a catalog arrives, the last choice wins: an older load never activates.
 */
export async function activateLocale(locale: Locale): Promise<void> {
  const request = ++latestRequest;
  if (locale !== 'en' && !loaded.has(locale)) {
    const { messages } = await loaders[locale]();
    i18n.load(locale, messages);
    loaded.add(locale);
  }
  if (request !== latestRequest) return;
  i18n.activate(locale);
  document.documentElement.lang = locale;
}
