import { describe, it, expect, beforeAll } from 'vitest';
import { compactVerify, createLocalJWKSet } from 'jose';
import { generateOidcKeyMaterial, publicJwks, signJwt, type OidcKeyMaterial } from './oidc-keys';

let material: OidcKeyMaterial;
beforeAll(async () => {
  material = await generateOidcKeyMaterial();
});

describe('OIDC key material', () => {
  it('holds one RS256 and one ES384 private JWK, each with a distinct kid, and survives JSON', () => {
    expect(material.keys.map((k) => [k.alg, k.kty])).toEqual([
      ['RS256', 'RSA'],
      ['ES384', 'EC'],
    ]);
    expect(material.keys[0]?.d).toBeTruthy();
    expect(material.keys[1]?.crv).toBe('P-384');
    expect(new Set(material.keys.map((k) => k.kid)).size).toBe(2);
    expect(JSON.parse(JSON.stringify(material))).toEqual(material);
  });

  it('publishes only public members', () => {
    const jwks = publicJwks(material);
    for (const k of jwks.keys) {
      for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(k).not.toHaveProperty(secret);
      expect(k.use).toBe('sig');
    }
    expect(jwks.keys.map((k) => k.kid)).toEqual(material.keys.map((k) => k.kid));
  });

  it('signs with either key, and the published JWKS verifies it (also after a JSON round trip of the keys)', async () => {
    const restored = JSON.parse(JSON.stringify(material)) as OidcKeyMaterial;
    const jwks = createLocalJWKSet(publicJwks(material));
    for (const alg of ['RS256', 'ES384'] as const) {
      const token = await signJwt(restored, alg, { hello: 'world' });
      const { protectedHeader, payload } = await compactVerify(token, jwks);
      expect(protectedHeader).toMatchObject({ alg, typ: 'JWT', kid: material.keys.find((k) => k.alg === alg)?.kid });
      expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({ hello: 'world' });
    }
  });
});
