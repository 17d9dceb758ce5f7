const localFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** An instant as local time (a <time> element) followed by its UTC form at second precision. */
export function LocalAndUtcTime({ date }: { date: Date }) {
  return (
    <>
      <time dateTime={date.toISOString()} className="text-fg">
        {localFmt.format(date)}
      </time>
      <span className="font-mono text-xs text-muted">{date.toISOString().replace('.000Z', 'Z')}</span>
    </>
  );
}
