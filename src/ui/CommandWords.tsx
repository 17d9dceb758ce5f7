import { useLingui } from '@lingui/react';
import { useCallback } from 'react';
import { commandWords, type CommandText } from '../state/commands';
import { Verbatim } from '../i18n/Verbatim';
import { LabWords } from './LabWords';

/** The registry's words as plain text in the reader's language (the palette's filter, a link's title). */
export function useCommandWords(): (text: CommandText) => string {
  // `_` is a new function whenever the language changes: the words are re-read then.
  const { i18n, _ } = useLingui();
  return useCallback((text: CommandText) => commandWords(text, (m) => _(m), i18n.locale), [i18n, _]);
}

/**
 * One of the registry's words drawn in the page: an operation's name verbatim (AWS's own), a lab's title in
 * the reader's language when the lab file has it (else English, marked so), catalog text translated.
 */
export function CommandWords({ text }: { text: CommandText }) {
  const words = useCommandWords();
  if ('verbatim' in text) return <Verbatim>{text.verbatim}</Verbatim>;
  if ('pending' in text)
    return (
      <span lang="en" data-i18n="pending">
        {text.pending}
      </span>
    );
  if ('lab' in text) return <LabWords text={text.lab} />;
  return <>{words(text)}</>;
}
