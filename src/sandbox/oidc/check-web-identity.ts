/**
 * What AssumeRoleWithWebIdentity enforces about the token itself (reference §2.3, §8), before the
 * trust policy is evaluated: provider lookup in the role's account, audience, expiry, signature,
 * and the AWS claims copied to the session. Every failure is an StsError with AWS's code.
 */
import { decodeJwt } from '../../inspect/jwt/decode';
import { evaluateOidcRules, sandboxOAuthFinding } from '../../inspect/jwt/oidc-rules';
import { amazonWebIdentityFacts, webIdentityFacts, type WebIdentityFacts } from '../../inspect/jwt/web-identity-facts';
import { stsError } from '../core/errors';
import type { OidcProviderFile } from '../world/types';
import { openAmazonAccessToken } from '../idp/oidc-amazon';
import type { SealKey } from '../session/seal';
import { providerKeys } from './verification-key';

export { KEY_RETRIEVAL_MESSAGE, SIGNATURE_INVALID_MESSAGE } from './verification-key';

export interface WebIdentityInput {
  token: string;
  providerId?: string;
  roleAccountId: string;
  /** The OIDC providers of the role's account. */
  providers: OidcProviderFile[];
  /** Public JWKS of the sandbox's built-in IdP (for providers with builtInIdp: true). */
  builtInJwks: object;
  amazonSealKey: SealKey;
  /** Sandbox-clock milliseconds. */
  nowMs: number;
  /** Fetches a provider's jwksUri; only loopback URLs are ever passed to it. */
  fetchJson?: (url: string) => Promise<unknown>;
}

export type { WebIdentityFacts };

const AMAZON = 'www.amazon.com';
const invalid = (message: string) => stsError('InvalidIdentityToken', message);

async function amazonFacts(input: WebIdentityInput): Promise<WebIdentityFacts> {
  return amazonWebIdentityFacts(await openAmazonAccessToken(input.amazonSealKey, input.token, input.nowMs));
}

export async function checkWebIdentityToken(input: WebIdentityInput): Promise<WebIdentityFacts> {
  if (input.providerId !== undefined && input.providerId !== '') {
    // A JWT with a ProviderId is refused by the rulebook; a Login with Amazon token is opened here,
    // any other OAuth token is judged by the rulebook's sandboxOAuthFinding.
    const isJwt = decodeJwt(typeof input.token === 'string' ? input.token : '').ok;
    if (input.providerId === AMAZON && !isJwt) return amazonFacts(input);
  }
  const providers = input.providers.map((p) => ({ url: p.url, clientIds: p.clientIds ?? [] }));
  const evaluation = await evaluateOidcRules({
    token: typeof input.token === 'string' ? input.token : '',
    ...(input.providerId ? { providerId: input.providerId } : {}),
    providers,
    nowMs: input.nowMs,
    oauthFinding: sandboxOAuthFinding,
    keysFor: async (rules) => {
      const provider = input.providers.find((p) => p.url === rules.url) as OidcProviderFile;
      return providerKeys(provider, input.builtInJwks, input.fetchJson);
    },
  });
  const failure = evaluation.findings.find((f) => f.status === 'fail');
  if (failure?.error) throw stsError(failure.error.code, failure.error.message, failure.causeId ? { sandboxCause: failure.causeId } : {});
  const { decoded, provider, audience } = evaluation;
  const facts = decoded && provider && audience !== undefined ? webIdentityFacts(decoded, provider.url, audience, input.roleAccountId) : null;
  if (!facts) throw invalid('The web identity token is incomplete.');
  return facts;
}
