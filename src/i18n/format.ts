/**
 * Every date, time, duration and number the workbench shows, in the reader's language, through Intl:
 * one formatter per kind, each taking the locale (no global current language, so pure modules and tests
 * pass it explicitly). Formatters are cached per locale: building an Intl object costs far more than using one.
 * The time of day (the sandbox clock, on the first screen) is in ./clock-time.ts.
 */
import { cached } from './intl-cache';

const dateTimeFormat = (locale: string) =>
  cached(`dt|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }));
const numberFormat = (locale: string) => cached(`n|${locale}`, () => new Intl.NumberFormat(locale));
const percentFormat = (locale: string) => cached(`pct|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));

type DurationUnit = 'day' | 'hour' | 'minute' | 'second';
const unitFormat = (locale: string, unit: DurationUnit, pad: boolean) =>
  cached(`u|${locale}|${unit}|${pad}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'narrow', minimumIntegerDigits: pad ? 2 : 1 }));

/** A date and time in the reader's time zone: "Dec 4, 2026, 9:05:03 PM", « 4 déc. 2026, 21:05:03 ». */
export const formatDateTime = (locale: string, date: Date): string => dateTimeFormat(locale).format(date);

/** An integer or decimal with the language's grouping: "43,200", « 43 200 ». */
export const formatNumber = (locale: string, n: number): string => numberFormat(locale).format(n);

const millisecondFormat = (locale: string) => cached(`ms|${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short' }));

/** How long a call took: "1,204 ms", « 1 204 ms ». */
export const formatMilliseconds = (locale: string, ms: number): string => millisecondFormat(locale).format(ms);

/** A fraction as a whole percentage: 0.42 → "42%", « 42 % ». */
export const formatPercent = (locale: string, fraction: number): string => percentFormat(locale).format(fraction);

/**
 * A countdown-style duration, to the second, largest unit first with the smaller ones zero-padded:
 * "11h 05m 02s" / « 11 h 05 min 02 s », "59m 12s", "7s". The sign is ignored (callers say "left" or "ago").
 */
export function formatDuration(locale: string, ms: number, { days = false }: { days?: boolean } = {}): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const part = (unit: DurationUnit, v: number, pad: boolean) => unitFormat(locale, unit, pad).format(v);
  // Days only where spans run to years (a certificate's validity): "3652d 11h 59m".
  if (days && total >= 86400) {
    const rest = total % 86400;
    return `${part('day', Math.floor(total / 86400), false)} ${part('hour', Math.floor(rest / 3600), true)} ${part('minute', Math.floor((rest % 3600) / 60), true)}`;
  }
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${part('hour', h, false)} ${part('minute', m, true)} ${part('second', s, true)}`;
  if (m > 0) return `${part('minute', m, false)} ${part('second', s, true)}`;
  return part('second', s, false);
}


const spanFormat = (locale: string, unit: DurationUnit) => cached(`span|${locale}|${unit}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }));

/** A whole span of time in its largest whole unit, as a step asks for it: "1 hr", "5 min", "90 sec" / « 1 h », « 5 min », « 90 s ». */
export function formatSpan(locale: string, seconds: number): string {
  if (seconds % 3600 === 0) return spanFormat(locale, 'hour').format(seconds / 3600);
  return seconds % 60 === 0 ? spanFormat(locale, 'minute').format(seconds / 60) : spanFormat(locale, 'second').format(seconds);
}
