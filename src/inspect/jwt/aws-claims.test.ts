import { describe, it, expect } from 'vitest';
import { inEnglish } from '../../i18n/test-support/translate';
import { chooseAudience, oidcProviderArn, parseTagsClaim, providerKeyPrefix, sourceIdentityProblem } from './aws-claims';

describe('parseTagsClaim', () => {
  it('reads principal tags and transitive keys', () => {
    expect(parseTagsClaim({ principal_tags: { Project: ['Automation'], CostCenter: ['987'] }, transitive_tag_keys: ['Project'] })).toEqual({
      ok: true,
      principalTags: { Project: 'Automation', CostCenter: '987' },
      transitiveTagKeys: ['Project'],
      warnings: [],
    });
  });

  it('rejects shapes STS cannot use, naming the tag', () => {
    const cases: [unknown, string][] = [
      [['x'], 'must be a JSON object'],
      [{ principal_tags: [] }, 'principal_tags must be an object'],
      [{ principal_tags: { a: 'v' } }, 'principal_tags["a"] must be a one-element list'],
      [{ principal_tags: { a: ['v', 'w'] } }, 'one-element list'],
      [{ principal_tags: { 'aws:x': ['v'] } }, 'may not begin with "aws:"'],
      [{ principal_tags: { 'a#b': ['v'] } }, 'tag key "a#b" has characters'],
      [{ principal_tags: { a: ['x'.repeat(257)] } }, 'longer than 256'],
      [{ principal_tags: { Team: ['a'], team: ['b'] } }, 'appears twice'],
      [{ principal_tags: { a: ['v'] }, transitive_tag_keys: ['b'] }, 'transitive tag key "b" is not one of principal_tags'],
      [{ principal_tags: { a: ['v'] }, transitive_tag_keys: 'a' }, 'transitive_tag_keys must be a list'],
    ];
    for (const [value, text] of cases) {
      const r = parseTagsClaim(value);
      expect(r.ok, JSON.stringify(value)).toBe(false);
      if (!r.ok) expect(inEnglish(r.error)).toContain(text);
    }
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, ['v']]));
    const tooMany = parseTagsClaim({ principal_tags: many });
    expect(!tooMany.ok && inEnglish(tooMany.error)).toContain('at most 50');
  });

  it('warns about members STS ignores', () => {
    const r = parseTagsClaim({ principal_tags: {}, extra: 1 });
    expect(r.ok && r.warnings[0] && inEnglish(r.warnings[0])).toContain('"extra"');
  });
});

describe('other rules', () => {
  it('checks source identity like sourceIdentityType', () => {
    expect(sourceIdentityProblem('alice@example.com')).toBeNull();
    const problem = (v: unknown) => inEnglish(sourceIdentityProblem(v) ?? '');
    expect(problem('a')).toContain('2–64');
    expect(problem('aws:x')).toContain('may contain only');
    expect(problem(5)).toContain('must be a string');
  });

  it('chooses the client ID: aud, or azp when aud is a list', () => {
    expect(chooseAudience({ aud: 'c1' }).clientId).toBe('c1');
    expect(chooseAudience({ aud: ['c1', 'c2'], azp: 'c2' }).clientId).toBe('c2');
    expect(chooseAudience({ aud: ['c1'] }).clientId).toBe('c1');
    expect(chooseAudience({ aud: ['c1', 'c2'] }).clientId).toBeUndefined();
    expect(chooseAudience({}).clientId).toBeUndefined();
  });

  it('builds provider prefixes and ARNs from the URL', () => {
    expect(providerKeyPrefix('https://oidc.eks.us-west-2.amazonaws.com/id/ABC')).toBe('oidc.eks.us-west-2.amazonaws.com/id/ABC');
    expect(oidcProviderArn('123456789012', 'https://token.actions.githubusercontent.com')).toBe(
      'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com',
    );
  });
});
