import { useLingui } from '@lingui/react';
import { formatDateTime } from '../i18n/format';

/** An instant as local time in the reader's language (a <time> element) followed by its UTC form at second precision. */
export function LocalAndUtcTime({ date }: { date: Date }) {
  const { i18n } = useLingui();
  return (
    <>
      <time dateTime={date.toISOString()} className="text-fg">
        {formatDateTime(i18n.locale, date)}
      </time>
      <span className="font-mono text-xs text-muted" translate="no">
        {date.toISOString().replace('.000Z', 'Z')}
      </span>
    </>
  );
}
