/**
 * Fuzz: 2000 mutations of real signed tokens through decodeJwt and checkWebIdentityToken. Bad input
 * must only ever produce ok:false or an StsError, and nothing altered in the signed part may pass.
 */
import { englishOf } from '../../kernel/message';
import { describe, it, expect, beforeAll } from 'vitest';
import { toBase64Url, utf8 } from '../../kernel/encoding';
import { decodeJwt } from '../../inspect/jwt/decode';
import { Rng } from '../../inspect/test-support/fuzz';
import { isStsError } from '../core/errors';
import { mintAmazonAccessToken, mintIdToken } from '../idp/oidc-idp';
import { generateOidcKeyMaterial, publicJwks, type OidcKeyMaterial } from '../idp/oidc-keys';
import type { OidcProviderFile } from '../world/types';
import { checkWebIdentityToken } from './check-web-identity';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);
const ISS = 'https://sandbox.idp.local';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/| \u00e9\u0000{}"';

/** The shared seeded PRNG, as a function, so a failure can be replayed. */
function prng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}

const JUNK_VALUES: unknown[] = [null, 0, -1, 1700000000, 1.5, 1e308, '', 'x', [], [1], {}, { a: [] }, true, '1741000000', ['workbench-client', 5]];

function mutate(token: string, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const pos = Math.floor(rnd() * (token.length + 1));
  const parts = token.split('.');
  switch (Math.floor(rnd() * 9)) {
    case 0:
      return token.slice(0, pos) + pick([...ALPHABET]) + token.slice(pos + 1);
    case 1:
      return token.slice(0, pos) + token.slice(pos + 1 + Math.floor(rnd() * 5));
    case 2:
      return token.slice(0, pos) + pick([...ALPHABET]) + token.slice(pos);
    case 3:
      return token.slice(0, pos);
    case 4:
      return [...parts].sort(() => rnd() - 0.5).join('.');
    case 5: {
      // Re-encode the payload with one claim replaced by junk, keeping the original signature.
      const d = decodeJwt(token);
      if (!d.ok) return token + '.';
      const claims: Record<string, unknown> = { ...d.value.claims };
      claims[pick(['iss', 'aud', 'sub', 'exp', 'iat', 'nbf', 'azp', 'https://aws.amazon.com/tags', 'https://aws.amazon.com/source_identity'])] = pick(JUNK_VALUES);
      return `${parts[0]}.${toBase64Url(utf8(JSON.stringify(claims)))}.${parts[2]}`;
    }
    case 6: {
      const header = pick([{ alg: 'none' }, { alg: 'HS256', kid: 'x' }, { alg: 'RS256', kid: 5 }, { alg: 'ES384' }, [], 'x', { alg: 'RS256', crit: ['b64'] }]);
      return `${toBase64Url(utf8(JSON.stringify(header)))}.${parts[1]}.${parts[2]}`;
    }
    case 7:
      return Array.from({ length: Math.floor(rnd() * 64) }, () => pick([...ALPHABET])).join('');
    default:
      return `${parts[0]}.${parts[1]}.${toBase64Url(Uint8Array.from({ length: Math.floor(rnd() * 300) }, () => Math.floor(rnd() * 256)))}`;
  }
}

let keys: OidcKeyMaterial;
let sealKey: CryptoKey;
let seeds: string[];
let providers: OidcProviderFile[];

beforeAll(async () => {
  keys = await generateOidcKeyMaterial();
  sealKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  providers = [{ url: ISS, clientIds: ['workbench-client'], builtInIdp: true }];
  seeds = [
    await mintIdToken(keys, { issuer: ISS, sub: 'alice', aud: 'workbench-client', principalTags: { team: 'blue' }, transitiveTagKeys: ['team'], sourceIdentity: 'alice' }, NOW, randomBytes),
    await mintIdToken(keys, { issuer: ISS, sub: 'bob', aud: ['x', 'workbench-client'], azp: 'workbench-client', algorithm: 'ES384' }, NOW, randomBytes),
  ];
});

describe('fuzzing decodeJwt and checkWebIdentityToken', () => {
  it('answers 2000 mutated tokens only with ok:false / StsError, and never accepts altered signed content', async () => {
    const rnd = prng(20250303);
    const signedParts = new Set(seeds.map((s) => s.slice(0, s.lastIndexOf('.'))));
    const codes = new Map<string, number>();
    let accepted = 0;
    const amazon = await mintAmazonAccessToken(sealKey, { userId: 'u', appId: 'a', lifetimeSeconds: 60 }, NOW, randomBytes);
    for (let i = 0; i < 2000; i++) {
      const useAmazon = i % 10 === 9;
      const base = useAmazon ? amazon : (seeds[i % seeds.length] ?? '');
      let token = mutate(base, rnd);
      if (rnd() < 0.2) token = mutate(token, rnd);
      while (token === base) token = mutate(base, rnd);

      const decoded = decodeJwt(token);
      expect(typeof decoded.ok).toBe('boolean');
      if (!decoded.ok) expect(englishOf(decoded.error).length).toBeGreaterThan(0);

      try {
        await checkWebIdentityToken({
          token,
          ...(useAmazon ? { providerId: 'www.amazon.com' } : {}),
          roleAccountId: '123456789012',
          providers,
          builtInJwks: publicJwks(keys),
          amazonSealKey: sealKey,
          nowMs: NOW,
        });
        accepted++;
        // Only a change outside the signed part (e.g. non-canonical trailing signature bits) may pass.
        if (!useAmazon) {
          expect(decoded.ok).toBe(true);
          if (decoded.ok) expect(signedParts.has(decoded.value.signingInput)).toBe(true);
        } else expect(token.startsWith('Atza|') || token.startsWith('Atza%7C')).toBe(true);
      } catch (e) {
        if (!isStsError(e)) throw new Error(`mutation ${i} threw a non-STS error: ${String(e)}`);
        codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
      }
    }
    // The mutations exercised many distinct rejections, and nearly all tokens were rejected.
    expect(codes.get('InvalidIdentityToken') ?? 0).toBeGreaterThan(1000);
    expect(codes.has('IDPRejectedClaim')).toBe(true);
    expect(accepted).toBeLessThan(20);
  });
});
