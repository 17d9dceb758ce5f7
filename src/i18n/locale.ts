/**
 * Which language the workbench speaks: English (the default and the source of every message), French, and
 * a pseudo-locale generated from English for tests (never offered in the switch). The reader's choice is kept
 * under `stsw.lang` like the theme; with nothing stored the browser's preference (navigator.languages) decides.
 */
import { choiceStorage, readStoredChoice, storeChoice } from '../state/storedChoice';

export type Locale = 'en' | 'fr' | 'en-XA';
/** The languages the switch offers, each named in its own language. */
export const LANGUAGES: readonly { locale: Locale; name: string }[] = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
];
export const PSEUDO_LOCALE = 'en-XA';
const LANGUAGE_STORAGE_KEY = 'stsw.lang';

const KNOWN: readonly Locale[] = ['en', 'fr', PSEUDO_LOCALE];

/** The first of the browser's languages the workbench speaks (by primary subtag: fr-CA → fr), else English. */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    if (tag === PSEUDO_LOCALE) return PSEUDO_LOCALE;
    const primary = tag.toLowerCase().split('-')[0];
    const match = KNOWN.find((l) => l === primary);
    if (match) return match;
  }
  return 'en';
}

/** The stored choice, or `null` when the reader never chose (the browser's preference then decides). */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale | null {
  const raw = readStoredChoice(storage, LANGUAGE_STORAGE_KEY);
  return KNOWN.includes(raw as Locale) ? (raw as Locale) : null;
}

/** `null` forgets the choice: the browser's preference decides again. */
export function storeLocale(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, locale: Locale | null): void {
  storeChoice(storage, LANGUAGE_STORAGE_KEY, locale);
}

export const languageStorage = choiceStorage;
