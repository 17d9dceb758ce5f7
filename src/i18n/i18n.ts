/**
 * The one Lingui instance of the page. English needs no catalog: it is the source text of every message
 * descriptor, compiled at build time (scripts/vite-i18n-compile.ts) and on the fly in the dev server and
 * tests, so the first screen carries no catalog at all. French and the pseudo-locale are separate chunks
 * fetched only when chosen: an English first screen never waits on them.
 */
import { setupI18n, type Messages } from '@lingui/core';
import type { Locale } from './locale';

export const i18n = setupI18n({ locale: 'en', messages: { en: {} } });
// In a build every descriptor's English is compiled already; a message still a string is plain text.
if (import.meta.env.PROD) i18n.setMessagesCompiler((message) => [message]);

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
  // Activating the language already active would tell every component to render again for nothing (the
  // page's first seconds on a phone): only a change is announced.
  if (i18n.locale !== locale) i18n.activate(locale);
  document.documentElement.lang = locale;
}
