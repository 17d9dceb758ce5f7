import { inEnglish } from '../../i18n/test-support/translate';
import { describe, it, expect, beforeAll } from 'vitest';
import { decodeJwt } from '../../inspect/jwt/decode';
import { verifyJwtSignature } from '../../inspect/jwt/verify';
import { generateOidcKeyMaterial, publicJwks, type OidcKeyMaterial } from './oidc-keys';
import { mintOutboundToken } from './outbound-token';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

const NOW = Date.UTC(2025, 10, 20, 10, 0, 0);
let keys: OidcKeyMaterial;
beforeAll(async () => {
  keys = await generateOidcKeyMaterial();
});

const base = {
  issuer: 'http://127.0.0.1:4173/_sandbox/outbound/123456789012',
  subject: 'arn:aws:iam::123456789012:role/SampleRole',
  audiences: ['https://api.example.com'],
  algorithm: 'RS256' as const,
  lifetimeSeconds: 300,
  tags: [{ Key: 'job-id', Value: 'job-1' }],
  account: '123456789012',
};

describe('mintOutboundToken', () => {
  it('puts the standard claims at the top and the AWS claims under https://sts.amazonaws.com/', async () => {
    const { token, expiration } = await mintOutboundToken(keys, { ...base, orgId: 'o-abc1234567', principalTags: { team: 'data' } }, NOW, randomBytes);
    expect(expiration.toISOString()).toBe('2025-11-20T10:05:00.000Z');
    const d = decodeJwt(token);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.value.header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(d.value.claims).toMatchObject({
      iss: base.issuer,
      aud: 'https://api.example.com',
      sub: base.subject,
      iat: NOW / 1000,
      exp: NOW / 1000 + 300,
      'https://sts.amazonaws.com/': {
        aws_account: '123456789012',
        org_id: 'o-abc1234567',
        principal_id: base.subject,
        principal_tags: { team: 'data' },
        request_tags: { 'job-id': 'job-1' },
      },
    });
    expect(typeof d.value.claims.jti).toBe('string');
    expect((await verifyJwtSignature(token, { jwks: publicJwks(keys) })).ok).toBe(true);
  });

  it('signs with ES384 and keeps several audiences as a list; no tags, no tag claims', async () => {
    const { token } = await mintOutboundToken(keys, { ...base, algorithm: 'ES384', audiences: ['a', 'b'], tags: [] }, NOW, randomBytes);
    const d = decodeJwt(token);
    if (!d.ok) throw new Error(inEnglish(d.error));
    expect(d.value.header.alg).toBe('ES384');
    expect(d.value.claims.aud).toEqual(['a', 'b']);
    expect(d.value.claims['https://sts.amazonaws.com/']).toEqual({ aws_account: '123456789012', principal_id: base.subject });
    expect((await verifyJwtSignature(token, { jwks: publicJwks(keys) })).ok).toBe(true);
  });
});
