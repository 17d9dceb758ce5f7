import { LocalAndUtcTime } from '../../ui/LocalAndUtcTime';
import { Badge } from '../../ui/Badge';
import { useNow } from '../../ui/ticker';
import { relativeTo, type InstantKind } from './time';

/** An instant in local time and UTC, with a live relative time from the page's one shared ticker. */
export function TimeValue({ ms, kind, offsetMs, raw }: { ms: number | null; kind: InstantKind; offsetMs: number; raw?: string }) {
  const now = useNow() + offsetMs;
  if (ms === null || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    return (
      <span className="text-danger">
        <span className="font-mono text-xs">{raw ?? '?'}</span> is not a valid date/time
      </span>
    );
  }
  const d = new Date(ms);
  const rel = relativeTo(ms, now, kind);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <LocalAndUtcTime date={d} />
      <Badge tone={rel.tone} className="tabular-nums">
        <span data-testid="relative-time" data-kind={kind}>
          {rel.text}
        </span>
      </Badge>
    </span>
  );
}
