/**
 * Signing keys of the sandbox's OIDC issuers (the built-in IdP and GetWebIdentityToken): one RS256
 * and one ES384 key, kept as private JWKs so the host can store them as plain JSON.
 */
import { calculateJwkThumbprint, CompactSign, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

export type OidcSigningAlg = 'RS256' | 'ES384';

/** A private JWK with its key ID and algorithm. */
export interface OidcPrivateJwk extends JsonWebKey {
  kid: string;
  alg: OidcSigningAlg;
}

export interface OidcKeyMaterial {
  keys: OidcPrivateJwk[];
}

/** A published key (a type alias, so it fits `Record<string, unknown>` shapes such as a world file's jwks). */
export type OidcPublicJwk = {
  kty: string;
  kid: string;
  alg: OidcSigningAlg;
  use: 'sig';
  n?: string;
  e?: string;
  crv?: string;
  x?: string;
  y?: string;
};

const PRIVATE_MEMBERS = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'key_ops', 'ext']);

function publicJwk(jwk: OidcPrivateJwk): OidcPublicJwk {
  const pub: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(jwk)) if (!PRIVATE_MEMBERS.has(k)) pub[k] = v;
  return { ...(pub as Omit<OidcPublicJwk, 'kid' | 'alg' | 'use'>), kid: jwk.kid, alg: jwk.alg, use: 'sig' };
}

async function generateOne(alg: OidcSigningAlg): Promise<OidcPrivateJwk> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true, ...(alg === 'RS256' ? { modulusLength: 2048 } : {}) });
  const jwk = (await exportJWK(privateKey)) as JsonWebKey;
  delete jwk.key_ops;
  delete jwk.ext;
  // The kid is the RFC 7638 thumbprint of the public key: stable, and distinct per key.
  const pub = publicJwk({ ...jwk, kid: '', alg });
  const kid = await calculateJwkThumbprint({ kty: pub.kty, n: pub.n, e: pub.e, crv: pub.crv, x: pub.x, y: pub.y } as JWK);
  return { ...jwk, kid, alg };
}

export async function generateOidcKeyMaterial(): Promise<OidcKeyMaterial> {
  return { keys: [await generateOne('RS256'), await generateOne('ES384')] };
}

/** The JWKS to publish: public members only, with kid, alg and use. */
export function publicJwks(material: OidcKeyMaterial): { keys: OidcPublicJwk[] } {
  return { keys: material.keys.map(publicJwk) };
}

const imported = new WeakMap<OidcPrivateJwk, Promise<CryptoKey>>();

function signingKey(material: OidcKeyMaterial, alg: OidcSigningAlg): { jwk: OidcPrivateJwk; key: Promise<CryptoKey> } {
  const jwk = material.keys.find((k) => k.alg === alg);
  if (!jwk) throw new Error(`The sandbox's OIDC key material has no ${alg} key.`);
  let key = imported.get(jwk);
  if (!key) {
    key = importJWK(jwk as JWK, alg) as Promise<CryptoKey>;
    imported.set(jwk, key);
  }
  return { jwk, key };
}

/**
 * Signs a JSON payload as a compact JWS with the material's key for `alg`. The payload is serialised
 * as given (no claim validation), so tests can mint deliberately broken tokens.
 */
export async function signJwt(
  material: OidcKeyMaterial,
  alg: OidcSigningAlg,
  payload: Record<string, unknown>,
  header: { kid?: string; typ?: string } = {},
): Promise<string> {
  const { jwk, key } = signingKey(material, alg);
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  return new CompactSign(bytes).setProtectedHeader({ alg, typ: header.typ ?? 'JWT', kid: header.kid ?? jwk.kid }).sign(await key);
}
