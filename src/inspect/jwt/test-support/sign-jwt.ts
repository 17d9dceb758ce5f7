/** Test support: JWT signing keys (RS256 / ES256) with their public JWK, and compact JWS signing with Web Crypto. */
import { toBase64Url, utf8 } from '../../../kernel/encoding';

export interface JwtKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: CryptoKey;
  jwk: Record<string, unknown>;
}

export async function jwtKey(kid: string, alg: 'RS256' | 'ES256'): Promise<JwtKey> {
  const params = alg === 'RS256' ? { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' } : { name: 'ECDSA', namedCurve: 'P-256' };
  const pair = (await crypto.subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as Record<string, unknown>;
  return { kid, alg, privateKey: pair.privateKey, jwk: { kty: jwk.kty, n: jwk.n, e: jwk.e, crv: jwk.crv, x: jwk.x, y: jwk.y, kid, alg, use: 'sig' } };
}

export const jsonPart = (o: unknown) => toBase64Url(utf8(JSON.stringify(o)));

export async function signJwt(header: Record<string, unknown>, claims: Record<string, unknown>, key: JwtKey): Promise<string> {
  const input = `${jsonPart(header)}.${jsonPart(claims)}`;
  const algo = key.alg === 'RS256' ? { name: 'RSASSA-PKCS1-v1_5' } : { name: 'ECDSA', hash: 'SHA-256' };
  const sig = new Uint8Array(await crypto.subtle.sign(algo, key.privateKey, new Uint8Array(utf8(input))));
  return `${input}.${toBase64Url(sig)}`;
}
