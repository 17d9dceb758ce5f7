import { Trans } from '@lingui/react';
import type { ReactNode } from 'react';
import type { Message, Words as WordsValue } from '../kernel/message';
import { Verbatim } from './Verbatim';

/** A Message whose `parts` are values that are sentences of their own (src/policy/message-parts.ts). */
type WithParts = Message & { readonly parts?: Readonly<Record<string, WithParts>> };

/**
 * Renders a Message from a pure module in the reader's language. The values it names `verbatim` (AWS's own
 * words: an error message, a parameter name, an ARN) are shown as they are, marked English and not to translate;
 * its `parts`, sentences inside the sentence, are rendered in the reader's language in their place.
 */
export function Text({ m, verbatimClassName }: { m: WithParts; verbatimClassName?: string }) {
  if (!m.verbatim?.length && !m.parts) return <Trans id={m.id} message={m.message} values={m.values} />;
  const values: Record<string, ReactNode> = { ...m.values };
  for (const name of m.verbatim ?? []) if (m.values?.[name] !== undefined) values[name] = <Verbatim className={verbatimClassName}>{m.values[name]}</Verbatim>;
  for (const [name, part] of Object.entries(m.parts ?? {})) values[name] = <Text m={part} verbatimClassName={verbatimClassName} />;
  return <Trans id={m.id} message={m.message} values={values} />;
}

/** Words from a module being converted: a Message in the reader's language, or English marked pending. */
export function Words({ w, verbatimClassName }: { w: WordsValue; verbatimClassName?: string }) {
  if (typeof w !== 'string') return <Text m={w} verbatimClassName={verbatimClassName} />;
  return (
    <span lang="en" data-i18n="pending">
      {w}
    </span>
  );
}
