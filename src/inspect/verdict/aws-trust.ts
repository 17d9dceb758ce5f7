/**
 * What the verdict verifies against when the target is AWS: what the user pasted (IdP metadata or
 * certificate; a JWKS), or the issuer's discovery document when the browser may fetch it. A fetch
 * the browser refuses (CORS) becomes the reason the verdict cannot tell, never an acceptance.
 */
import type { Message } from '../../kernel/message';
import { discoverJwks, type FetchFn } from '../jwt/discover';
import { readTrustedCertificates } from '../saml/trust-input';
import type { OidcTrust } from './oidc-verdict';
import type { SamlTrust } from './saml-verdict';

/** Pasted IdP metadata or certificate(s) → the SAML keys; null when nothing usable was pasted (see `error`). */
export function samlTrustFromPasted(text: string): { trust: SamlTrust | null; error?: Message } {
  if (text.trim() === '') return { trust: null };
  const read = readTrustedCertificates(text);
  if (!read.ok) return { trust: null, error: read.error };
  return { trust: { entityId: read.value.entityId, certificatesDer: read.value.certificates, source: read.value.label } };
}

export interface AwsOidcTrustOptions {
  /** The IAM OIDC provider's URL and client IDs, when the user entered them. */
  providerUrl?: string;
  clientIds?: string[];
  /** A pasted JWKS (JSON text). */
  jwksText?: string;
  /** The token's iss, to try its discovery document when nothing was pasted. */
  issuer?: string;
  /** The browser's fetch; omitted: no discovery attempt. */
  fetchFn?: FetchFn;
}

export async function awsOidcTrust(o: AwsOidcTrustOptions): Promise<OidcTrust> {
  const url = o.providerUrl?.trim() || o.issuer;
  let jwks: object | null = null;
  let source = '';
  let keysUnavailable: Message | undefined;
  if (o.jwksText && o.jwksText.trim() !== '') {
    try {
      jwks = JSON.parse(o.jwksText) as object;
      source = 'the pasted JWKS';
    } catch {
      keysUnavailable = /*i18n*/ { id: 'oidc.verdict.keys.pastedNotJson', message: 'Not verified: the pasted JWKS is not JSON.' };
    }
  } else if (o.fetchFn && o.issuer) {
    const found = await discoverJwks(o.issuer, o.fetchFn);
    if (found.ok) {
      jwks = found.jwks;
      source = `the issuer's JWKS at ${found.jwksUri}`;
    } else keysUnavailable = found.error;
  } else keysUnavailable = /*i18n*/ { id: 'oidc.verdict.keys.none', message: "Not verified: no key to verify with. Paste the issuer's JWKS, or let the page fetch its discovery document." };
  // Without the provider URL, whether STS has a provider for iss stays unknown; the keys are still checked against iss.
  const provider = url ? [{ url, clientIds: o.clientIds ?? [], jwks, source }] : [];
  return { providers: o.providerUrl?.trim() ? provider : null, keysFor: provider[0] ?? null, ...(keysUnavailable ? { keysUnavailable } : {}) };
}
