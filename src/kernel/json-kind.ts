import type { Message } from './message';

/**
 * What kind of JSON value something is, for a sentence that says what was found instead of an object:
 * "an array", "null", "a string", "a number", "a boolean", "an object".
 */
export function jsonKindOf(value: unknown): Message {
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  return /*i18n*/ { id: 'kernel.jsonKind', message: '{kind, select, array {an array} null {null} string {a string} number {a number} boolean {a boolean} object {an object} other {a {kind}}}', values: { kind } };
}
