/**
 * Signature verification for the inspector: against a pasted JWKS or PEM, or a JWKS found through
 * the issuer's discovery document. Answers with a result, never throws.
 */
import { compactVerify, exportJWK, importJWK, importSPKI, importX509, type JWK } from 'jose';
import type { Message } from '../../kernel/message';
import { jsonNestingProblem, MAX_NESTING_DEPTH } from '../../policy/nesting';
import { decodeJwt } from './decode';

export interface VerifyResult {
  ok: boolean;
  kid?: string;
  alg?: string;
  /** The public JWK that verified (or was tried last). */
  matchedKey?: object;
  error?: Message;
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

/** Null when the JWK can carry `alg`, else why not. `kid` is the key's, or empty when it has none (the select's `other`). */
function keyMismatch(jwk: Record<string, unknown>, alg: string): Message | null {
  const kid = typeof jwk.kid === 'string' ? jwk.kid : '';
  const named = kid === '' ? 'no' : 'yes';
  if (typeof jwk.alg === 'string' && jwk.alg !== alg)
    return /*i18n*/ { id: 'jwt.verify.algMismatch', message: 'alg mismatch: the token is signed with {alg} but {named, select, yes {key “{kid}”} other {the key}} is for {keyAlg}.', values: { alg, named, kid, keyAlg: jwk.alg }, verbatim: ['alg', 'kid', 'keyAlg'] };
  if (jwk.use !== undefined && jwk.use !== 'sig')
    return /*i18n*/ { id: 'jwt.verify.use', message: '{named, select, yes {Key “{kid}”} other {The key}} has use “{use}”, not “sig”.', values: { named, kid, use: String(jwk.use) }, verbatim: ['kid', 'use'] };
  if (alg.startsWith('ES')) {
    if (jwk.kty !== 'EC') return /*i18n*/ { id: 'jwt.verify.needsEc', message: 'alg mismatch: {alg} needs an EC key but {named, select, yes {key “{kid}”} other {the key}} is kty {kty}.', values: { alg, named, kid, kty: String(jwk.kty) }, verbatim: ['alg', 'kid', 'kty'] };
    if (jwk.crv !== CURVE_FOR[alg])
      return /*i18n*/ { id: 'jwt.verify.curve', message: 'alg mismatch: {alg} needs curve {curve} but {named, select, yes {key “{kid}”} other {the key}} is on {crv}.', values: { alg, curve: CURVE_FOR[alg] ?? '', named, kid, crv: String(jwk.crv) }, verbatim: ['alg', 'curve', 'kid', 'crv'] };
  } else if (jwk.kty !== 'RSA') return /*i18n*/ { id: 'jwt.verify.needsRsa', message: 'alg mismatch: {alg} needs an RSA key but {named, select, yes {key “{kid}”} other {the key}} is kty {kty}.', values: { alg, named, kid, kty: String(jwk.kty) }, verbatim: ['alg', 'kid', 'kty'] };
  return null;
}

const SIGNATURE_MISMATCH: Message = /*i18n*/ { id: 'jwt.verify.signatureMismatch', message: 'Signature does not match: the token was altered, or it was signed by another key.' };

function publicPart(jwk: Record<string, unknown>): object {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, oth: _oth, ...pub } = jwk;
  return pub;
}

function readJwks(input: object | string): { keys: Record<string, unknown>[] } | Message {
  let value: unknown = input;
  if (typeof input === 'string') {
    if (jsonNestingProblem(input)) return /*i18n*/ { id: 'jwt.verify.jwksTooDeep', message: 'The JWKS is nested too deeply (more than {max} levels).', values: { max: MAX_NESTING_DEPTH } };
    try {
      value = JSON.parse(input);
    } catch (e) {
      return /*i18n*/ { id: 'jwt.verify.jwksNotJson', message: 'The JWKS is not valid JSON: {problem}.', values: { problem: message(e) }, verbatim: ['problem'] };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return /*i18n*/ { id: 'jwt.verify.jwksNotObject', message: 'A JWKS must be a JSON object with a “keys” list.' };
  const obj = value as Record<string, unknown>;
  if (typeof obj.kty === 'string') return { keys: [obj] };
  if (!Array.isArray(obj.keys)) return /*i18n*/ { id: 'jwt.verify.jwksNoKeysList', message: 'A JWKS must be a JSON object with a “keys” list (this has no “keys”).' };
  const keys = obj.keys.filter((k): k is Record<string, unknown> => typeof k === 'object' && k !== null && !Array.isArray(k));
  if (keys.length === 0) return /*i18n*/ { id: 'jwt.verify.jwksEmpty', message: 'The JWKS has no keys.' };
  return { keys };
}

async function verifyWithPem(token: string, pem: string, alg: string, kid: string | undefined): Promise<VerifyResult> {
  const base: VerifyResult = { ok: false, alg, reason: 'key-source', ...(kid !== undefined ? { kid } : {}) };
  if (/-----BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.test(pem)) return { ...base, error: /*i18n*/ { id: 'jwt.verify.pemPrivate', message: 'This PEM is a private key. Paste the public key or the certificate instead (and keep the private key secret).' } };
  if (/-----BEGIN RSA PUBLIC KEY-----/.test(pem)) return { ...base, error: /*i18n*/ { id: 'jwt.verify.pemPkcs1', message: 'This is a PKCS#1 “RSA PUBLIC KEY”; paste an SPKI “PUBLIC KEY” or a certificate instead.' } };
  let key: CryptoKey;
  try {
    if (/-----BEGIN CERTIFICATE-----/.test(pem)) key = await importX509(pem.trim(), alg, { extractable: true });
    else if (/-----BEGIN PUBLIC KEY-----/.test(pem)) key = await importSPKI(pem.trim(), alg, { extractable: true });
    else return { ...base, error: /*i18n*/ { id: 'jwt.verify.pemUnknown', message: 'The PEM has neither “BEGIN CERTIFICATE” nor “BEGIN PUBLIC KEY”.' } };
  } catch (e) {
    return { ...base, reason: 'key-mismatch', error: /*i18n*/ { id: 'jwt.verify.pemUnusable', message: 'The PEM key cannot be used with {alg} (wrong key type or curve, or a damaged PEM): {problem}', values: { alg, problem: message(e) }, verbatim: ['alg', 'problem'] } };
  }
  const matchedKey = await exportJWK(key).catch(() => undefined);
  try {
    await compactVerify(token, key, { algorithms: [alg] });
    const { reason: _r, ...rest } = base;
    return { ...rest, ok: true, ...(matchedKey ? { matchedKey } : {}) };
  } catch {
    return { ...base, ...(matchedKey ? { matchedKey } : {}), reason: 'signature', error: SIGNATURE_MISMATCH };
  }
}

export async function verifyJwtSignature(token: string, keySource: KeySource): Promise<VerifyResult> {
  const decoded = decodeJwt(token);
  if (!decoded.ok) return { ok: false, reason: 'malformed', error: /*i18n*/ { id: 'jwt.verify.malformed', message: 'The token cannot be decoded: {problem}', values: { problem: decoded.error }, verbatim: ['problem'] } };
  const { header, raw } = decoded.value;
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const alg = typeof header.alg === 'string' ? header.alg : undefined;
  const base: VerifyResult = { ok: false, ...(kid !== undefined ? { kid } : {}), ...(alg !== undefined ? { alg } : {}) };
  const algFail: VerifyResult = { ...base, reason: 'algorithm' };
  if (alg === undefined) return { ...algFail, error: /*i18n*/ { id: 'jwt.verify.noAlg', message: 'The header has no alg.' } };
  if (alg === 'none') return { ...algFail, error: /*i18n*/ { id: 'jwt.verify.algNone', message: 'alg is “none”: the token is unsigned, there is nothing to verify.' } };
  if (/^HS/.test(alg)) return { ...algFail, error: /*i18n*/ { id: 'jwt.verify.hmac', message: '{alg} is an HMAC (shared-secret) algorithm: it cannot be verified with a public key, and STS never accepts it.', values: { alg }, verbatim: ['alg'] } };
  if (!VERIFIABLE.test(alg)) return { ...algFail, error: /*i18n*/ { id: 'jwt.verify.algUnsupported', message: 'Algorithm {alg} is not supported here (RS*, PS* and ES* are).', values: { alg }, verbatim: ['alg'] } };

  if (keySource.pem !== undefined && keySource.pem.trim() !== '') return verifyWithPem(raw, keySource.pem, alg, kid);
  if (keySource.jwks === undefined) return { ...base, reason: 'key-source', error: /*i18n*/ { id: 'jwt.verify.noKeys', message: 'Give a JWKS or a PEM key to verify against.' } };
  const jwks = readJwks(keySource.jwks);
  if (!('keys' in jwks)) return { ...base, reason: 'key-source', error: jwks };

  const kids = jwks.keys.map((k) => (typeof k.kid === 'string' ? k.kid : '(no kid)'));
  const candidates = kid !== undefined ? jwks.keys.filter((k) => k.kid === kid) : jwks.keys;
  if (candidates.length === 0) {
    return {
      ...base,
      reason: 'kid-not-found',
      error: /*i18n*/ { id: 'jwt.verify.kidNotFound', message: 'No key with kid "{kid}" in the JWKS (it has: {kids}). The IdP may have rotated its keys, or this JWKS belongs to another issuer.', values: { kid: kid ?? '', kids: kids.join(', ') }, verbatim: ['kid', 'kids'] },
    };
  }
  let lastError: Message = SIGNATURE_MISMATCH;
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
      lastError =
        typeof jwk.kid === 'string'
          ? /*i18n*/ { id: 'jwt.verify.importKid', message: 'The key “{kid}” cannot be imported: {problem}', values: { kid: jwk.kid, problem: message(e) }, verbatim: ['kid', 'problem'] }
          : /*i18n*/ { id: 'jwt.verify.import', message: 'The key cannot be imported: {problem}', values: { problem: message(e) }, verbatim: ['problem'] };
      lastReason = 'key-mismatch';
      continue;
    }
    try {
      await compactVerify(raw, key, { algorithms: [alg] });
      const okKid = kid ?? (typeof jwk.kid === 'string' ? jwk.kid : undefined);
      return { ok: true, alg, ...(okKid !== undefined ? { kid: okKid } : {}), matchedKey: lastKey };
    } catch {
      lastError = SIGNATURE_MISMATCH;
      lastReason = 'signature';
    }
  }
  return { ...base, ...(lastKey ? { matchedKey: lastKey } : {}), reason: lastReason, error: lastError };
}

export { discoverJwks, type DiscoveryResult, type FetchFn, type FetchResponseLike } from './discover';
