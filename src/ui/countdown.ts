/**
 * How long credentials have left, as the credentials card shows it. When the credentials came from
 * the sandbox, `nowMs` is the sandbox's clock (real time plus the sandbox offset), so advancing the
 * sandbox clock makes them expire on screen too.
 */
export type CountdownLevel = 'ok' | 'warn' | 'expired';

export interface Countdown {
  remainingMs: number;
  level: CountdownLevel;
  /** "59m 12s", "11h 59m 02s"; for expired credentials the time since expiry. */
  text: string;
}

/** Below this the countdown turns amber. */
const WARN_BELOW_MS = 5 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${pad(m)}m ${pad(s)}s`;
  if (m > 0) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}

export function countdown(expirationMs: number, nowMs: number): Countdown {
  const remainingMs = expirationMs - nowMs;
  if (remainingMs <= 0) return { remainingMs, level: 'expired', text: `expired ${formatDuration(remainingMs)} ago` };
  return { remainingMs, level: remainingMs < WARN_BELOW_MS ? 'warn' : 'ok', text: `${formatDuration(remainingMs)} left` };
}
