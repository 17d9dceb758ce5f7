/**
 * A Message whose values include sentences of their own (a JSON value's description, an ARN's problem, an
 * operator's error): the policy editor's markers are built from such pieces. `values` holds each piece's
 * English, so `englishOf` reads the whole sentence as before; the UI puts each piece's translation in its
 * place (`translateParts` for a string, `<PartsText>` for markup).
 */
import { englishOf, type Message } from '../kernel/message';

export interface MessageWithParts extends Message {
  readonly parts?: Readonly<Record<string, MessageWithParts>>;
}

/** A Message with sentences as values: their English goes in `values`, the sentences themselves in `parts`. */
export function withParts(m: Message, parts: Readonly<Record<string, MessageWithParts>>): MessageWithParts {
  const values: Record<string, string | number> = { ...m.values };
  for (const [name, part] of Object.entries(parts)) values[name] = englishOf(part);
  return { ...m, values, parts };
}

/** The Message with its parts translated by `translate` (nested parts first), for text that must be a string. */
export function translateParts(m: MessageWithParts, translate: (m: Message) => string): Message {
  if (!m.parts) return m;
  const values: Record<string, string | number> = { ...m.values };
  for (const [name, part] of Object.entries(m.parts)) values[name] = translate(translateParts(part, translate));
  return { id: m.id, message: m.message, values, ...(m.verbatim ? { verbatim: m.verbatim } : {}) };
}
