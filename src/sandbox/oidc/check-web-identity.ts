/**
 * What AssumeRoleWithWebIdentity enforces about the token itself (reference §2.3, §8), before the
 * trust policy is evaluated: provider lookup in the role's account, audience, expiry, signature,
 * and the AWS claims copied to the session. Every failure is an StsError with AWS's code.
 */
import { oidcProviderArn, parseTagsClaim, providerKeyPrefix, SOURCE_IDENTITY_CLAIM, TAGS_CLAIM } from '../../inspect/jwt/aws-claims';
import { conditionKeysForToken } from '../../inspect/jwt/condition-keys';
import { decodeJwt } from '../../inspect/jwt/decode';
import { BUILT_IN_OIDC_PROVIDERS, evaluateOidcRules } from '../../inspect/jwt/oidc-rules';
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

export interface WebIdentityFacts {
  /** `iss`, or `www.amazon.com` for Login with Amazon. */
  issuer: string;
  /** `arn:aws:iam::ACCT:oidc-provider/<host/path>`, or `www.amazon.com`: the response's Provider. */
  providerArn: string;
  /** Prefix of the condition keys: `<host/path>` or `www.amazon.com`. */
  providerKeyPrefix: string;
  /** SubjectFromWebIdentityToken. */
  subject: string;
  /** The response's Audience: the client ID that matched (or the Amazon app ID). */
  audience: string;
  principalTags: Record<string, string>;
  transitiveTagKeys: string[];
  sourceIdentity?: string;
  /** Trust-policy condition keys the token supplies. */
  conditionKeys: Record<string, string[]>;
  /** What `Principal.Federated` must name to trust this token. */
  federatedPrincipal: string;
}

const AMAZON = 'www.amazon.com';
const FACEBOOK = 'graph.facebook.com';
const invalid = (message: string) => stsError('InvalidIdentityToken', message);

async function amazonFacts(input: WebIdentityInput): Promise<WebIdentityFacts> {
  const t = await openAmazonAccessToken(input.amazonSealKey, input.token, input.nowMs);
  return {
    issuer: AMAZON,
    providerArn: AMAZON,
    providerKeyPrefix: AMAZON,
    subject: t.userId,
    audience: t.appId,
    principalTags: {},
    transitiveTagKeys: [],
    conditionKeys: { [`${AMAZON}:app_id`]: [t.appId], [`${AMAZON}:user_id`]: [t.userId] },
    federatedPrincipal: AMAZON,
  };
}

function checkOAuthProviderId(providerId: string): void {
  if (providerId === FACEBOOK) {
    throw stsError('IDPCommunicationError', 'graph.facebook.com cannot be reached from the sandbox: Facebook access tokens are not emulated. Use ProviderId www.amazon.com with a token from the sandbox\'s Login with Amazon provider, or an OIDC token.');
  }
}

export async function checkWebIdentityToken(input: WebIdentityInput): Promise<WebIdentityFacts> {
  if (input.providerId !== undefined && input.providerId !== '') {
    // A JWT with a ProviderId is refused by the rulebook; an OAuth access token goes to its provider.
    const isJwt = decodeJwt(typeof input.token === 'string' ? input.token : '').ok;
    if (input.providerId === AMAZON && !isJwt) return amazonFacts(input);
    if (!isJwt) checkOAuthProviderId(input.providerId);
  }
  const providers = input.providers.map((p) => ({ url: p.url, clientIds: p.clientIds ?? [] }));
  const evaluation = await evaluateOidcRules({
    token: typeof input.token === 'string' ? input.token : '',
    ...(input.providerId ? { providerId: input.providerId } : {}),
    providers,
    nowMs: input.nowMs,
    keysFor: async (rules) => {
      const provider = input.providers.find((p) => p.url === rules.url) as OidcProviderFile;
      return providerKeys(provider, input.builtInJwks, input.fetchJson);
    },
  });
  const failure = evaluation.findings.find((f) => f.status === 'fail');
  if (failure?.error) throw stsError(failure.error.code, failure.error.message);
  const { decoded, provider, audience } = evaluation;
  if (!decoded || !provider || audience === undefined || typeof decoded.claims.sub !== 'string' || typeof decoded.claims.iss !== 'string') {
    throw invalid('The web identity token is incomplete.');
  }
  const claims = decoded.claims;
  const [issuer, subject] = [decoded.claims.iss, decoded.claims.sub];
  let principalTags: Record<string, string> = {};
  let transitiveTagKeys: string[] = [];
  if (claims[TAGS_CLAIM] !== undefined) {
    const tags = parseTagsClaim(claims[TAGS_CLAIM]);
    if (tags.ok) {
      principalTags = tags.principalTags;
      transitiveTagKeys = tags.transitiveTagKeys;
    }
  }
  const sourceIdentity = typeof claims[SOURCE_IDENTITY_CLAIM] === 'string' ? (claims[SOURCE_IDENTITY_CLAIM] as string) : undefined;
  const prefix = providerKeyPrefix(provider.url);
  const providerArn = BUILT_IN_OIDC_PROVIDERS.has(prefix) ? prefix : oidcProviderArn(input.roleAccountId, provider.url);
  return {
    issuer,
    providerArn,
    providerKeyPrefix: prefix,
    subject,
    audience,
    principalTags,
    transitiveTagKeys,
    ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
    conditionKeys: conditionKeysForToken(decoded, provider.url),
    federatedPrincipal: providerArn,
  };
}
