/**
 * Finding the provider's signing key and checking the signature, as STS does after the claim checks.
 * Keys come from the built-in IdP, from the world file (jwks), or from a jwksUri on loopback only:
 * the sandbox never reaches out to the internet.
 */
import type { DecodedJwt } from '../../inspect/jwt/types';
import { STS_ALGORITHMS } from '../../inspect/jwt/aws-claims';
import { verifyJwtSignature } from '../../inspect/jwt/verify';
import { stsError } from '../core/errors';
import type { OidcProviderFile } from '../world/types';

/**
 * AWS's text when no key can be found or fetched. The two spaces after the comma are in real
 * responses (aws-sdk-rust#827, aws-sdk-php#1725 transcripts).
 */
export const KEY_RETRIEVAL_MESSAGE =
  "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements";
export const SIGNATURE_INVALID_MESSAGE = 'The web identity token signature is invalid: it does not verify with the identity provider\'s key.';

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

function isLoopbackUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  const host = u.hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

async function providerJwks(provider: OidcProviderFile, builtInJwks: object, fetchJson?: (url: string) => Promise<unknown>): Promise<object> {
  if (provider.builtInIdp) return builtInJwks;
  if (provider.jwks) return provider.jwks;
  if (provider.jwksUri) {
    if (!isLoopbackUrl(provider.jwksUri)) {
      throw stsError('IDPCommunicationError', `The sandbox does not reach the internet: it fetches jwksUri only from loopback addresses, and ${provider.jwksUri} is not one. Put the provider's JWKS in the world file (jwks) instead.`);
    }
    if (!fetchJson) throw stsError('IDPCommunicationError', `Couldn't connect to ${provider.jwksUri}: this sandbox cannot fetch URLs.`);
    let value: unknown;
    try {
      value = await fetchJson(provider.jwksUri);
    } catch (e) {
      throw stsError('IDPCommunicationError', `Couldn't connect to ${provider.jwksUri}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (typeof value !== 'object' || value === null) throw stsError('InvalidIdentityToken', KEY_RETRIEVAL_MESSAGE);
    return value;
  }
  throw stsError('InvalidIdentityToken', KEY_RETRIEVAL_MESSAGE);
}

/** Resolves when the token's signature verifies with the provider's key; throws the StsError STS would. */
export async function verifyTokenSignature(
  decoded: DecodedJwt,
  provider: OidcProviderFile,
  builtInJwks: object,
  fetchJson?: (url: string) => Promise<unknown>,
): Promise<void> {
  const alg = decoded.header.alg;
  if (!(STS_ALGORITHMS as readonly unknown[]).includes(alg)) {
    throw stsError('InvalidIdentityToken', `The token's signing algorithm ${JSON.stringify(alg)} is not supported; use RS256, RS384, RS512, ES256, ES384 or ES512.`);
  }
  const jwks = await providerJwks(provider, builtInJwks, fetchJson);
  const result = await verifyJwtSignature(decoded.raw, { jwks });
  if (result.ok) return;
  throw stsError('InvalidIdentityToken', result.reason === 'signature' ? SIGNATURE_INVALID_MESSAGE : KEY_RETRIEVAL_MESSAGE);
}
