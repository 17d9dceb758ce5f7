/**
 * Signature verification for the inspector: against a pasted JWKS or PEM, or a JWKS found through
 * the issuer's discovery document. Answers with a result, never throws.
 */
import { compactVerify, exportJWK, importJWK, importSPKI, importX509, type JWK } from 'jose';
import { jsonNestingProblem } from '../../policy/nesting';
import { decodeJwt } from './decode';

export interface VerifyResult {
  ok: boolean;
  kid?: string;
  alg?: string;
  /** The public JWK that verified (or was tried last). */
  matchedKey?: object;
  error?: string;
  /** Why it failed, for callers that map failures to their own errors (the sandbox does). */
  reason?: VerifyFailure;
}

export type VerifyFailure = 'malformed' | 'algorithm' | 'key-source' | 'kid-not-found' | 'key-mismatch' | 'signature';

export interface KeySource {
  /** A JWKS (`{"keys":[…]}`) as an object or as JSON text; a single JWK is accepted too. */
  jwks?: object | string;
  /** An X.509 certificate or an SPKI public key in PEM form. */
  pem?: string;
}

const VERIFIABLE = /^(RS|PS|ES)(256|384|512)$/;
const CURVE_FOR: Record<string, string> = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Null when the JWK can carry `alg`, else why not. */
function keyMismatch(jwk: Record<string, unknown>, alg: string): string | null {
  const label = typeof jwk.kid === 'string' ? `key "${jwk.kid}"` : 'the key';
  if (typeof jwk.alg === 'string' && jwk.alg !== alg) return `alg mismatch: the token is signed with ${alg} but ${label} is for ${jwk.alg}.`;
  if (jwk.use !== undefined && jwk.use !== 'sig') return `${label} has use "${String(jwk.use)}", not "sig".`;
  if (alg.startsWith('ES')) {
    if (jwk.kty !== 'EC') return `alg mismatch: ${alg} needs an EC key but ${label} is kty ${String(jwk.kty)}.`;
    if (jwk.crv !== CURVE_FOR[alg]) return `alg mismatch: ${alg} needs curve ${CURVE_FOR[alg]} but ${label} is on ${String(jwk.crv)}.`;
  } else if (jwk.kty !== 'RSA') return `alg mismatch: ${alg} needs an RSA key but ${label} is kty ${String(jwk.kty)}.`;
  return null;
}

function publicPart(jwk: Record<string, unknown>): object {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, oth: _oth, ...pub } = jwk;
  return pub;
}

function readJwks(input: object | string): { keys: Record<string, unknown>[] } | string {
  let value: unknown = input;
  if (typeof input === 'string') {
    const deep = jsonNestingProblem(input, 'The JWKS');
    if (deep) return `${deep}.`;
    try {
      value = JSON.parse(input);
    } catch (e) {
      return `The JWKS is not valid JSON: ${message(e)}.`;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'A JWKS must be a JSON object with a "keys" list.';
  const obj = value as Record<string, unknown>;
  if (typeof obj.kty === 'string') return { keys: [obj] };
  if (!Array.isArray(obj.keys)) return 'A JWKS must be a JSON object with a "keys" list (this has no "keys").';
  const keys = obj.keys.filter((k): k is Record<string, unknown> => typeof k === 'object' && k !== null && !Array.isArray(k));
  if (keys.length === 0) return 'The JWKS has no keys.';
  return { keys };
}

async function verifyWithPem(token: string, pem: string, alg: string, kid: string | undefined): Promise<VerifyResult> {
  const base: VerifyResult = { ok: false, alg, reason: 'key-source', ...(kid !== undefined ? { kid } : {}) };
  if (/-----BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.test(pem)) return { ...base, error: 'This PEM is a private key. Paste the public key or the certificate instead (and keep the private key secret).' };
  if (/-----BEGIN RSA PUBLIC KEY-----/.test(pem)) return { ...base, error: 'This is a PKCS#1 "RSA PUBLIC KEY"; paste an SPKI "PUBLIC KEY" or a certificate instead.' };
  let key: CryptoKey;
  try {
    if (/-----BEGIN CERTIFICATE-----/.test(pem)) key = await importX509(pem.trim(), alg, { extractable: true });
    else if (/-----BEGIN PUBLIC KEY-----/.test(pem)) key = await importSPKI(pem.trim(), alg, { extractable: true });
    else return { ...base, error: 'The PEM has neither "BEGIN CERTIFICATE" nor "BEGIN PUBLIC KEY".' };
  } catch (e) {
    return { ...base, reason: 'key-mismatch', error: `The PEM key cannot be used with ${alg} (wrong key type or curve, or a damaged PEM): ${message(e)}` };
  }
  const matchedKey = await exportJWK(key).catch(() => undefined);
  try {
    await compactVerify(token, key, { algorithms: [alg] });
    const { reason: _r, ...rest } = base;
    return { ...rest, ok: true, ...(matchedKey ? { matchedKey } : {}) };
  } catch {
    return { ...base, ...(matchedKey ? { matchedKey } : {}), reason: 'signature', error: 'Signature does not match: the token was altered, or it was signed by another key.' };
  }
}

export async function verifyJwtSignature(token: string, keySource: KeySource): Promise<VerifyResult> {
  const decoded = decodeJwt(token);
  if (!decoded.ok) return { ok: false, reason: 'malformed', error: decoded.error };
  const { header, raw } = decoded.value;
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const alg = typeof header.alg === 'string' ? header.alg : undefined;
  const base: VerifyResult = { ok: false, ...(kid !== undefined ? { kid } : {}), ...(alg !== undefined ? { alg } : {}) };
  const algFail: VerifyResult = { ...base, reason: 'algorithm' };
  if (alg === undefined) return { ...algFail, error: 'The header has no alg.' };
  if (alg === 'none') return { ...algFail, error: 'alg is "none": the token is unsigned, there is nothing to verify.' };
  if (/^HS/.test(alg)) return { ...algFail, error: `${alg} is an HMAC (shared-secret) algorithm: it cannot be verified with a public key, and STS never accepts it.` };
  if (!VERIFIABLE.test(alg)) return { ...algFail, error: `Algorithm ${alg} is not supported here (RS*, PS* and ES* are).` };

  if (keySource.pem !== undefined && keySource.pem.trim() !== '') return verifyWithPem(raw, keySource.pem, alg, kid);
  if (keySource.jwks === undefined) return { ...base, reason: 'key-source', error: 'Give a JWKS or a PEM key to verify against.' };
  const jwks = readJwks(keySource.jwks);
  if (typeof jwks === 'string') return { ...base, reason: 'key-source', error: jwks };

  const kids = jwks.keys.map((k) => (typeof k.kid === 'string' ? k.kid : '(no kid)'));
  const candidates = kid !== undefined ? jwks.keys.filter((k) => k.kid === kid) : jwks.keys;
  if (candidates.length === 0) {
    return { ...base, reason: 'kid-not-found', error: `No key with kid "${kid}" in the JWKS (it has: ${kids.join(', ')}). The IdP may have rotated its keys, or this JWKS belongs to another issuer.` };
  }
  let lastError = '';
  let lastReason: VerifyFailure = 'key-mismatch';
  let lastKey: object | undefined;
  for (const jwk of candidates) {
    const mismatch = keyMismatch(jwk, alg);
    if (mismatch) {
      lastError = mismatch;
      lastReason = 'key-mismatch';
      continue;
    }
    lastKey = publicPart(jwk);
    let key: CryptoKey | Uint8Array;
    try {
      key = await importJWK(lastKey as JWK, alg);
    } catch (e) {
      lastError = `The key ${typeof jwk.kid === 'string' ? `"${jwk.kid}" ` : ''}cannot be imported: ${message(e)}`;
      lastReason = 'key-mismatch';
      continue;
    }
    try {
      await compactVerify(raw, key, { algorithms: [alg] });
      const okKid = kid ?? (typeof jwk.kid === 'string' ? jwk.kid : undefined);
      return { ok: true, alg, ...(okKid !== undefined ? { kid: okKid } : {}), matchedKey: lastKey };
    } catch {
      lastError = 'Signature does not match: the token was altered, or it was signed by another key.';
      lastReason = 'signature';
    }
  }
  return { ...base, ...(lastKey ? { matchedKey: lastKey } : {}), reason: lastReason, error: lastError };
}

export { discoverJwks, type DiscoveryResult, type FetchFn, type FetchResponseLike } from './discover';
