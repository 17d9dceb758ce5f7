import { describe, expect, it } from 'vitest';
import { formatClockTime, intlClockTime } from './clock-time';
import { formatDateTime, formatDuration, formatMilliseconds, formatNumber, formatPercent, formatSpan } from './format';

const at = new Date(Date.UTC(2026, 11, 4, 21, 5, 3));

describe('Intl formatting in the chosen language', () => {
  it('writes a whole span of time (a lab step\'s clock advance) in its largest whole unit', () => {
    // Intl puts a no-break space (narrow or not, depending on the unit) between number and unit in French.
    const spaced = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(formatSpan('en', 3600)).toBe('1 hr');
    expect(spaced(formatSpan('fr', 7200))).toBe('2 h');
    expect(spaced(formatSpan('fr', 300))).toBe('5 min');
    expect(formatSpan('en', 90)).toBe('90 sec');
    expect(spaced(formatSpan('fr', 90))).toBe('90 s');
  });

  it("writes a call's duration in milliseconds with the language's grouping", () => {
    expect(formatMilliseconds('en', 1204)).toBe('1,204 ms');
    expect(formatMilliseconds('fr', 1204).replace(/[\u00a0\u202f]/g, ' ')).toBe('1 204 ms');
  });

  it('writes durations largest unit first, smaller ones zero-padded, in each language', () => {
    expect(formatDuration('en', 3_725_000)).toBe('1h 02m 05s');
    expect(formatDuration('fr', 3_725_000)).toBe('1h 02min 05s');
    expect(formatDuration('en', 600_000)).toBe('10m 00s');
    expect(formatDuration('en', -90_000)).toBe('1m 30s');
    expect(formatDuration('fr', 7_000)).toBe('7s');
  });

  it('groups numbers and writes percentages as the language does', () => {
    expect(formatNumber('en', 43_200)).toBe('43,200');
    expect(formatNumber('fr', 43_200).replace(/\s/g, ' ')).toBe('43 200');
    expect(formatPercent('en', 0.42)).toBe('42%');
    expect(formatPercent('fr', 0.42).replace(/\s/g, ' ')).toBe('42 %');
  });

  it('writes the time of day exactly as Intl does in each language, at every hour', () => {
    for (const locale of ['en', 'fr', 'en-XA']) {
      for (let h = 0; h < 24; h++) {
        const d = new Date(2026, 11, 4, h, 5, 9);
        expect(formatClockTime(locale, d), `${locale} ${h}h`).toBe(intlClockTime(locale, d));
      }
    }
    expect(formatClockTime('en', new Date(2026, 11, 4, 0, 7, 0))).toBe('12:07:00 AM');
    expect(formatClockTime('fr', new Date(2026, 11, 4, 21, 5, 3))).toBe('21:05:03');
    // A language without its own style goes through Intl.
    expect(formatClockTime('de', new Date(2026, 11, 4, 21, 5, 3))).toBe(intlClockTime('de', new Date(2026, 11, 4, 21, 5, 3)));
  });

  it('writes dates in the language', () => {
    expect(formatDateTime('fr', at)).toMatch(/déc\. 2026/);
    expect(formatDateTime('en', at)).toMatch(/Dec \d, 2026/);
  });
});
