/**
 * The sandbox's built-in OIDC IdP: mints ID tokens for providers with `builtInIdp: true` (the issuer
 * is the provider's url), optionally broken on purpose, and describes itself for discovery.
 */
import { fromBase64Url, toBase64Url } from '../../kernel/encoding';
import { SOURCE_IDENTITY_CLAIM, TAGS_CLAIM } from '../../inspect/jwt/aws-claims';
import type { SandboxRuntime } from '../core/runtime';
import { signJwt, type OidcKeyMaterial, type OidcSigningAlg } from './oidc-keys';
import { trimTrailing } from '../../kernel/trim-trailing';

export { amazonTokenInfo, mintAmazonAccessToken, openAmazonAccessToken, type AmazonAccessTokenFacts, type AmazonTokenInfo } from './oidc-amazon';

export interface IdTokenFaults {
  /** exp one minute in the past. */
  expired?: boolean;
  /** aud (and azp) set to a client ID no provider registers. */
  wrongAudience?: boolean;
  /** iss set to an issuer no provider has. */
  wrongIssuer?: boolean;
  /** A signature byte flipped after signing. */
  badSignature?: boolean;
  /** exp with a fractional part. */
  nonIntegerExp?: boolean;
  /** A kid the JWKS does not have. */
  unknownKid?: boolean;
}

export interface MintIdTokenOptions {
  issuer: string;
  sub: string;
  aud: string | string[];
  azp?: string;
  /** Extra claims; they override the standard ones (faults are applied after them). */
  claims?: Record<string, unknown>;
  /** Default 3600. */
  lifetimeSeconds?: number;
  principalTags?: Record<string, string>;
  transitiveTagKeys?: string[];
  sourceIdentity?: string;
  /** Default RS256. */
  algorithm?: OidcSigningAlg;
  faults?: IdTokenFaults;
}

export const WRONG_AUDIENCE = 'not-a-registered-client';
export const WRONG_ISSUER = 'https://wrong-issuer.idp.local';

function flipSignature(token: string): string {
  const dot = token.lastIndexOf('.');
  const sig = fromBase64Url(token.slice(dot + 1));
  if (!sig || sig.length === 0) return token;
  sig[0] = (sig[0] ?? 0) ^ 0x01;
  return `${token.slice(0, dot)}.${toBase64Url(sig)}`;
}

/** An ID token issued at `nowMs` (sandbox time), its jti drawn from `randomBytes` (the sandbox runtime's). */
export async function mintIdToken(keys: OidcKeyMaterial, opts: MintIdTokenOptions, nowMs: number, randomBytes: SandboxRuntime['randomBytes']): Promise<string> {
  const faults = opts.faults ?? {};
  const lifetime = opts.lifetimeSeconds ?? 3600;
  const now = Math.floor(nowMs / 1000);
  const payload: Record<string, unknown> = {
    iss: opts.issuer,
    sub: opts.sub,
    aud: opts.aud,
    ...(opts.azp !== undefined ? { azp: opts.azp } : {}),
    iat: now,
    auth_time: now,
    exp: now + lifetime,
    jti: toBase64Url(randomBytes(12)),
  };
  if (opts.principalTags && Object.keys(opts.principalTags).length > 0) {
    const principal_tags: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(opts.principalTags)) principal_tags[k] = [v];
    payload[TAGS_CLAIM] = { principal_tags, transitive_tag_keys: opts.transitiveTagKeys ?? [] };
  }
  if (opts.sourceIdentity !== undefined) payload[SOURCE_IDENTITY_CLAIM] = opts.sourceIdentity;
  Object.assign(payload, opts.claims ?? {});

  if (faults.expired) {
    payload.exp = now - 60;
    payload.iat = now - 60 - lifetime;
    payload.auth_time = payload.iat;
  }
  if (faults.wrongAudience) {
    payload.aud = WRONG_AUDIENCE;
    if (payload.azp !== undefined) payload.azp = WRONG_AUDIENCE;
  }
  if (faults.wrongIssuer) payload.iss = WRONG_ISSUER;
  if (faults.nonIntegerExp && typeof payload.exp === 'number') payload.exp = payload.exp + 0.5;

  const token = await signJwt(keys, opts.algorithm ?? 'RS256', payload, faults.unknownKid ? { kid: 'unknown-key-id' } : {});
  return faults.badSignature ? flipSignature(token) : token;
}

/** The OpenID Provider metadata the built-in IdP serves at `<issuer>/.well-known/openid-configuration`. */
export function discoveryDocument(issuer: string, jwksUri: string): Record<string, unknown> {
  return {
    issuer,
    jwks_uri: jwksUri,
    authorization_endpoint: `${trimTrailing(issuer, '/')}/authorize`,
    response_types_supported: ['id_token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256', 'ES384'],
    scopes_supported: ['openid'],
    claims_supported: ['iss', 'sub', 'aud', 'azp', 'exp', 'iat', 'auth_time', 'amr', TAGS_CLAIM, SOURCE_IDENTITY_CLAIM],
  };
}
