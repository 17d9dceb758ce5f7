import { useLingui } from '@lingui/react';
import { formatClockTime } from '../../i18n/clock-time';
import { ClockIcon } from '../../ui/icons';
import { useNow } from '../../ui/ticker';
import type { SandboxState } from './useSandbox';

/** How far the sandbox clock is ahead of real time: "+1h 05m", "+5m", "+30s" (units are the same in French). */
export function formatOffset(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `+${h ? `${h}h ` : ''}${h || m ? `${String(m).padStart(h ? 2 : 1, '0')}m` : `${s}s`}`.trim();
}

/** A one-line read-out of the sandbox clock for the connection summary. */
export function SandboxTime({ sandbox, className = '' }: { sandbox: SandboxState; className?: string }) {
  const { i18n } = useLingui();
  const now = useNow();
  if (!sandbox.clock) return null;
  const t = new Date(now + sandbox.offsetMs);
  return (
    <span className={`items-center gap-1 text-xs whitespace-nowrap text-muted ${className || 'inline-flex'}`} title={i18n._({ id: 'clock.title', message: 'The sandbox clock: real time plus the offset set with Advance clock' })}>
      <ClockIcon size={12} />
      <span>
        {i18n._({ id: 'clock.sandboxTime', message: 'Sandbox time' })} <time className="font-mono text-fg tabular-nums" dateTime={t.toISOString()}>{formatClockTime(i18n.locale, t)}</time>
        {sandbox.clock.offsetSeconds > 0 && <span> ({formatOffset(sandbox.clock.offsetSeconds)})</span>}
      </span>
    </span>
  );
}
