import { describe, expect, it } from 'vitest';
import { cond, holds } from '../test-support/context';
import { parseNumber } from './numeric';

const K = { 'aws:MultiFactorAuthAge': ['300'] };

describe('parseNumber', () => {
  it('reads integers and decimals, not words', () => {
    expect(parseNumber('42')).toBe(42);
    expect(parseNumber(' -1.5e2 ')).toBe(-150);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('abc')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('0x10')).toBeUndefined();
  });
});

describe('Numeric operators', () => {
  it.each([
    ['NumericEquals', '300', true],
    ['NumericEquals', '300.0', true],
    ['NumericEquals', '301', false],
    ['NumericNotEquals', '301', true],
    ['NumericNotEquals', '300', false],
    ['NumericLessThan', '301', true],
    ['NumericLessThan', '300', false],
    ['NumericLessThanEquals', '300', true],
    ['NumericLessThanEquals', '299', false],
    ['NumericGreaterThan', '299', true],
    ['NumericGreaterThan', '300', false],
    ['NumericGreaterThanEquals', '300', true],
    ['NumericGreaterThanEquals', '301', false],
  ])('%s %s with a request value of 300 → %s', (op, value, expected) => {
    expect(holds(op, 'aws:MultiFactorAuthAge', value, K)).toBe(expected);
  });

  it('accepts JSON numbers as policy values', () => {
    expect(holds('NumericLessThan', 'aws:MultiFactorAuthAge', 3600, K)).toBe(true);
  });

  it('never matches an unreadable value, and says so', () => {
    const t = cond('NumericEquals', 'aws:MultiFactorAuthAge', 'abc', K);
    expect(t.result).toBe(false);
    expect(t.why).toMatch(/"abc" is not a number, so it never matches/);
    const r = cond('NumericLessThan', 'n', '5', { n: ['lots'] });
    expect(r.result).toBe(false);
    expect(r.why).toMatch(/request value "lots" is not a number/);
  });
});
