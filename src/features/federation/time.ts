/** Where an instant stands against now, for the inspectors' live countdowns. */

export type InstantKind = 'issued' | 'starts' | 'expires';

export interface Relative {
  /** expired / expiresIn, startsIn / started, future / ago (issue times). */
  state: 'expired' | 'expiresIn' | 'startsIn' | 'started' | 'future' | 'ago';
  /** How far from now, in milliseconds (never negative). */
  spanMs: number;
  tone: 'ok' | 'warn' | 'danger' | 'neutral';
}

/** "expires in 4m 05s" / "expired 12s ago", "starts in …" / "started …", "… ago" for issue times. */
export function relativeTo(ms: number, nowMs: number, kind: InstantKind): Relative {
  const delta = ms - nowMs;
  const spanMs = Math.abs(delta);
  if (kind === 'expires') {
    if (delta <= 0) return { state: 'expired', spanMs, tone: 'danger' };
    return { state: 'expiresIn', spanMs, tone: delta < 60_000 ? 'warn' : 'ok' };
  }
  if (kind === 'starts') return delta > 0 ? { state: 'startsIn', spanMs, tone: 'warn' } : { state: 'started', spanMs, tone: 'neutral' };
  return delta > 1000 ? { state: 'future', spanMs, tone: 'warn' } : { state: 'ago', spanMs, tone: 'neutral' };
}
