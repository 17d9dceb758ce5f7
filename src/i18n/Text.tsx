import { Trans } from '@lingui/react';
import { Fragment, type ReactNode } from 'react';
import { isMessageList, LIST_SEPARATOR, type Message, type Words as WordsValue } from '../kernel/message';
import { Verbatim } from './Verbatim';

/**
 * Renders a Message from a pure module in the reader's language. A value that is a Message is rendered the same way; the values it names `verbatim` (AWS's own
 * words: an error message, a parameter name, an ARN) are shown as they are, marked English and not to translate.
 */
export function Text({ m, verbatimClassName }: { m: Message; verbatimClassName?: string }) {
  const values: Record<string, ReactNode> = {};
  for (const [name, v] of Object.entries(m.values ?? {})) {
    values[name] = isMessageList(v) ? (
      v.map((item, i) => (
        <Fragment key={i}>
          {i > 0 && <Text m={LIST_SEPARATOR} />}
          <Text m={item} verbatimClassName={verbatimClassName} />
        </Fragment>
      ))
    ) : typeof v === 'object' ? (
      <Text m={v} verbatimClassName={verbatimClassName} />
    ) : m.verbatim?.includes(name) ? (
      <Verbatim className={verbatimClassName}>{v}</Verbatim>
    ) : (
      v
    );
  }
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
