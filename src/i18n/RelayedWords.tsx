import { useLingui } from '@lingui/react';
import type { Words as WordsValue } from '../kernel/message';
import { fromWire, readWireMessage, wireIds, type RelayedText } from '../kernel/relayed';
import { Text, Words } from './Text';

/** Words, or text the sandbox wrote (a policy trace, a permission-check answer): the views of the sandbox's answers use this. */
export function RelayedWords({ w, verbatimClassName }: { w: WordsValue | RelayedText; verbatimClassName?: string }) {
  if (typeof w === 'object' && 'english' in w) return <Relayed text={w} verbatimClassName={verbatimClassName} />;
  return <Words w={w} verbatimClassName={verbatimClassName} />;
}

/**
 * Text the sandbox wrote (src/kernel/relayed.ts): in English its own English; in another language its Message
 * through the catalog when the catalog knows every id in it, else its English marked so.
 */
function Relayed({ text, verbatimClassName }: { text: RelayedText; verbatimClassName?: string }) {
  const { i18n } = useLingui();
  if (i18n.locale === 'en') return <>{String(text.english ?? '')}</>;
  const known = i18n.messages;
  // Read again: an answer from the network is cast, not checked, on its way here.
  const message = readWireMessage(text.message);
  if (message && wireIds(message).every((id) => id in known)) return <Text m={fromWire(message)} verbatimClassName={verbatimClassName} />;
  return <span lang="en">{String(text.english ?? '')}</span>;
}
