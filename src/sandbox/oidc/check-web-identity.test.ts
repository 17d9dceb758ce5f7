import { describe, it, expect, beforeAll } from 'vitest';
import { isStsError, type StsError } from '../core/errors';
import { mintAmazonAccessToken, mintIdToken, type MintIdTokenOptions } from '../idp/oidc-idp';
import { generateOidcKeyMaterial, publicJwks, signJwt, type OidcKeyMaterial } from '../idp/oidc-keys';
import { testIdp, type TestIdp } from '../../inspect/jwt/test-support/sign-jwt';
import type { OidcProviderFile } from '../world/types';
import { checkWebIdentityToken, KEY_RETRIEVAL_MESSAGE, SIGNATURE_INVALID_MESSAGE, type WebIdentityInput } from './check-web-identity';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

const ACCT = '123456789012';
const NOW = Date.UTC(2025, 2, 3, 9, 0, 0);
const nowS = NOW / 1000;
const SANDBOX = 'https://sandbox.idp.local';
const GH = 'https://token.actions.githubusercontent.com';
const EKS = 'https://oidc.eks.us-west-2.amazonaws.com/id/D43CF17C8D5B2B0F4B2A';
const COGNITO = 'https://cognito-identity.amazonaws.com';
const GOOGLE = 'https://accounts.google.com';
const EKS_JWKS_URL = 'http://127.0.0.1:45678/eks/keys';

let builtIn: OidcKeyMaterial;
let external: TestIdp;
let sealKey: CryptoKey;
let providers: OidcProviderFile[];

beforeAll(async () => {
  [builtIn, external] = await Promise.all([generateOidcKeyMaterial(), testIdp('external', ['RS256', 'ES384'])]);
  sealKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const jwks = external.jwks;
  providers = [
    { url: SANDBOX, clientIds: ['workbench-client'], builtInIdp: true },
    { url: GH, clientIds: ['sts.amazonaws.com'], jwks },
    { url: EKS, clientIds: ['sts.amazonaws.com'], jwksUri: EKS_JWKS_URL },
    { url: COGNITO, jwks },
    { url: GOOGLE, clientIds: ['web.apps.googleusercontent.com'], jwks },
    { url: 'https://remote.example.com', clientIds: ['c'], jwksUri: 'https://remote.example.com/keys' },
    { url: 'https://nokeys.example.com', clientIds: ['c'] },
  ];
});

function input(token: string, extra: Partial<WebIdentityInput> = {}): WebIdentityInput {
  return {
    token,
    roleAccountId: ACCT,
    providers,
    builtInJwks: publicJwks(builtIn),
    amazonSealKey: sealKey,
    nowMs: NOW,
    fetchJson: async (url) => {
      if (url === EKS_JWKS_URL) return external.jwks;
      throw new Error('connect ECONNREFUSED');
    },
    ...extra,
  };
}

const sandboxToken = (o: Partial<MintIdTokenOptions> = {}) => mintIdToken(builtIn, { issuer: SANDBOX, sub: 'alice', aud: 'workbench-client', ...o }, NOW, randomBytes);
const externalToken = (payload: Record<string, unknown>, alg: 'RS256' | 'ES384' = 'RS256') => external.sign(payload, { alg });

async function rejection(p: Promise<unknown>): Promise<StsError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!isStsError(e)) throw new Error(`expected an StsError, got ${String(e)}`);
  return e;
}

describe('checkWebIdentityToken: accepted tokens', () => {
  it('accepts a token from the built-in IdP and returns the facts', async () => {
    const token = await sandboxToken({ principalTags: { team: 'blue', env: 'dev' }, transitiveTagKeys: ['team'], sourceIdentity: 'alice', claims: { amr: ['pwd'] } });
    expect(await checkWebIdentityToken(input(token))).toEqual({
      issuer: SANDBOX,
      providerArn: `arn:aws:iam::${ACCT}:oidc-provider/sandbox.idp.local`,
      providerKeyPrefix: 'sandbox.idp.local',
      subject: 'alice',
      audience: 'workbench-client',
      principalTags: { team: 'blue', env: 'dev' },
      transitiveTagKeys: ['team'],
      sourceIdentity: 'alice',
      conditionKeys: { 'sandbox.idp.local:aud': ['workbench-client'], 'sandbox.idp.local:sub': ['alice'], 'sandbox.idp.local:amr': ['pwd'] },
      federatedPrincipal: `arn:aws:iam::${ACCT}:oidc-provider/sandbox.idp.local`,
    });
  });

  it('accepts a GitHub Actions-shaped token verified with the provider\'s inline JWKS', async () => {
    const token = await externalToken({ iss: GH, aud: 'sts.amazonaws.com', sub: 'repo:octo/app:ref:refs/heads/main', repository: 'octo/app', iat: nowS - 10, nbf: nowS - 10, exp: nowS + 300 });
    const facts = await checkWebIdentityToken(input(token));
    expect(facts.providerArn).toBe(`arn:aws:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com`);
    expect(facts.conditionKeys).toEqual({
      'token.actions.githubusercontent.com:aud': ['sts.amazonaws.com'],
      'token.actions.githubusercontent.com:sub': ['repo:octo/app:ref:refs/heads/main'],
    });
  });

  it('accepts an EKS IRSA-shaped ES384 token, fetching the JWKS from a loopback jwksUri', async () => {
    const token = await externalToken({ iss: EKS, aud: ['sts.amazonaws.com'], sub: 'system:serviceaccount:default:app', exp: nowS + 86400, iat: nowS, 'kubernetes.io': { namespace: 'default' } }, 'ES384');
    const facts = await checkWebIdentityToken(input(token));
    expect(facts).toMatchObject({ subject: 'system:serviceaccount:default:app', audience: 'sts.amazonaws.com', providerKeyPrefix: 'oidc.eks.us-west-2.amazonaws.com/id/D43CF17C8D5B2B0F4B2A' });
  });

  it('treats Cognito and Google as built-in names, with amr and oaud keys', async () => {
    const cognito = await externalToken({ iss: COGNITO, aud: 'us-east-1:11111111-2222-3333-4444-555555555555', sub: 'us-east-1:abcd', amr: ['authenticated', 'accounts.google.com'], exp: nowS + 600 });
    const cf = await checkWebIdentityToken(input(cognito));
    expect(cf).toMatchObject({ providerArn: 'cognito-identity.amazonaws.com', federatedPrincipal: 'cognito-identity.amazonaws.com' });
    expect(cf.conditionKeys['cognito-identity.amazonaws.com:amr']).toEqual(['authenticated', 'accounts.google.com']);
    const google = await externalToken({ iss: GOOGLE, aud: 'orig.apps.googleusercontent.com', azp: 'web.apps.googleusercontent.com', sub: '1234567890', exp: nowS + 600 });
    const gf = await checkWebIdentityToken(input(google));
    expect(gf).toMatchObject({ providerArn: 'accounts.google.com', audience: 'web.apps.googleusercontent.com' });
    expect(gf.conditionKeys['accounts.google.com:oaud']).toEqual(['orig.apps.googleusercontent.com']);
  });

  it('uses azp as the client ID when aud is a list', async () => {
    const token = await sandboxToken({ aud: ['other', 'workbench-client'], azp: 'workbench-client' });
    expect((await checkWebIdentityToken(input(token))).audience).toBe('workbench-client');
  });

  it('accepts a Login with Amazon token with ProviderId www.amazon.com', async () => {
    const token = await mintAmazonAccessToken(sealKey, { userId: 'amzn1.account.AF6RHO7KZU5XRVQJGXK6HB56KR2A', appId: 'client.5498841531868486423.1548@apps.example.com', lifetimeSeconds: 3600 }, NOW, randomBytes);
    expect(await checkWebIdentityToken(input(token, { providerId: 'www.amazon.com' }))).toEqual({
      issuer: 'www.amazon.com',
      providerArn: 'www.amazon.com',
      providerKeyPrefix: 'www.amazon.com',
      subject: 'amzn1.account.AF6RHO7KZU5XRVQJGXK6HB56KR2A',
      audience: 'client.5498841531868486423.1548@apps.example.com',
      principalTags: {},
      transitiveTagKeys: [],
      conditionKeys: { 'www.amazon.com:app_id': ['client.5498841531868486423.1548@apps.example.com'], 'www.amazon.com:user_id': ['amzn1.account.AF6RHO7KZU5XRVQJGXK6HB56KR2A'] },
      federatedPrincipal: 'www.amazon.com',
    });
  });
});

describe('checkWebIdentityToken: every rejection', () => {
  const cases: [string, () => Promise<WebIdentityInput>, string, string | RegExp][] = [
    ['malformed token', async () => input('abc.def'), 'InvalidIdentityToken', /not a valid JWT: A JWT has three parts/],
    // The decoder's sentence with a select (the kind of JSON found), read from its ICU source as npm start runs it.
    ['a payload that is not an object', async () => input(`${btoa('{"alg":"RS256"}').replace(/=+$/, '')}.${btoa('[1,2]').replace(/=+$/, '')}.c2ln`), 'InvalidIdentityToken', 'The web identity token is not a valid JWT: Part 2 (payload) is an array; a JWT payload must be a JSON object. (You may see this error if you sent an OAuth access token; AssumeRoleWithWebIdentity needs the OpenID Connect ID token.)'],
    ['opaque token without ProviderId', async () => input('Atza|IwEBIJkRxA'), 'InvalidIdentityToken', /ProviderId www\.amazon\.com/],
    ['missing iss', async () => input(await externalToken({ aud: 'c', sub: 's', exp: nowS + 60 })), 'InvalidIdentityToken', 'Missing a required claim: iss'],
    ['http issuer', async () => input(await externalToken({ iss: 'http://sandbox.idp.local', aud: 'c', sub: 's', exp: nowS + 60 })), 'InvalidIdentityToken', /must be an https:\/\/ URL/],
    ['no provider for the issuer', async () => input(await sandboxToken({ faults: { wrongIssuer: true } })), 'InvalidIdentityToken', 'No OpenIDConnect provider found in your account for https://wrong-issuer.idp.local'],
    ['provider differs by a trailing slash', async () => input(await externalToken({ iss: `${GH}/`, aud: 'sts.amazonaws.com', sub: 's', exp: nowS + 60 })), 'InvalidIdentityToken', `No OpenIDConnect provider found in your account for ${GH}/`],
    ['provider only in another account', async () => ({ ...input(await sandboxToken()), providers: [] }), 'InvalidIdentityToken', `No OpenIDConnect provider found in your account for ${SANDBOX}`],
    ['missing aud', async () => input(await externalToken({ iss: GH, sub: 's', exp: nowS + 60 })), 'InvalidIdentityToken', 'Missing a required claim: aud'],
    ['wrong aud', async () => input(await sandboxToken({ faults: { wrongAudience: true } })), 'InvalidIdentityToken', 'Incorrect token audience'],
    ['aud list without azp', async () => input(await sandboxToken({ aud: ['workbench-client', 'x'] })), 'InvalidIdentityToken', 'Incorrect token audience'],
    ['aud list with a foreign azp', async () => input(await sandboxToken({ aud: ['workbench-client'], azp: 'x' })), 'InvalidIdentityToken', 'Incorrect token audience'],
    ['missing sub', async () => input(await externalToken({ iss: GH, aud: 'sts.amazonaws.com', exp: nowS + 60 })), 'InvalidIdentityToken', 'Missing a required claim: sub'],
    ['missing exp', async () => input(await externalToken({ iss: GH, aud: 'sts.amazonaws.com', sub: 's' })), 'InvalidIdentityToken', 'Missing a required claim: exp'],
    ['non-integer exp', async () => input(await sandboxToken({ faults: { nonIntegerExp: true } })), 'InvalidIdentityToken', /The exp claim must be a whole number/],
    ['string iat', async () => input(await sandboxToken({ claims: { iat: String(nowS) } })), 'InvalidIdentityToken', /The iat claim must be a whole number/],
    ['expired', async () => input(await sandboxToken({ faults: { expired: true } })), 'ExpiredTokenException', `Token expired: current date/time ${nowS} must be before the expiration date/time${nowS - 60}`],
    ['not yet valid', async () => input(await sandboxToken({ claims: { nbf: nowS + 600 } })), 'InvalidIdentityToken', /not yet valid/],
    ['bad signature', async () => input(await sandboxToken({ faults: { badSignature: true } })), 'InvalidIdentityToken', SIGNATURE_INVALID_MESSAGE],
    ['kid not in the JWKS', async () => input(await sandboxToken({ faults: { unknownKid: true } })), 'InvalidIdentityToken', KEY_RETRIEVAL_MESSAGE],
    ['signed by another IdP\'s key', async () => input(await signJwt(builtIn, 'RS256', { iss: GH, aud: 'sts.amazonaws.com', sub: 's', exp: nowS + 60 })), 'InvalidIdentityToken', KEY_RETRIEVAL_MESSAGE],
    ['HS256', async () => input(`${btoa('{"alg":"HS256","typ":"JWT"}').replace(/=+$/, '')}.${(await sandboxToken()).split('.')[1]}.c2ln`), 'InvalidIdentityToken', /signing algorithm "HS256" is not supported/],
    ['provider without keys', async () => input(await externalToken({ iss: 'https://nokeys.example.com', aud: 'c', sub: 's', exp: nowS + 60 })), 'InvalidIdentityToken', KEY_RETRIEVAL_MESSAGE],
    ['jwksUri off loopback', async () => input(await externalToken({ iss: 'https://remote.example.com', aud: 'c', sub: 's', exp: nowS + 60 })), 'IDPCommunicationError', /only from loopback/],
    ['jwksUri unreachable', async () => {
      const base = input(await externalToken({ iss: EKS, aud: 'sts.amazonaws.com', sub: 's', exp: nowS + 60 }));
      return { ...base, fetchJson: async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:45678'); } };
    }, 'IDPCommunicationError', /ECONNREFUSED/],
    ['jwksUri without a fetcher', async () => {
      const { fetchJson: _f, ...rest } = input(await externalToken({ iss: EKS, aud: 'sts.amazonaws.com', sub: 's', exp: nowS + 60 }));
      return rest;
    }, 'IDPCommunicationError', /cannot fetch/],
    ['bad tags claim', async () => input(await sandboxToken({ claims: { 'https://aws.amazon.com/tags': { principal_tags: { team: 'blue' } } } })), 'InvalidIdentityToken', /one-element list/],
    ['bad source identity', async () => input(await sandboxToken({ sourceIdentity: 'has space' })), 'InvalidIdentityToken', /source_identity claim may contain only/],
    ['ProviderId www.amazon.com with a JWT', async () => input(await sandboxToken(), { providerId: 'www.amazon.com' }), 'InvalidIdentityToken', /this token is an OpenID Connect ID token/],
    ['ProviderId with an OIDC token', async () => input(await sandboxToken(), { providerId: 'accounts.google.com' }), 'InvalidIdentityToken', /must not be sent with an OpenID Connect ID token/],
    ['ProviderId graph.facebook.com', async () => input('EAAGm0PX4ZCpsBA', { providerId: 'graph.facebook.com' }), 'IDPCommunicationError', /Facebook access tokens are not emulated/],
    ['unknown ProviderId', async () => input('opaque', { providerId: 'https://www.amazon.com' }), 'InvalidIdentityToken', /host name only/],
    ['forged Amazon token', async () => input('Atza|IwEBIJkRxAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', { providerId: 'www.amazon.com' }), 'IDPRejectedClaim', 'www.amazon.com: www.amazon.com responded with HTTP/1.1 400 Bad Request'],
  ];

  it.each(cases)('%s', async (_name, make, code, message) => {
    const e = await rejection(checkWebIdentityToken(await make()));
    expect(e.code).toBe(code);
    if (typeof message === 'string') expect(e.message).toBe(message);
    else expect(e.message).toMatch(message);
  });

  it('uses AWS\'s exact text for the key-retrieval failure', () => {
    expect(KEY_RETRIEVAL_MESSAGE).toBe("Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements");
  });
});
