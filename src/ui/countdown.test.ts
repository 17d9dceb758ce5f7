import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/test-support/translate';
import { countdown } from './countdown';

const exp = Date.UTC(2030, 0, 1, 12, 0, 0);
const before = (s: number) => exp - s * 1000;
const en = translator('en');
const fr = translator('fr');
const text = (nowMs: number, locale: 'en' | 'fr' = 'en') => (locale === 'en' ? en : fr)(countdown(exp, nowMs, locale).text);

describe('credential countdown', () => {
  it('counts hours, minutes and seconds while there is time', () => {
    expect(countdown(exp, before(3600 + 125), 'en')).toMatchObject({ remainingMs: 3725_000, level: 'ok', duration: '1h 02m 05s' });
    expect(text(before(3600 + 125))).toBe('1h 02m 05s left');
    expect(text(before(600))).toBe('10m 00s left');
  });

  it('turns amber under five minutes', () => {
    expect(countdown(exp, before(300), 'en').level).toBe('ok');
    expect(countdown(exp, before(299), 'en').level).toBe('warn');
    expect(text(before(299))).toBe('4m 59s left');
    expect(text(before(1))).toBe('1s left');
  });

  it('says expired, and since when, from the expiration instant on', () => {
    expect(countdown(exp, exp, 'en').level).toBe('expired');
    expect(text(exp)).toBe('expired 0s ago');
    expect(countdown(exp, exp + 90_000, 'en').level).toBe('expired');
    expect(text(exp + 90_000)).toBe('expired 1m 30s ago');
  });

  it('speaks French with French units', () => {
    expect(text(before(3600 + 125), 'fr')).toBe('il reste 1h 02min 05s');
    expect(text(exp + 90_000, 'fr')).toBe('expiré depuis 1min 30s');
  });
});
