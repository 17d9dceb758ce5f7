/**
 * How long credentials have left, as the credentials card shows it. When the credentials came from
 * the sandbox, `nowMs` is the sandbox's clock (real time plus the sandbox offset), so advancing the
 * sandbox clock makes them expire on screen too.
 */
import type { Message } from '../kernel/message';
import { formatDuration } from '../i18n/format';

export type CountdownLevel = 'ok' | 'warn' | 'expired';

export interface Countdown {
  remainingMs: number;
  level: CountdownLevel;
  /** The time left, or for expired credentials the time since expiry, in the reader's language: "59m 12s", « 59 min 12 s ». */
  duration: string;
  /** "59m 12s left" / "expired 3s ago", to translate. */
  text: Message;
}

/** Below this the countdown turns amber. */
const WARN_BELOW_MS = 5 * 60 * 1000;

export function countdown(expirationMs: number, nowMs: number, locale: string): Countdown {
  const remainingMs = expirationMs - nowMs;
  const duration = formatDuration(locale, remainingMs);
  if (remainingMs <= 0) return { remainingMs, level: 'expired', duration, text: /*i18n*/ { id: 'countdown.expiredAgo', message: 'expired {duration} ago', values: { duration } } };
  return { remainingMs, level: remainingMs < WARN_BELOW_MS ? 'warn' : 'ok', duration, text: /*i18n*/ { id: 'countdown.left', message: '{duration} left', values: { duration } } };
}
