/** Test support: JWT signing keys (RS256 / ES256) with their public JWK, and compact JWS signing with Web Crypto. */
import { toBase64Url, utf8 } from '../../../kernel/encoding';

export type TestJwtAlg = 'RS256' | 'ES256' | 'ES384';

export interface JwtKey {
  kid: string;
  alg: TestJwtAlg;
  privateKey: CryptoKey;
  jwk: Record<string, unknown>;
}

export async function jwtKey(kid: string, alg: TestJwtAlg): Promise<JwtKey> {
  const params = alg === 'RS256' ? { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' } : { name: 'ECDSA', namedCurve: alg === 'ES384' ? 'P-384' : 'P-256' };
  const pair = (await crypto.subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as Record<string, unknown>;
  return { kid, alg, privateKey: pair.privateKey, jwk: { kty: jwk.kty, n: jwk.n, e: jwk.e, crv: jwk.crv, x: jwk.x, y: jwk.y, kid, alg, use: 'sig' } };
}

export const jsonPart = (o: unknown) => toBase64Url(utf8(JSON.stringify(o)));

export async function signJwt(header: Record<string, unknown>, claims: Record<string, unknown>, key: JwtKey): Promise<string> {
  const input = `${jsonPart(header)}.${jsonPart(claims)}`;
  const algo = key.alg === 'RS256' ? { name: 'RSASSA-PKCS1-v1_5' } : { name: 'ECDSA', hash: key.alg === 'ES384' ? 'SHA-384' : 'SHA-256' };
  const sig = new Uint8Array(await crypto.subtle.sign(algo, key.privateKey, new Uint8Array(utf8(input))));
  return `${input}.${toBase64Url(sig)}`;
}

/**
 * A test identity provider: one key per algorithm, the JWKS that trusts it, and tokens signed with
 * it. The verdict's tests and the sandbox's web-identity tests both set up their IdP keys here.
 */
export interface TestIdp {
  keys: JwtKey[];
  jwks: { keys: Record<string, unknown>[] };
  /** Signs `claims` with the key of `alg` (default: the first); `kid` overrides the header's kid (a key this IdP does not publish under it). */
  sign(claims: Record<string, unknown>, o?: { alg?: TestJwtAlg; kid?: string }): Promise<string>;
}

export async function testIdp(name: string, algs: TestJwtAlg[] = ['RS256']): Promise<TestIdp> {
  const keys = await Promise.all(algs.map((alg, i) => jwtKey(i === 0 ? name : `${name}-${alg.toLowerCase()}`, alg)));
  return {
    keys,
    jwks: { keys: keys.map((k) => k.jwk) },
    sign: (claims, o = {}) => {
      const key = keys.find((k) => k.alg === (o.alg ?? keys[0]?.alg)) as JwtKey;
      return signJwt({ alg: key.alg, kid: o.kid ?? key.kid, typ: 'JWT' }, claims, key);
    },
  };
}
