/** Time formatting for the inspectors' live countdowns. */

const pad = (n: number) => String(n).padStart(2, '0');

/** "4m 05s", "2h 03m 10s", "12s". */
function formatSpan(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (d > 0) return `${d}d ${pad(h)}h ${pad(m)}m`;
  if (h > 0) return `${h}h ${pad(m)}m ${pad(s)}s`;
  if (m > 0) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}

export type InstantKind = 'issued' | 'starts' | 'expires';

export interface Relative {
  text: string;
  tone: 'ok' | 'warn' | 'danger' | 'neutral';
}

/** "expires in 4m 05s" / "expired 12s ago", "starts in …" / "started …", "… ago" for issue times. */
export function relativeTo(ms: number, nowMs: number, kind: InstantKind): Relative {
  const delta = ms - nowMs;
  const span = formatSpan(delta);
  if (kind === 'expires') {
    if (delta <= 0) return { text: `expired ${span} ago`, tone: 'danger' };
    return { text: `expires in ${span}`, tone: delta < 60_000 ? 'warn' : 'ok' };
  }
  if (kind === 'starts') return delta > 0 ? { text: `starts in ${span}`, tone: 'warn' } : { text: `started ${span} ago`, tone: 'neutral' };
  return delta > 1000 ? { text: `${span} in the future`, tone: 'warn' } : { text: `${span} ago`, tone: 'neutral' };
}
