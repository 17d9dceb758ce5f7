import { describe, expect, it } from 'vitest';
import { isoSeconds } from '../protocol/serialize-success';
import { checkStoredOffset, ClockAdvanceError, createClock, describeOffset, MAX_CLOCK_OFFSET_SECONDS, memoryOffsetStore, nextOffset, OffsetNotSavedError, type OffsetStore } from './clock';

const REAL_NOW = Date.UTC(2026, 0, 1);
const runtime = { nowMs: () => REAL_NOW };

function refusal(fn: () => unknown): ClockAdvanceError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ClockAdvanceError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('sandbox clock', () => {
  it('moves forward by whole seconds', () => {
    const clock = createClock(runtime);
    clock.advance(90);
    expect(clock.offsetSeconds()).toBe(90);
    expect(clock.nowSeconds()).toBe(REAL_NOW / 1000 + 90);
  });

  it.each([0, -5, 1.5, Number.NaN, Infinity, '60', null, [60]])('refuses advanceSeconds %s with InvalidAdvance and does not move', (bad) => {
    const clock = createClock(runtime);
    const e = refusal(() => clock.advance(bad));
    expect(e.code).toBe('InvalidAdvance');
    expect(e.message).toMatch(/^advanceSeconds must be a whole number of seconds greater than 0 \(got .+\); the sandbox clock only moves forward\.$/);
    expect(clock.offsetSeconds()).toBe(0);
  });

  it('reaches the ceiling exactly, then refuses one more second naming the ceiling and the offset', () => {
    const clock = createClock(runtime);
    expect(refusal(() => clock.advance(1e300)).code).toBe('ClockCeilingReached');
    expect(refusal(() => clock.advance(MAX_CLOCK_OFFSET_SECONDS + 1)).code).toBe('ClockCeilingReached');
    expect(clock.offsetSeconds()).toBe(0);
    clock.advance(MAX_CLOCK_OFFSET_SECONDS - 10);
    const over = refusal(() => clock.advance(11));
    expect(over.code).toBe('ClockCeilingReached');
    expect(over.message).toContain(`its offset is ${MAX_CLOCK_OFFSET_SECONDS - 10} seconds`);
    expect(over.message).toContain(`may not exceed ${MAX_CLOCK_OFFSET_SECONDS} seconds (3650 days)`);
    expect(over.message).toContain('It can move at most 10 more seconds.');
    expect(clock.offsetSeconds()).toBe(MAX_CLOCK_OFFSET_SECONDS - 10);
    clock.advance(10);
    expect(clock.offsetSeconds()).toBe(MAX_CLOCK_OFFSET_SECONDS);
    expect(refusal(() => clock.advance(1)).message).toContain('It is at the ceiling.');
    expect(clock.offsetSeconds()).toBe(MAX_CLOCK_OFFSET_SECONDS);
  });

  it('keeps every time it can issue (now + 36 h) in four-digit years at the ceiling, even for a far-future real clock', () => {
    for (const real of [REAL_NOW, Date.UTC(9000, 0, 1)]) {
      const clock = createClock({ nowMs: () => real }, memoryOffsetStore(MAX_CLOCK_OFFSET_SECONDS));
      expect(isoSeconds(new Date(clock.nowMs() + 36 * 3600_000))).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
  });

  it('refuses an advance its store cannot save (StateNotWritable) and does not move', () => {
    let offset = 60;
    const store: OffsetStore = {
      read: () => offset,
      update: () => {
        throw new OffsetNotSavedError('The sandbox cannot save its clock in the state directory /gone (ENOENT), so the clock did not move.');
      },
    };
    const clock = createClock(runtime, store);
    const e = refusal(() => clock.advance(60));
    expect(e.code).toBe('StateNotWritable');
    expect(e.message).toContain('/gone');
    expect(clock.offsetSeconds()).toBe(60);
    offset = 120; // whatever the store says is what the clock reads (another process advanced it)
    expect(clock.nowSeconds()).toBe(REAL_NOW / 1000 + 120);
  });

  it('refuses, as StateNotWritable, an advance a store (the state directory\'s) fails to save later', async () => {
    const store: OffsetStore = { read: () => 60, update: () => Promise.reject(new OffsetNotSavedError('The sandbox cannot save its clock in the state directory /gone (ENOENT).')) };
    const e = await createClock(runtime, store).advance(60).then(() => null, (err: unknown) => err);
    expect(e).toBeInstanceOf(ClockAdvanceError);
    expect((e as ClockAdvanceError).code).toBe('StateNotWritable');
  });

  it('checks a stored offset: a whole number from 0 to the ceiling', () => {
    expect(checkStoredOffset(0)).toBeNull();
    expect(checkStoredOffset(MAX_CLOCK_OFFSET_SECONDS)).toBeNull();
    expect(checkStoredOffset('3600')).toBe('offsetSeconds is "3600", not a number');
    expect(checkStoredOffset(undefined)).toBe('offsetSeconds is undefined, not a number');
    expect(checkStoredOffset(1.5)).toBe('offsetSeconds is 1.5, not a whole number of seconds');
    expect(checkStoredOffset(-1)).toBe('offsetSeconds is -1: the sandbox clock never runs behind real time');
    expect(checkStoredOffset(MAX_CLOCK_OFFSET_SECONDS + 1)).toContain('beyond the sandbox clock\'s ceiling of 315360000 seconds (3650 days)');
    expect(nextOffset(5, 5)).toBe(10);
  });

  it('describes offsets in words', () => {
    expect(describeOffset(0)).toBe('0 seconds');
    expect(describeOffset(1)).toBe('1 second');
    expect(describeOffset(93_784)).toBe('1 day 2 hours');
    expect(describeOffset(MAX_CLOCK_OFFSET_SECONDS)).toBe('3650 days');
  });
});

describe('isoSeconds (every time the sandbox puts on the wire)', () => {
  it('writes four-digit years to the second and refuses anything outside 0000-9999', () => {
    expect(isoSeconds(new Date(Date.UTC(2026, 0, 1, 13, 0, 0, 456)))).toBe('2026-01-01T13:00:00Z');
    expect(isoSeconds(new Date(Date.UTC(9999, 11, 31, 23, 59, 59)))).toBe('9999-12-31T23:59:59Z');
    expect(() => isoSeconds(new Date(Date.UTC(10000, 0, 1)))).toThrow(RangeError);
    expect(() => isoSeconds(new Date(-62167219200001))).toThrow(RangeError);
    expect(() => isoSeconds(new Date(Number.NaN))).toThrow('invalid Date');
  });
});
