import { describe, expect, it } from 'vitest';
import { describeAccessKeyId } from './access-key';
import { accessKeyLifetime } from './access-key-lifetime';

describe('an access key ID\'s lifetime from its prefix', () => {
  it.each([
    ['AKIAIOSFODNN7EXAMPLE', 'long-term'],
    ['  asiaQ3EGVYRTIBFNTD2K ', 'temporary'],
    ['AIDAJQABLZS4A3QDU576Q', null],
    ['', null],
  ] as const)('%j is %s, as the inspector says', (id, lifetime) => {
    expect(accessKeyLifetime(id)).toBe(lifetime);
    const d = describeAccessKeyId(id);
    expect({ temporary: d.temporary, longTerm: d.longTerm }).toEqual({ temporary: lifetime === 'temporary', longTerm: lifetime === 'long-term' });
  });
});
