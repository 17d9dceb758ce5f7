/**
 * What AssumeRoleWithWebIdentity enforces about the token itself (reference §2.3, §8), before the
 * trust policy is evaluated: provider lookup in the role's account, audience, expiry, signature,
 * and the AWS claims copied to the session. Every failure is an StsError with AWS's code.
 */
import {
  chooseAudience,
  isIntegerNumericDate,
  oidcProviderArn,
  parseTagsClaim,
  providerKeyPrefix,
  sourceIdentityProblem,
  SOURCE_IDENTITY_CLAIM,
  TAGS_CLAIM,
} from '../../inspect/jwt/aws-claims';
import { conditionKeysForToken } from '../../inspect/jwt/condition-keys';
import { classifyToken, decodeJwt } from '../../inspect/jwt/decode';
import type { DecodedJwt } from '../../inspect/jwt/types';
import { stsError } from '../core/errors';
import type { OidcProviderFile } from '../world/types';
import { openAmazonAccessToken } from '../idp/oidc-amazon';
import type { SealKey } from '../session/seal';
import { verifyTokenSignature } from './verification-key';

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
/** Providers AWS knows by name: trusted as `Principal.Federated: "<host>"`, and Provider is that name. */
const BUILT_IN_OIDC = new Set(['accounts.google.com', 'cognito-identity.amazonaws.com']);
const FACEBOOK = 'graph.facebook.com';
const invalid = (message: string) => stsError('InvalidIdentityToken', message);

async function amazonFacts(input: WebIdentityInput): Promise<WebIdentityFacts> {
  if (decodeJwt(input.token).ok) {
    throw invalid('ProviderId www.amazon.com is for Login with Amazon access tokens, but this token is an OpenID Connect ID token (a JWT). Omit ProviderId: STS finds the provider from the token\'s iss claim.');
  }
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

function checkProviderId(providerId: string, isJwt: boolean): never {
  if (isJwt) {
    throw invalid(`ProviderId ${providerId} must not be sent with an OpenID Connect ID token (a JWT); it is only for OAuth 2.0 access tokens from www.amazon.com or graph.facebook.com. Omit ProviderId.`);
  }
  if (providerId === FACEBOOK) {
    throw stsError('IDPCommunicationError', 'graph.facebook.com cannot be reached from the sandbox: Facebook access tokens are not emulated. Use ProviderId www.amazon.com with a token from the sandbox\'s Login with Amazon provider, or an OIDC token.');
  }
  throw invalid(`ProviderId "${providerId}" is not an OAuth provider STS knows: give www.amazon.com or graph.facebook.com (host name only, no scheme or port), or omit ProviderId for OpenID Connect tokens.`);
}

function requireTimeClaims(claims: DecodedJwt['claims'], nowSeconds: number): void {
  if (claims.exp === undefined) throw invalid('Missing a required claim: exp');
  for (const name of ['exp', 'iat', 'nbf'] as const) {
    const v = claims[name];
    if (v !== undefined && !isIntegerNumericDate(v)) {
      throw invalid(`The ${name} claim must be a whole number of seconds (a JSON integer); it is ${JSON.stringify(v)}.`);
    }
  }
  const exp = claims.exp as number;
  if (exp <= nowSeconds) {
    // AWS's text, missing space included (reference §5.3).
    throw stsError('ExpiredTokenException', `Token expired: current date/time ${nowSeconds} must be before the expiration date/time${exp}`);
  }
  const nbf = claims.nbf;
  if (typeof nbf === 'number' && nbf > nowSeconds) {
    throw invalid(`Token is not yet valid: current date/time ${nowSeconds} is before the not-before date/time ${nbf}`);
  }
}

export async function checkWebIdentityToken(input: WebIdentityInput): Promise<WebIdentityFacts> {
  const decodedResult = decodeJwt(typeof input.token === 'string' ? input.token : '');
  if (input.providerId !== undefined && input.providerId !== '') {
    if (input.providerId === AMAZON) return amazonFacts(input);
    checkProviderId(input.providerId, decodedResult.ok);
  }
  if (!decodedResult.ok) {
    const kind = classifyToken(input.token);
    if (kind.kind === 'opaque-oauth' && kind.providerId) {
      throw invalid(`The web identity token is not a JWT: ${kind.explanation}`);
    }
    throw invalid(`The web identity token is not a valid JWT: ${decodedResult.error} (You may see this error if you sent an OAuth access token; AssumeRoleWithWebIdentity needs the OpenID Connect ID token.)`);
  }
  const decoded = decodedResult.value;
  const claims = decoded.claims;

  const iss = claims.iss;
  if (iss === undefined) throw invalid('Missing a required claim: iss');
  if (typeof iss !== 'string') throw invalid('The iss claim must be a string.');
  if (!iss.startsWith('https://')) {
    throw invalid(`The issuer (iss) must be an https:// URL, as IAM OIDC provider URLs are; "${iss}" can match no provider.`);
  }
  const provider = input.providers.find((p) => p.url === iss);
  if (!provider) throw invalid(`No OpenIDConnect provider found in your account for ${iss}`);

  if (claims.aud === undefined) throw invalid('Missing a required claim: aud');
  const prefix = providerKeyPrefix(provider.url);
  const builtIn = BUILT_IN_OIDC.has(prefix);
  const audience = prefix === 'accounts.google.com' && typeof claims.azp === 'string' ? claims.azp : chooseAudience(claims).clientId;
  const clientIds = provider.clientIds ?? [];
  // Google and Cognito need no client-ID list on AWS (the trust policy checks :aud); elsewhere the list decides.
  const audienceChecked = !(builtIn && clientIds.length === 0);
  if (audience === undefined || (audienceChecked && !clientIds.includes(audience))) throw invalid('Incorrect token audience');

  if (typeof claims.sub !== 'string' || claims.sub === '') throw invalid('Missing a required claim: sub');
  requireTimeClaims(claims, Math.floor(input.nowMs / 1000));

  await verifyTokenSignature(decoded, provider, input.builtInJwks, input.fetchJson);

  let principalTags: Record<string, string> = {};
  let transitiveTagKeys: string[] = [];
  if (claims[TAGS_CLAIM] !== undefined) {
    const tags = parseTagsClaim(claims[TAGS_CLAIM]);
    if (!tags.ok) throw invalid(tags.error);
    principalTags = tags.principalTags;
    transitiveTagKeys = tags.transitiveTagKeys;
  }
  let sourceIdentity: string | undefined;
  if (claims[SOURCE_IDENTITY_CLAIM] !== undefined) {
    const problem = sourceIdentityProblem(claims[SOURCE_IDENTITY_CLAIM]);
    if (problem) throw invalid(problem);
    sourceIdentity = claims[SOURCE_IDENTITY_CLAIM] as string;
  }

  const providerArn = builtIn ? prefix : oidcProviderArn(input.roleAccountId, provider.url);
  return {
    issuer: iss,
    providerArn,
    providerKeyPrefix: prefix,
    subject: claims.sub,
    audience,
    principalTags,
    transitiveTagKeys,
    ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
    conditionKeys: conditionKeysForToken(decoded, provider.url),
    federatedPrincipal: providerArn,
  };
}
