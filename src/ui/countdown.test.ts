import { describe, expect, it } from 'vitest';
import { countdown } from './countdown';

const exp = Date.UTC(2030, 0, 1, 12, 0, 0);
const before = (s: number) => exp - s * 1000;

describe('credential countdown', () => {
  it('counts hours, minutes and seconds while there is time', () => {
    expect(countdown(exp, before(3600 + 125))).toEqual({ remainingMs: 3725_000, level: 'ok', text: '1h 02m 05s left' });
    expect(countdown(exp, before(600)).text).toBe('10m 00s left');
  });

  it('turns amber under five minutes', () => {
    expect(countdown(exp, before(300)).level).toBe('ok');
    expect(countdown(exp, before(299))).toMatchObject({ level: 'warn', text: '4m 59s left' });
    expect(countdown(exp, before(1)).text).toBe('1s left');
  });

  it('says expired, and since when, from the expiration instant on', () => {
    expect(countdown(exp, exp)).toMatchObject({ level: 'expired', text: 'expired 0s ago' });
    expect(countdown(exp, exp + 90_000)).toMatchObject({ level: 'expired', text: 'expired 1m 30s ago' });
  });
});
