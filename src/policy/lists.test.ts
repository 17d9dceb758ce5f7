import { describe, expect, it } from 'vitest';
import { asList, conditionValueStrings, isPlainObject } from './lists';

describe('lists', () => {
  it('asList wraps single values and drops absent ones', () => {
    expect(asList('a')).toEqual(['a']);
    expect(asList(['a', 'b'])).toEqual(['a', 'b']);
    expect(asList(undefined)).toEqual([]);
  });

  it('conditionValueStrings reads booleans and numbers as IAM does', () => {
    expect(conditionValueStrings([true, 3600, 'x'])).toEqual({ values: ['true', '3600', 'x'], invalid: false });
    expect(conditionValueStrings({ a: 1 })).toEqual({ values: [], invalid: true });
  });

  it('isPlainObject excludes lists and null', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(null)).toBe(false);
  });
});
