/**
 * The request timestamp: X-Amz-Date in ISO 8601 basic format (`20150830T123600Z`), or an HTTP
 * `Date` header (RFC 1123, `Sun, 30 Aug 2015 12:36:00 GMT`) when X-Amz-Date is absent.
 */
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const RFC_1123 = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Milliseconds for a calendar date, or null when a field is out of range (Feb 30, hour 24…). */
function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const t = new Date(ms);
  const same =
    t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d &&
    t.getUTCHours() === h && t.getUTCMinutes() === mi && t.getUTCSeconds() === s;
  return same ? ms : null;
}

/** Epoch milliseconds of an ISO 8601 basic timestamp, or null if it is not one. */
export function parseIsoBasic(value: string): number | null {
  const m = ISO_BASIC.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return utcMs(y, mo, d, h, mi, s);
}

/** Epoch milliseconds of an RFC 1123 date, or null if it is not one. */
export function parseRfc1123(value: string): number | null {
  const m = RFC_1123.exec(value.trim());
  if (!m) return null;
  const mo = MONTHS.indexOf(m[2] ?? '') + 1;
  return utcMs(Number(m[3]), mo, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
}

// Consecutive requests mostly carry the same second, so the last answer is kept.
let lastSecond = Number.NaN;
let lastText = '';

/** `20150830T123600Z` for a time (whole seconds, UTC). */
export function formatIsoBasic(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastText = new Date(second * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
    lastSecond = second;
  }
  return lastText;
}
