import { describe, expect, it } from 'vitest';
import { contextKey } from './context';

describe('contextKey', () => {
  const ctx = {
    keys: {
      'sts:ExternalId': ['abc'],
      'aws:PrincipalTag/Team': ['blue'],
      'aws:RequestTag/cost-center': ['42'],
      'aws:TagKeys': ['a', 'b'],
      'saml:aud': ['https://signin.aws.amazon.com/saml'],
      'empty:key': [],
    },
  };

  it('finds keys by exact name', () => {
    expect(contextKey(ctx, 'sts:ExternalId')).toEqual(['abc']);
    expect(contextKey(ctx, 'aws:TagKeys')).toEqual(['a', 'b']);
  });

  it('ignores the case of the key name', () => {
    expect(contextKey(ctx, 'STS:externalid')).toEqual(['abc']);
    expect(contextKey(ctx, 'SAML:aud')).toEqual(['https://signin.aws.amazon.com/saml']);
  });

  it('ignores the case of both parts of a tag key', () => {
    expect(contextKey(ctx, 'aws:principaltag/team')).toEqual(['blue']);
    expect(contextKey(ctx, 'AWS:PrincipalTag/TEAM')).toEqual(['blue']);
    expect(contextKey(ctx, 'aws:requesttag/Cost-Center')).toEqual(['42']);
  });

  it('returns undefined for absent keys and keys without values', () => {
    expect(contextKey(ctx, 'aws:SourceIdentity')).toBeUndefined();
    expect(contextKey(ctx, 'aws:PrincipalTag/red')).toBeUndefined();
    expect(contextKey(ctx, 'empty:key')).toBeUndefined();
  });

  it('does not mistake inherited object properties for keys', () => {
    expect(contextKey({ keys: {} }, 'constructor')).toBeUndefined();
    expect(contextKey({ keys: {} }, '__proto__')).toBeUndefined();
  });
});
