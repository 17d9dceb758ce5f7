import { useLingui } from '@lingui/react';
import { LocalAndUtcTime } from './LocalAndUtcTime';
import { Badge } from './Badge';
import { cx } from './cx';
import { useNow } from './ticker';
import { countdown } from './countdown';

/** Expiration as local time and UTC, with a live countdown from the page's one shared ticker. */
export function Expiration({ at, offsetMs }: { at: Date; offsetMs: number }) {
  const { i18n } = useLingui();
  const now = useNow() + offsetMs;
  const c = countdown(at.getTime(), now, i18n.locale);
  const tone = c.level === 'expired' ? 'danger' : c.level === 'warn' ? 'warn' : 'ok';
  const duration = c.duration;
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <LocalAndUtcTime date={at} />
      <Badge tone={tone} className={cx('tabular-nums')}>
        <span
          data-testid="countdown"
          data-level={c.level}
          aria-label={
            c.level === 'expired'
              ? i18n._({ id: 'expiration.expiredLabel', message: 'Expiration: expired {duration} ago', values: { duration } })
              : i18n._({ id: 'expiration.leftLabel', message: 'Expiration: {duration} left until expiry', values: { duration } })
          }
        >
          {c.level === 'expired' ? i18n._({ id: 'expiration.expired', message: 'Expired · {duration}', values: { duration } }) : i18n._(c.text)}
        </span>
      </Badge>
      {offsetMs !== 0 && <span className="text-xs text-muted">{i18n._({ id: 'expiration.bySandboxClock', message: '(by the sandbox clock)' })}</span>}
    </div>
  );
}
