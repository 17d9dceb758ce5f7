/**
 * The policy editor's markers are built from pieces that are sentences of their own (a JSON value's
 * description, an ARN's problem, an operator's error): each piece is a Message value of the marker's Message
 * (src/kernel/message.ts), which `englishOf`, `translate` and `<Text>` render in place.
 */
import type { Message } from '../kernel/message';

/** The Message with sentences added as values. */
export function withParts(m: Message, parts: Readonly<Record<string, Message>>): Message {
  return { ...m, values: { ...m.values, ...parts } };
}
