import { Badge } from './Badge';
import { cx } from './cx';
import { useNow } from './ticker';
import { countdown } from './countdown';

const localFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Expiration as local time and UTC, with a live countdown from the page's one shared ticker. */
export function Expiration({ at, offsetMs, label = 'Expiration' }: { at: Date; offsetMs: number; label?: string }) {
  const now = useNow() + offsetMs;
  const c = countdown(at.getTime(), now);
  const tone = c.level === 'expired' ? 'danger' : c.level === 'warn' ? 'warn' : 'ok';
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <time dateTime={at.toISOString()} className="text-fg">
        {localFmt.format(at)}
      </time>
      <span className="font-mono text-xs text-muted">{at.toISOString().replace('.000Z', 'Z')}</span>
      <Badge tone={tone} className={cx('tabular-nums')}>
        <span data-testid="countdown" data-level={c.level} aria-label={`${label}: ${c.level === 'expired' ? c.text : `${c.text} until expiry`}`}>
          {c.level === 'expired' ? `Expired · ${c.text.replace(/^expired /, '')}` : c.text}
        </span>
      </Badge>
      {offsetMs !== 0 && <span className="text-xs text-muted">(by the sandbox clock)</span>}
    </div>
  );
}
