import { LocalAndUtcTime } from './LocalAndUtcTime';
import { Badge } from './Badge';
import { cx } from './cx';
import { useNow } from './ticker';
import { countdown } from './countdown';

/** Expiration as local time and UTC, with a live countdown from the page's one shared ticker. */
export function Expiration({ at, offsetMs, label = 'Expiration' }: { at: Date; offsetMs: number; label?: string }) {
  const now = useNow() + offsetMs;
  const c = countdown(at.getTime(), now);
  const tone = c.level === 'expired' ? 'danger' : c.level === 'warn' ? 'warn' : 'ok';
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <LocalAndUtcTime date={at} />
      <Badge tone={tone} className={cx('tabular-nums')}>
        <span data-testid="countdown" data-level={c.level} aria-label={`${label}: ${c.level === 'expired' ? c.text : `${c.text} until expiry`}`}>
          {c.level === 'expired' ? `Expired · ${c.text.replace(/^expired /, '')}` : c.text}
        </span>
      </Badge>
      {offsetMs !== 0 && <span className="text-xs text-muted">(by the sandbox clock)</span>}
    </div>
  );
}
