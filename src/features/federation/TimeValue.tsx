import { useLingui } from '@lingui/react';
import { formatDuration } from '../../i18n/format';
import { Text } from '../../i18n/Text';
import { LocalAndUtcTime } from '../../ui/LocalAndUtcTime';
import { Badge } from '../../ui/Badge';
import { useNow } from '../../ui/ticker';
import { relativeTo, type InstantKind } from './time';

/** An instant in local time and UTC, with a live relative time from the page's one shared ticker. */
export function TimeValue({ ms, kind, offsetMs, raw }: { ms: number | null; kind: InstantKind; offsetMs: number; raw?: string }) {
  const { i18n } = useLingui();
  const now = useNow() + offsetMs;
  if (ms === null || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    return (
      <span className="text-danger">
        <Text m={/*i18n*/ { id: 'time.invalid', message: '{value} is not a valid date/time', values: { value: raw ?? '?' }, verbatim: ['value'] }} verbatimClassName="font-mono text-xs" />
      </span>
    );
  }
  const d = new Date(ms);
  const rel = relativeTo(ms, now, kind);
  const span = formatDuration(i18n.locale, rel.spanMs, { days: true });
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <LocalAndUtcTime date={d} />
      <Badge tone={rel.tone} className="tabular-nums">
        <span data-testid="relative-time" data-kind={kind} data-state={rel.state}>
          {i18n._({
            id: 'time.relative',
            message: '{state, select, expired {expired {span} ago} expiresIn {expires in {span}} startsIn {starts in {span}} started {started {span} ago} future {{span} in the future} other {{span} ago}}',
            values: { state: rel.state, span },
          })}
        </span>
      </Badge>
    </span>
  );
}
