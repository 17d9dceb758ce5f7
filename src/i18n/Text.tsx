import { Trans } from '@lingui/react';
import type { ReactNode } from 'react';
import type { Message } from '../kernel/message';
import { Verbatim } from './Verbatim';

/**
 * Renders a Message from a pure module in the reader's language. The values it names `verbatim` (AWS's own
 * words: an error message, a parameter name, an ARN) are shown as they are, marked English and not to translate.
 */
export function Text({ m, verbatimClassName }: { m: Message; verbatimClassName?: string }) {
  if (!m.verbatim?.length) return <Trans id={m.id} message={m.message} values={m.values} />;
  const values: Record<string, ReactNode> = { ...m.values };
  for (const name of m.verbatim) if (m.values?.[name] !== undefined) values[name] = <Verbatim className={verbatimClassName}>{m.values[name]}</Verbatim>;
  return <Trans id={m.id} message={m.message} values={values} />;
}
