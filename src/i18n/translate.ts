import type { I18n } from '@lingui/core';
import { plainValues, type Message } from '../kernel/message';

/**
 * A Message as a string in the reader's language, nested Messages included (for what takes only a string:
 * an aria-label, a title, Monaco's markers). Where markup is allowed, `<Text m>` also marks verbatim values.
 */
export function translate(i18n: I18n, m: Message): string {
  return i18n._({ id: m.id, message: m.message, values: plainValues(m.values, (inner) => translate(i18n, inner)) });
}
