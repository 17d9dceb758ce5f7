import { describe, expect, it } from 'vitest';
import { compilePattern, literalPattern, matchPattern, ONE, patternText, STAR, wildcardMatch } from './wildcard';

describe('wildcardMatch', () => {
  it.each([
    ['*', '', true],
    ['*', 'anything at all', true],
    ['sts:*', 'sts:AssumeRole', true],
    ['sts:Assume*', 'sts:AssumeRoleWithSAML', true],
    ['sts:Assume*', 'sts:GetCallerIdentity', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['a?c', 'abbc', false],
    ['*-prod-*', 'team-prod-1', true],
    ['*-prod-*', 'team-dev-1', false],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['exact', 'exact', true],
    ['exact', 'exactly', false],
    ['**', 'x', true],
    ['', '', true],
    ['', 'x', false],
  ])('%s vs %s → %s', (pattern, value, expected) => {
    expect(wildcardMatch(pattern, value)).toBe(expected);
  });

  it('is case-sensitive unless asked', () => {
    expect(wildcardMatch('sts:assumerole', 'sts:AssumeRole')).toBe(false);
    expect(wildcardMatch('sts:assume*', 'STS:AssumeRole', true)).toBe(true);
  });

  it('backtracks correctly without blowing up on pathological patterns', () => {
    const value = 'a'.repeat(5000);
    expect(wildcardMatch('*a*a*a*a*a*a*a*a*b', value)).toBe(false);
    expect(wildcardMatch('*a*a*a*a*a*a*a*a*a', value)).toBe(true);
  });
});

describe('patterns', () => {
  it('keeps literal characters literal', () => {
    expect(matchPattern(literalPattern('a*c'), 'abc')).toBe(false);
    expect(matchPattern(literalPattern('a*c'), 'a*c')).toBe(true);
  });

  it('compiles * and ? into wildcards and writes them back', () => {
    expect(compilePattern('a*?')).toEqual(['a', STAR, ONE]);
    expect(patternText(compilePattern('arn:aws:s3:::b/*'))).toBe('arn:aws:s3:::b/*');
  });
});
