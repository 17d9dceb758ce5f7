/** A time of day in the reader's language: the sandbox clock on the first screen, the times of calls. */
import { cached } from './intl-cache';

const clockFormat = (locale: string) =>
  cached(`clock|${locale}`, () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }));

/**
 * How the workbench's own languages write a time of day, the way Intl writes it (format.test.ts compares the
 * two hour by hour). The sandbox clock is on the first screen, and the first Intl date or number formatter a
 * page builds costs 30–60 ms (ICU loads its locale data), one long task on a phone; these languages skip it.
 */
const CLOCK_STYLE: Readonly<Record<string, { hours: 12 | 24; am: string; pm: string }>> = {
  en: { hours: 12, am: ' AM', pm: ' PM' },
  'en-XA': { hours: 12, am: ' AM', pm: ' PM' },
  fr: { hours: 24, am: '', pm: '' },
};

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The clock time as Intl writes it: languages without a CLOCK_STYLE, and the test that keeps CLOCK_STYLE true. */
export const intlClockTime = (locale: string, date: Date): string => clockFormat(locale).format(date);

/** A time of day to the second: "09:05:03 PM", « 21:05:03 ». */
export function formatClockTime(locale: string, date: Date): string {
  const style = CLOCK_STYLE[locale];
  if (!style) return intlClockTime(locale, date);
  const h = date.getHours();
  const hour = style.hours === 24 ? h : h % 12 === 0 ? 12 : h % 12;
  return `${twoDigits(hour)}:${twoDigits(date.getMinutes())}:${twoDigits(date.getSeconds())}${h < 12 ? style.am : style.pm}`;
}
