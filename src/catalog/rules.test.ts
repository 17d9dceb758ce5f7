import { describe, expect, it } from 'vitest';
import { looksLikeJwt, policyPlaintextRule, transitiveKeysInTagsRule } from './rules';

const b64url = (o: unknown) => btoa(JSON.stringify(o)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('looksLikeJwt', () => {
  it('recognises a compact JWS with a JSON header', () => {
    expect(looksLikeJwt(`${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ sub: 'x' })}.sig`)).toBe(true);
  });

  it('rejects opaque OAuth tokens and look-alikes', () => {
    expect(looksLikeJwt('Atza|IwEBIJ-opaque-amazon-token')).toBe(false);
    expect(looksLikeJwt('a.b.c')).toBe(false); // header is not JSON
    expect(looksLikeJwt(`${b64url([1, 2])}.x.y`)).toBe(false); // header is not an object
    expect(looksLikeJwt(`${b64url({ alg: 'RS256' })}.x`)).toBe(false);
    expect(looksLikeJwt('')).toBe(false);
  });
});

describe('rules read odd input without throwing', () => {
  it('counts only string ARNs toward the plaintext limit', () => {
    const rule = policyPlaintextRule(undefined);
    expect(rule.check({ Policy: 'x'.repeat(2048), PolicyArns: [{ arn: 5 }, null, 'x'] })).toBeNull();
    expect(rule.check({ Policy: 'x'.repeat(2048), PolicyArns: [{ arn: 'y' }] })).toMatch(/2049/);
  });

  it('ignores transitive keys that are not strings', () => {
    expect(transitiveKeysInTagsRule.check({ TransitiveTagKeys: [1, null], Tags: 'x' })).toBeNull();
  });
});
