import { describe, expect, it } from 'vitest';
import { holds } from '../test-support/context';
import { compilePattern } from '../wildcard';
import { arnMatch, resourceMatch } from './arn';

const arn = (p: string, v: string) => arnMatch(compilePattern(p), v);

describe('arnMatch', () => {
  it('matches part by part, with wildcards inside a part', () => {
    expect(arn('arn:aws:iam::123456789012:role/Dev', 'arn:aws:iam::123456789012:role/Dev')).toBe(true);
    expect(arn('arn:aws:iam::*:role/Dev', 'arn:aws:iam::111122223333:role/Dev')).toBe(true);
    expect(arn('arn:aws:iam::123456789012:role/*', 'arn:aws:iam::123456789012:role/path/Dev')).toBe(true);
    expect(arn('arn:aws:sts::123456789012:assumed-role/Dev/*', 'arn:aws:sts::123456789012:assumed-role/Dev/s1')).toBe(true);
    expect(arn('arn:aws:iam::12345678901?:root', 'arn:aws:iam::123456789012:root')).toBe(true);
  });

  it('does not let a wildcard cross a colon of the first five parts', () => {
    // "*" in the service part cannot swallow "iam::123456789012".
    expect(arn('arn:aws:*:role/Dev', 'arn:aws:iam::123456789012:role/Dev')).toBe(false);
    expect(arn('arn:aws:iam:*:role/Dev', 'arn:aws:iam::123456789012:role/Dev')).toBe(false);
  });

  it('lets the resource part hold colons', () => {
    expect(arn('arn:aws:logs:us-east-1:123456789012:log-group:*', 'arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:x')).toBe(true);
  });

  it('is case-sensitive and needs six parts', () => {
    expect(arn('arn:aws:iam::123456789012:role/dev', 'arn:aws:iam::123456789012:role/Dev')).toBe(false);
    expect(arn('arn:aws:iam', 'arn:aws:iam::123456789012:role/Dev')).toBe(false);
    expect(arn('arn:aws:iam::123456789012:role/Dev', 'not-an-arn')).toBe(false);
  });

  it('matches anything with a lone *', () => {
    expect(arn('*', 'arn:aws:iam::123456789012:role/Dev')).toBe(true);
  });
});

describe('resourceMatch', () => {
  it('matches ARNs part-wise and anything else as one pattern', () => {
    expect(resourceMatch(compilePattern('*'), 'arn:aws:iam::1:role/x')).toBe(true);
    expect(resourceMatch(compilePattern('arn:aws:iam::*:role/*'), 'arn:aws:iam::123456789012:role/Dev')).toBe(true);
    expect(resourceMatch(compilePattern('arn:aws:iam::*:user/*'), 'arn:aws:iam::123456789012:role/Dev')).toBe(false);
    expect(resourceMatch(compilePattern('arn:*'), 'arn:aws:iam::123456789012:role/Dev')).toBe(false);
  });
});

describe('Arn operators', () => {
  const K = { 'aws:PrincipalArn': ['arn:aws:iam::123456789012:role/ci/Deployer'] };
  it('ArnEquals and ArnLike both take wildcards; the Not forms negate', () => {
    expect(holds('ArnEquals', 'aws:PrincipalArn', 'arn:aws:iam::123456789012:role/ci/Deployer', K)).toBe(true);
    expect(holds('ArnEquals', 'aws:PrincipalArn', 'arn:aws:iam::123456789012:role/ci/*', K)).toBe(true);
    expect(holds('ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/ci/*', K)).toBe(true);
    expect(holds('ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/prod/*', K)).toBe(false);
    expect(holds('ArnNotEquals', 'aws:PrincipalArn', 'arn:aws:iam::*:role/prod/*', K)).toBe(true);
    expect(holds('ArnNotLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/ci/*', K)).toBe(false);
    expect(holds('ArnLikeIfExists', 'aws:SourceArn', 'arn:aws:iam::*:role/ci/*', K)).toBe(true);
  });

  it('substitutes policy variables', () => {
    const keys = { ...K, 'aws:PrincipalAccount': ['123456789012'] };
    expect(holds('ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::${aws:PrincipalAccount}:role/ci/*', keys)).toBe(true);
  });
});
