/**
 * Finding the provider's signing key and checking the signature, as STS does after the claim checks.
 * Keys come from the built-in IdP, from the world file (jwks), or from a jwksUri on loopback only:
 * the sandbox never reaches out to the internet.
 */
import { KEY_RETRIEVAL_MESSAGE, type FindingError, type ProviderKeys } from '../../inspect/jwt/oidc-rules';
import type { OidcProviderFile } from '../world/types';

export { KEY_RETRIEVAL_MESSAGE, SIGNATURE_INVALID_MESSAGE } from '../../inspect/jwt/oidc-rules';

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


/** The provider's JWKS as STS would obtain it, or the error STS would answer when it cannot. */
export async function providerKeys(provider: OidcProviderFile, builtInJwks: object, fetchJson?: (url: string) => Promise<unknown>): Promise<ProviderKeys> {
  const error = (code: FindingError['code'], message: string): ProviderKeys => ({ kind: 'error', error: { code, message } });
  if (provider.builtInIdp) return { kind: 'jwks', jwks: builtInJwks, source: /*i18n*/ { id: 'keySource.builtIn', message: 'the JWKS of the sandbox’s built-in IdP' } };
  if (provider.jwks) return { kind: 'jwks', jwks: provider.jwks, source: /*i18n*/ { id: 'keySource.world', message: 'the sandbox’s provider keys for {url}', values: { url: provider.url }, verbatim: ['url'] } };
  if (provider.jwksUri) {
    if (!isLoopbackUrl(provider.jwksUri)) {
      return error('IDPCommunicationError', `The sandbox does not reach the internet: it fetches jwksUri only from loopback addresses, and ${provider.jwksUri} is not one. Put the provider's JWKS in the world file (jwks) instead.`);
    }
    if (!fetchJson) return error('IDPCommunicationError', `Couldn't connect to ${provider.jwksUri}: this sandbox cannot fetch URLs.`);
    let value: unknown;
    try {
      value = await fetchJson(provider.jwksUri);
    } catch (e) {
      return error('IDPCommunicationError', `Couldn't connect to ${provider.jwksUri}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (typeof value !== 'object' || value === null) return error('InvalidIdentityToken', KEY_RETRIEVAL_MESSAGE);
    return { kind: 'jwks', jwks: value, source: provider.jwksUri };
  }
  return error('InvalidIdentityToken', KEY_RETRIEVAL_MESSAGE);
}
