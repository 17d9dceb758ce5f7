import { describe, expect, it } from 'vitest';
import { holds } from '../test-support/context';
import { parseDate } from './date';

describe('parseDate', () => {
  it('reads ISO 8601 dates, date-times, offsets and epoch seconds', () => {
    const t = Date.UTC(2026, 0, 31, 12, 0, 0);
    expect(parseDate('2026-01-31T12:00:00Z')).toBe(t);
    expect(parseDate('2026-01-31T12:00:00.000Z')).toBe(t);
    expect(parseDate('2026-01-31T12:00Z')).toBe(t);
    expect(parseDate('2026-01-31T14:00:00+02:00')).toBe(t);
    expect(parseDate('2026-01-31T07:00:00-0500')).toBe(t);
    expect(parseDate('2026-01-31')).toBe(Date.UTC(2026, 0, 31));
    expect(parseDate(String(t / 1000))).toBe(t);
    expect(parseDate('2026-01-31T12:00:00.250Z')).toBe(t + 250);
  });

  it('rejects what is not a date', () => {
    expect(parseDate('yesterday')).toBeUndefined();
    expect(parseDate('2026-02-30')).toBeUndefined();
    expect(parseDate('2026-13-01')).toBeUndefined();
    expect(parseDate('2026-01-01T25:00:00Z')).toBeUndefined();
  });
});

describe('Date operators', () => {
  const K = { 'aws:CurrentTime': ['2026-06-15T12:00:00Z'] };
  it.each([
    ['DateEquals', '2026-06-15T14:00:00+02:00', true],
    ['DateEquals', '2026-06-15T12:00:01Z', false],
    ['DateNotEquals', '2026-06-15T12:00:01Z', true],
    ['DateNotEquals', '2026-06-15T12:00:00Z', false],
    ['DateLessThan', '2026-12-31T00:00:00Z', true],
    ['DateLessThan', '2026-06-15T12:00:00Z', false],
    ['DateLessThanEquals', '2026-06-15T12:00:00Z', true],
    ['DateLessThanEquals', '2026-01-01', false],
    ['DateGreaterThan', '2026-01-01', true],
    ['DateGreaterThan', '2026-06-15T12:00:00Z', false],
    ['DateGreaterThanEquals', '2026-06-15T12:00:00Z', true],
    ['DateGreaterThanEquals', '2027-01-01', false],
  ])('%s %s with now = 2026-06-15T12:00:00Z → %s', (op, value, expected) => {
    expect(holds(op, 'aws:CurrentTime', value, K)).toBe(expected);
  });

  it('compares epoch seconds in the request against ISO in the policy', () => {
    const epoch = String(Date.UTC(2026, 5, 15, 12) / 1000);
    expect(holds('DateGreaterThan', 'aws:TokenIssueTime', '2026-06-15T11:59:59Z', { 'aws:TokenIssueTime': [epoch] })).toBe(true);
    expect(holds('DateLessThan', 'aws:TokenIssueTime', epoch, { 'aws:TokenIssueTime': ['2026-06-15T11:59:59Z'] })).toBe(true);
  });
});
