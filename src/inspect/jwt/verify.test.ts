import { describe, it, expect, beforeAll } from 'vitest';
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, SignJWT, type JWK } from 'jose';
import { inEnglish } from '../../i18n/test-support/translate';
import { discoverJwks, verifyJwtSignature as verifyMessages, type FetchFn, type KeySource } from './verify';

/** The result with its error as the English UI shows it. */
async function verifyJwtSignature(token: string, keys: KeySource) {
  const r = await verifyMessages(token, keys);
  return { ...r, error: r.error ? inEnglish(r.error) : undefined };
}

const ISS = 'https://idp.example.com';
let rsa: { jwk: JWK; spki: string; pkcs8: string; token: string };
let ec: { jwk: JWK; token: string };

async function keyWithToken(alg: 'RS256' | 'ES384', kid: string) {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  const token = await new SignJWT({ sub: 'repo:octo/app:ref:refs/heads/main', aud: 'sts.amazonaws.com' })
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setIssuer(ISS)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
  return { jwk, token, spki: await exportSPKI(publicKey), pkcs8: await exportPKCS8(privateKey) };
}

beforeAll(async () => {
  rsa = await keyWithToken('RS256', 'rsa-1');
  ec = await keyWithToken('ES384', 'ec-1');
});

function tamperPayload(token: string): string {
  const [h, p, s] = token.split('.');
  const claims = JSON.parse(atob((p ?? '').replace(/-/g, '+').replace(/_/g, '/')));
  claims.sub = 'repo:attacker/app:ref:refs/heads/main';
  const p2 = btoa(JSON.stringify(claims)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${h}.${p2}.${s}`;
}

describe('verifyJwtSignature', () => {
  it('verifies RS256 and ES384 tokens against a JWKS object or JSON text, by kid', async () => {
    const jwks = { keys: [rsa.jwk, ec.jwk] };
    expect(await verifyJwtSignature(rsa.token, { jwks })).toMatchObject({ ok: true, kid: 'rsa-1', alg: 'RS256', matchedKey: { kid: 'rsa-1', kty: 'RSA' } });
    expect(await verifyJwtSignature(ec.token, { jwks: JSON.stringify(jwks) })).toMatchObject({ ok: true, kid: 'ec-1', alg: 'ES384' });
  });

  it('fails a tampered token with a signature error', async () => {
    const r = await verifyJwtSignature(tamperPayload(rsa.token), { jwks: { keys: [rsa.jwk] } });
    expect(r).toMatchObject({ ok: false, reason: 'signature', kid: 'rsa-1' });
    expect(r.error).toContain('Signature does not match');
  });

  it('says when the kid is not in the JWKS, and lists the kids it has', async () => {
    const r = await verifyJwtSignature(rsa.token, { jwks: { keys: [ec.jwk] } });
    expect(r).toMatchObject({ ok: false, reason: 'kid-not-found' });
    expect(r.error).toContain('No key with kid "rsa-1"');
    expect(r.error).toContain('ec-1');
  });

  it('reports an alg mismatch between token and key', async () => {
    const wrong = { ...ec.jwk, kid: 'rsa-1' };
    const r = await verifyJwtSignature(rsa.token, { jwks: { keys: [wrong] } });
    expect(r.reason).toBe('key-mismatch');
    expect(r.error).toContain('alg mismatch');
  });

  it('explains bad JWKS input', async () => {
    expect((await verifyJwtSignature(rsa.token, { jwks: '{"keys": [' })).error).toMatch(/^The JWKS is not valid JSON/);
    expect((await verifyJwtSignature(rsa.token, { jwks: { nope: 1 } })).error).toContain('“keys” list');
    expect((await verifyJwtSignature(rsa.token, {})).error).toContain('Give a JWKS or a PEM');
    expect((await verifyJwtSignature('not.a.jwt', { jwks: { keys: [rsa.jwk] } })).reason).toBe('malformed');
  });

  it('verifies with an SPKI PEM and refuses a private key PEM', async () => {
    expect(await verifyJwtSignature(rsa.token, { pem: rsa.spki })).toMatchObject({ ok: true, alg: 'RS256', matchedKey: { kty: 'RSA' } });
    expect((await verifyJwtSignature(tamperPayload(rsa.token), { pem: rsa.spki })).reason).toBe('signature');
    expect((await verifyJwtSignature(rsa.token, { pem: rsa.pkcs8 })).error).toContain('private key');
  });

  it('refuses unsigned and HMAC tokens', async () => {
    const [, p] = rsa.token.split('.');
    const none = `${btoa('{"alg":"none"}').replace(/=+$/, '')}.${p}.`;
    expect((await verifyJwtSignature(none, { jwks: { keys: [rsa.jwk] } })).error).toContain('unsigned');
    const hs = `${btoa('{"alg":"HS256"}').replace(/=+$/, '')}.${p}.c2ln`;
    expect((await verifyJwtSignature(hs, { jwks: { keys: [rsa.jwk] } })).error).toContain('HMAC');
  });
});

function fakeFetch(routes: Record<string, unknown>): FetchFn {
  return async (url) => {
    if (!(url in routes)) return { ok: false, status: 404, statusText: 'Not Found', json: async () => ({}) };
    const body = routes[url];
    if (body instanceof Error) throw body;
    return { ok: true, status: 200, json: async () => body };
  };
}

describe('discoverJwks', () => {
  it('follows the discovery document to jwks_uri', async () => {
    const r = await discoverJwks(`${ISS}/`, fakeFetch({ [`${ISS}/.well-known/openid-configuration`]: { issuer: ISS, jwks_uri: `${ISS}/keys` }, [`${ISS}/keys`]: { keys: [rsa.jwk] } }));
    expect(r).toMatchObject({ ok: true, jwksUri: `${ISS}/keys`, jwks: { keys: [rsa.jwk] } });
    if (r.ok) expect(inEnglish(r.warnings[0] ?? '')).toContain('discovery document says issuer');
  });

  it('explains a network or CORS failure, a 404 and a missing jwks_uri', async () => {
    const cors = await discoverJwks(ISS, fakeFetch({ [`${ISS}/.well-known/openid-configuration`]: new TypeError('Failed to fetch') }));
    expect(cors).toMatchObject({ ok: false, step: 'configuration' });
    if (!cors.ok) expect(inEnglish(cors.error)).toContain('CORS');
    const missing = await discoverJwks(ISS, fakeFetch({}));
    if (!missing.ok) expect(inEnglish(missing.error)).toContain('HTTP 404 Not Found');
    const noUri = await discoverJwks(ISS, fakeFetch({ [`${ISS}/.well-known/openid-configuration`]: { issuer: ISS } }));
    if (!noUri.ok) expect(inEnglish(noUri.error)).toContain('no jwks_uri');
    const badJwks = await discoverJwks(ISS, fakeFetch({ [`${ISS}/.well-known/openid-configuration`]: { issuer: ISS, jwks_uri: `${ISS}/k` }, [`${ISS}/k`]: [1] }));
    expect(badJwks).toMatchObject({ ok: false, step: 'jwks' });
    expect(await discoverJwks('ftp://x', fakeFetch({}))).toMatchObject({ ok: false, step: 'issuer' });
  });
});
