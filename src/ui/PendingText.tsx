import type { Message } from '../kernel/message';
import { Text } from '../i18n/Text';

/**
 * Text from a pure module that may already be a Message (rendered in the reader's language) or still an
 * English string from a module whose messages are not converted yet: that one is shown marked English and
 * pending (`grep -rn 'data-i18n="pending"' src` lists the places).
 */
export function PendingText({ text }: { text: Message | string }) {
  if (typeof text !== 'string') return <Text m={text} />;
  return (
    <span lang="en" data-i18n="pending">
      {text}
    </span>
  );
}
