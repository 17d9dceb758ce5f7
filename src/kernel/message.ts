/**
 * Workbench-written text produced by a pure module (src/catalog, src/inspect, src/policy, src/labs,
 * src/credentials…): not a string in one language but a message descriptor the UI translates when it renders
 * it, in whatever language the reader chose. Write one as an object literal marked for extraction:
 *
 *   const tooLong = /*i18n*\/ { id: 'catalog.roleSessionName.tooLong', message: 'At most {max} characters.', values: { max: 64 } };
 *
 * `message` is the English text in ICU MessageFormat; `npm run i18n:extract` copies it into the catalogs,
 * where French is added. No React, no current language: the module stays pure and testable in English.
 * STS's own wire texts (error codes and messages, parameter names) are never Messages: they stay strings,
 * and when a sentence quotes one it is a value named in `verbatim`.
 */
export interface Message {
  readonly id: string;
  /** The English source text, ICU MessageFormat ({name} placeholders, {n, plural, one {…} other {…}}). */
  readonly message: string;
  readonly values?: Readonly<Record<string, string | number>>;
  /**
   * The values that are AWS's own words or identifiers (an error message on the wire, a parameter name, an
   * ARN): the UI shows them verbatim, marked lang="en" translate="no", inside the translated sentence.
   */
  readonly verbatim?: readonly string[];
}

/**
 * Teaching text of a module still being converted: a Message, or English not yet in the catalogs (the UI
 * shows such a string marked lang="en" data-i18n="pending", so the pseudo-locale run can list it).
 */
export type Words = Message | string;

/** The English of Words (tests, logs, aria text built in pure code): ICU placeholders filled, plurals not interpreted. */
export function englishOf(w: Words): string {
  if (typeof w === 'string') return w;
  return w.message.replace(/\{(\w+)\}/g, (all, name: string) => (w.values?.[name] !== undefined ? String(w.values[name]) : all));
}
