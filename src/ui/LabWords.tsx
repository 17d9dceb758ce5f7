import { useLingui } from '@lingui/react';
import { LAB_LANGUAGES, labText, type LabText } from '../labs/format';

/**
 * Text from a lab file (a title, a concept, a task…), in the reader's language: a lab file carries its own
 * English and French, so it is not in the catalogs. In a language the file lacks, English, marked so.
 */
export function LabWords({ text }: { text: LabText }) {
  const { i18n } = useLingui();
  const lang = (LAB_LANGUAGES as readonly string[]).includes(i18n.locale) ? i18n.locale : 'en';
  return (
    <span lang={lang} data-i18n="lab-file">
      {labText(text, lang)}
    </span>
  );
}
