import { inEnglish } from '../../i18n/test-support/translate';
import { describe, it, expect, beforeAll } from 'vitest';
import { decodeJwt } from '../../inspect/jwt/decode';
import { verifyJwtSignature } from '../../inspect/jwt/verify';
import { isStsError } from '../core/errors';
import { generateOidcKeyMaterial, publicJwks, type OidcKeyMaterial } from './oidc-keys';
import { discoveryDocument, mintAmazonAccessToken, mintIdToken, openAmazonAccessToken, WRONG_AUDIENCE, WRONG_ISSUER } from './oidc-idp';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

const ISS = 'https://sandbox.idp.local';
const NOW = Date.UTC(2025, 5, 1, 8, 0, 0);
const nowS = NOW / 1000;
let keys: OidcKeyMaterial;
let sealKey: CryptoKey;
let otherSealKey: CryptoKey;

beforeAll(async () => {
  keys = await generateOidcKeyMaterial();
  const aes = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  sealKey = await aes();
  otherSealKey = await aes();
});

const claimsOf = (token: string) => {
  const d = decodeJwt(token);
  if (!d.ok) throw new Error(inEnglish(d.error));
  return d.value;
};

describe('mintIdToken', () => {
  it('mints a signed ID token with the standard and AWS claims', async () => {
    const token = await mintIdToken(
      keys,
      { issuer: ISS, sub: 'alice', aud: 'workbench-client', principalTags: { team: 'blue' }, transitiveTagKeys: ['team'], sourceIdentity: 'alice', claims: { amr: ['pwd'] } },
      NOW,
      randomBytes,
    );
    const { header, claims } = claimsOf(token);
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: keys.keys[0]?.kid });
    expect(claims).toMatchObject({
      iss: ISS,
      sub: 'alice',
      aud: 'workbench-client',
      iat: nowS,
      exp: nowS + 3600,
      amr: ['pwd'],
      'https://aws.amazon.com/tags': { principal_tags: { team: ['blue'] }, transitive_tag_keys: ['team'] },
      'https://aws.amazon.com/source_identity': 'alice',
    });
    expect((await verifyJwtSignature(token, { jwks: publicJwks(keys) })).ok).toBe(true);
  });

  it('signs with ES384 on request, with a list audience and azp', async () => {
    const token = await mintIdToken(keys, { issuer: ISS, sub: 's', aud: ['a', 'b'], azp: 'b', algorithm: 'ES384', lifetimeSeconds: 60 }, NOW, randomBytes);
    const { header, claims } = claimsOf(token);
    expect(header.alg).toBe('ES384');
    expect(claims).toMatchObject({ aud: ['a', 'b'], azp: 'b', exp: nowS + 60 });
    expect((await verifyJwtSignature(token, { jwks: publicJwks(keys) })).ok).toBe(true);
  });

  it('breaks the token on purpose for each fault', async () => {
    const base = { issuer: ISS, sub: 's', aud: 'c', azp: 'c' };
    const mint = (faults: object) => mintIdToken(keys, { ...base, faults }, NOW, randomBytes);
    expect(claimsOf(await mint({ expired: true })).claims.exp).toBeLessThan(nowS);
    expect(claimsOf(await mint({ wrongAudience: true })).claims).toMatchObject({ aud: WRONG_AUDIENCE, azp: WRONG_AUDIENCE });
    expect(claimsOf(await mint({ wrongIssuer: true })).claims.iss).toBe(WRONG_ISSUER);
    expect(claimsOf(await mint({ nonIntegerExp: true })).claims.exp).toBe(nowS + 3600.5);
    const bad = await mint({ badSignature: true });
    expect(await verifyJwtSignature(bad, { jwks: publicJwks(keys) })).toMatchObject({ ok: false, reason: 'signature' });
    expect(await verifyJwtSignature(await mint({ unknownKid: true }), { jwks: publicJwks(keys) })).toMatchObject({ ok: false, reason: 'kid-not-found' });
  });

  it('describes itself for discovery', () => {
    expect(discoveryDocument(ISS, `${ISS}/jwks.json`)).toMatchObject({ issuer: ISS, jwks_uri: `${ISS}/jwks.json`, id_token_signing_alg_values_supported: ['RS256', 'ES384'] });
  });
});

describe('Login-with-Amazon-style access tokens', () => {
  const opts = { userId: 'amzn1.account.AF6RHO7KZU5XRVQJGXK6HB56KR2A', appId: 'amzn1.application-oa2-client.abc', lifetimeSeconds: 3600 };

  it('mints an opaque Atza| token that opens to the user and app', async () => {
    const token = await mintAmazonAccessToken(sealKey, opts, NOW, randomBytes);
    expect(token).toMatch(/^Atza\|[A-Za-z0-9_-]+$/);
    expect(token).not.toContain('amzn1');
    expect(await openAmazonAccessToken(sealKey, token, NOW + 1000)).toEqual({ userId: opts.userId, appId: opts.appId, exp: nowS + 3600 });
    expect((await openAmazonAccessToken(sealKey, token.replace('|', '%7C'), NOW)).userId).toBe(opts.userId);
  });

  it('rejects altered, foreign and expired tokens with STS errors', async () => {
    const token = await mintAmazonAccessToken(sealKey, opts, NOW, randomBytes);
    const altered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    for (const [bad, key] of [
      [altered, sealKey],
      [token, otherSealKey],
      ['Atza|', sealKey],
      ['not-amazon', sealKey],
    ] as const) {
      const e = await openAmazonAccessToken(key, bad, NOW).catch((x: unknown) => x);
      expect(isStsError(e) && e.code).toBe('IDPRejectedClaim');
    }
    const expired = await openAmazonAccessToken(sealKey, token, NOW + 3601_000).catch((x: unknown) => x);
    expect(isStsError(expired) && expired.code).toBe('ExpiredTokenException');
    expect(isStsError(expired) && expired.message).toBe(`Token expired: current date/time ${nowS + 3601} must be before the expiration date/time${nowS + 3600}`);
  });
});
