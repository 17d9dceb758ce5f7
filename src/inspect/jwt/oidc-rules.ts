/**
 * AssumeRoleWithWebIdentity's acceptance rules for an OpenID Connect ID token (reference §2.3, §8),
 * as one ordered list of findings in the order STS establishes them: the token decodes, its issuer
 * is a provider of the role's account, the audience is a client ID, sub and the times are right,
 * the signature verifies with the provider's key, the AWS claims are valid. The sandbox throws the
 * first failure's error (sandbox/oidc/check-web-identity.ts); the inspector and the verdict show them all.
 */
import type { FailureCause, Finding, FindingError } from '../saml/sts-rules-types';
import {
  chooseAudience,
  isIntegerNumericDate,
  parseTagsClaim,
  providerKeyPrefix,
  sourceIdentityProblem,
  SOURCE_IDENTITY_CLAIM,
  STS_ALGORITHMS,
  TAGS_CLAIM,
} from './aws-claims';
import { classifyToken, decodeJwt } from './decode';
import type { DecodedJwt } from './types';
import { verifyJwtSignature } from './verify';
import { trimTrailing } from '../../kernel/trim-trailing';

export type { Finding, FindingError } from '../saml/sts-rules-types';

/**
 * AWS's text when no key can be found or fetched. The two spaces after the comma are in real
 * responses (aws-sdk-rust#827, aws-sdk-php#1725 transcripts).
 */
export const KEY_RETRIEVAL_MESSAGE =
  "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements";
export const SIGNATURE_INVALID_MESSAGE = "The web identity token signature is invalid: it does not verify with the identity provider's key.";

/** Providers AWS knows by name: trusted as `Principal.Federated: "<host>"`; no client-ID list needed. */
export const BUILT_IN_OIDC_PROVIDERS: ReadonlySet<string> = new Set(['accounts.google.com', 'cognito-identity.amazonaws.com']);
const GOOGLE = 'accounts.google.com';
const AMAZON = 'www.amazon.com';
const FACEBOOK = 'graph.facebook.com';
const OUTBOUND_ISSUER_RE = /^https:\/\/[^/]+\.tokens\.sts\.global\.api\.aws\/?$/;

/** An IAM OIDC provider as the rules need it. */
export interface OidcProviderRules {
  url: string;
  clientIds: string[];
}

/** The provider's keys: a JWKS, a retrieval error STS would answer, or not known (cannot tell). */
export type ProviderKeys = { kind: 'jwks'; jwks: object; source: string } | { kind: 'error'; error: FindingError; detail: string } | { kind: 'unknown'; detail: string };

export interface OidcRuleContext {
  /** WebIdentityToken as sent. */
  token: string;
  /** ProviderId as sent (only OAuth access tokens take one). */
  providerId?: string;
  /** The IAM OIDC providers of the role's account; null when not known (target AWS, not entered). */
  providers: OidcProviderRules[] | null;
  nowMs: number;
  /** Keys of the provider the issuer matched; null: not known. Called once, after the claim rules pass. */
  keysFor: ((provider: OidcProviderRules) => Promise<ProviderKeys>) | null;
  /** Judge the signature even when an earlier rule failed (the inspector); the sandbox stops at the first failure. */
  allRules?: boolean;
  /**
   * How an OAuth 2.0 access token (ProviderId www.amazon.com / graph.facebook.com) is judged: STS asks
   * the provider. The sandbox's answer is sandboxOAuthFinding; omitted, it cannot be told here.
   */
  oauthFinding?: (providerId: string) => Finding;
}

/** The sandbox's answer for Facebook access tokens (not emulated), sent by the sandbox and predicted by the verdict. */
const FACEBOOK_NOT_EMULATED_MESSAGE =
  "graph.facebook.com cannot be reached from the sandbox: Facebook access tokens are not emulated. Use ProviderId www.amazon.com with a token from the sandbox's Login with Amazon provider, or an OIDC token.";

/**
 * The sandbox's OAuth rule: Facebook is refused (IDPCommunicationError, as when STS cannot reach it);
 * a Login with Amazon token is sealed with the sandbox's secret key, so only the sandbox can open it.
 */
export function sandboxOAuthFinding(providerId: string): Finding {
  const title = 'An OpenID Connect ID token (a JWT)';
  if (providerId === FACEBOOK) return fail('decode', title, 'The sandbox does not emulate Facebook: it answers every graph.facebook.com access token with IDPCommunicationError.', { code: 'IDPCommunicationError', message: FACEBOOK_NOT_EMULATED_MESSAGE }, 'oauth-provider');
  return unknown('decode', title, "A Login with Amazon access token: the sandbox sealed it with its own secret key, so only the sandbox can open it (send it to see the answer).");
}

export interface OidcEvaluation {
  findings: Finding[];
  decoded: DecodedJwt | null;
  /** The provider iss matched, when it did. */
  provider: OidcProviderRules | null;
  /** The client ID that matched (the response's Audience). */
  audience: string | undefined;
}

const invalid = (message: string): FindingError => ({ code: 'InvalidIdentityToken', message });
const pass = (id: string, title: string, detail: string): Finding => ({ id, status: 'pass', title, detail });
const fail = (id: string, title: string, detail: string, error: FindingError, causeId: FailureCause): Finding => ({ id, status: 'fail', title, detail, error, causeId });
const unknown = (id: string, title: string, detail: string): Finding => ({ id, status: 'unknown', title, detail });

function decodeFinding(token: string, providerId: string | undefined, oauthFinding: OidcRuleContext['oauthFinding']): { finding: Finding; decoded: DecodedJwt | null } {
  const title = 'An OpenID Connect ID token (a JWT)';
  const result = decodeJwt(typeof token === 'string' ? token : '');
  if (result.ok) return { finding: pass('decode', title, 'Three base64url parts with a JSON header and claims.'), decoded: result.value };
  if (providerId === AMAZON || providerId === FACEBOOK) return { finding: oauthFinding ? oauthFinding(providerId) : unknown('decode', title, `An OAuth 2.0 access token for ${providerId}: STS asks ${providerId} whether it is valid, which this page cannot do.`), decoded: null };
  if (providerId) return { finding: fail('decode', title, 'The token is not a JWT; with a ProviderId it is an OAuth access token.', invalid(`ProviderId "${providerId}" is not an OAuth provider STS knows: give www.amazon.com or graph.facebook.com (host name only, no scheme or port), or omit ProviderId for OpenID Connect tokens.`), 'oauth-provider'), decoded: null };
  const kind = classifyToken(token);
  const message =
    kind.kind === 'opaque-oauth' && kind.providerId
      ? `The web identity token is not a JWT: ${kind.explanation}`
      : `The web identity token is not a valid JWT: ${result.error} (You may see this error if you sent an OAuth access token; AssumeRoleWithWebIdentity needs the OpenID Connect ID token.)`;
  return { finding: fail('decode', title, message, invalid(message), 'malformed'), decoded: null };
}

function providerIdFinding(providerId: string | undefined): Finding {
  const title = 'ProviderId';
  if (!providerId) return pass('provider-id', title, 'Not set, as an OIDC ID token requires.');
  const message =
    providerId === AMAZON
      ? "ProviderId www.amazon.com is for Login with Amazon access tokens, but this token is an OpenID Connect ID token (a JWT). Omit ProviderId: STS finds the provider from the token's iss claim."
      : `ProviderId ${providerId} must not be sent with an OpenID Connect ID token (a JWT); it is only for OAuth 2.0 access tokens from www.amazon.com or graph.facebook.com. Omit ProviderId.`;
  return fail('provider-id', title, `ProviderId "${providerId}" is only for OAuth 2.0 access tokens; this is an OpenID Connect token (a JWT).`, invalid(message), 'provider-id');
}

function issuerFindings(claims: DecodedJwt['claims'], providers: OidcProviderRules[] | null): { findings: Finding[]; provider: OidcProviderRules | null } {
  const iss = claims.iss;
  const t = 'Issuer uses https';
  if (iss === undefined) return { findings: [fail('iss-https', t, 'There is no iss claim.', invalid('Missing a required claim: iss'), 'missing-claim')], provider: null };
  if (typeof iss !== 'string') return { findings: [fail('iss-https', t, 'The iss claim is not a string.', invalid('The iss claim must be a string.'), 'malformed')], provider: null };
  if (!iss.startsWith('https://')) {
    const message = `The issuer (iss) must be an https:// URL, as IAM OIDC provider URLs are; "${iss}" can match no provider.`;
    const noProvider = providers === null ? [] : [fail('iss-provider', "Issuer is an IAM OIDC provider of the role's account", `IAM OIDC provider URLs are https://, so none is ${iss}.`, invalid(`No OpenIDConnect provider found in your account for ${iss}`), 'provider-missing')];
    return { findings: [fail('iss-https', t, message, invalid(message), 'untrusted-issuer'), ...noProvider], provider: null };
  }
  const out: Finding[] = [pass('iss-https', t, iss)];
  if (OUTBOUND_ISSUER_RE.test(iss)) {
    out.push({ id: 'iss-outbound', status: 'warn', title: 'Not an AWS-issued token', detail: 'This token came from GetWebIdentityToken (an AWS outbound issuer). Such tokens are for external services, not for AssumeRoleWithWebIdentity.' });
  }
  const tp = 'Issuer is an IAM OIDC provider of the role\'s account';
  if (providers === null) {
    out.push(unknown('iss-provider', tp, `Which IAM OIDC providers the role's account has is not known here: one must have the URL ${iss} exactly.`));
    return { findings: out, provider: null };
  }
  const provider = providers.find((p) => p.url === iss) ?? null;
  if (provider) {
    out.push(pass('iss-provider', tp, `iss equals the provider URL ${provider.url}.`));
    return { findings: out, provider };
  }
  const near = providers.find((p) => p.url.toLowerCase() === iss.toLowerCase() || trimTrailing(p.url, '/') === trimTrailing(iss, '/'));
  const hint = near ? ` The account has ${near.url}, which differs ${near.url.toLowerCase() === iss.toLowerCase() ? 'only in case (the comparison is case-sensitive)' : 'only in a trailing slash, which counts'}.` : '';
  out.push(fail('iss-provider', tp, `No IAM OIDC provider of the role's account has the URL ${iss}.${hint}`, invalid(`No OpenIDConnect provider found in your account for ${iss}`), 'provider-missing'));
  return { findings: out, provider: null };
}

function audienceFindings(claims: DecodedJwt['claims'], provider: OidcProviderRules | null): { findings: Finding[]; audience: string | undefined } {
  const aud = claims.aud;
  if (aud === undefined) return { findings: [fail('aud-present', 'Audience present', 'There is no aud claim.', invalid('Missing a required claim: aud'), 'missing-claim')], audience: undefined };
  const out: Finding[] = [pass('aud-present', 'Audience present', Array.isArray(aud) ? `aud is a list: ${aud.map(String).join(', ')}.` : `aud is ${String(aud)}.`)];
  const title = 'Audience is a client ID of the provider';
  const prefix = provider ? providerKeyPrefix(provider.url) : null;
  // Google: the client ID is azp whenever it is present [I] (reference §8).
  const choice = prefix === GOOGLE && typeof claims.azp === 'string' ? { clientId: claims.azp, how: 'Google tokens: STS uses the azp claim' } : chooseAudience(claims);
  if (!provider) {
    out.push(unknown('aud-client', title, `STS would compare ${choice.clientId ?? 'nothing'} (${choice.how}) with the provider's client IDs.`));
    return { findings: out, audience: choice.clientId };
  }
  const builtIn = prefix !== null && BUILT_IN_OIDC_PROVIDERS.has(prefix);
  // Google and Cognito need no client-ID list on AWS (the trust policy checks :aud); elsewhere the list decides.
  const listDecides = !(builtIn && provider.clientIds.length === 0);
  if (choice.clientId === undefined || (listDecides && !provider.clientIds.includes(choice.clientId))) {
    const which = choice.clientId === undefined ? choice.how : `${choice.clientId} (${choice.how})`;
    const among = provider.clientIds.length ? `is not among ${provider.clientIds.join(', ')}` : 'cannot match: the provider has no client IDs';
    out.push(fail('aud-client', title, `${which} ${among}.`, invalid('Incorrect token audience'), 'wrong-audience'));
    return { findings: out, audience: undefined };
  }
  out.push(pass('aud-client', title, listDecides ? `${choice.clientId} is a registered client ID (${choice.how}).` : `${choice.clientId} (${choice.how}); ${prefix} needs no client-ID list, the trust policy's ${prefix}:aud condition decides.`));
  return { findings: out, audience: choice.clientId };
}

function subjectFinding(claims: DecodedJwt['claims']): Finding {
  if (typeof claims.sub === 'string' && claims.sub !== '') return pass('sub', 'Subject', `sub is ${claims.sub}; it becomes SubjectFromWebIdentityToken.`);
  return fail('sub', 'Subject', 'There is no sub claim (or it is not a non-empty string).', invalid('Missing a required claim: sub'), 'missing-claim');
}

function timeFindings(claims: DecodedJwt['claims'], nowMs: number): Finding[] {
  const now = Math.floor(nowMs / 1000);
  if (claims.exp === undefined) return [fail('exp', 'Not expired', 'There is no exp claim.', invalid('Missing a required claim: exp'), 'missing-claim')];
  const bad = (['exp', 'iat', 'nbf'] as const).find((n) => claims[n] !== undefined && !isIntegerNumericDate(claims[n]));
  const out: Finding[] = [
    bad
      ? fail('time-integers', 'Time claims are integers', `The ${bad} claim is ${JSON.stringify(claims[bad])}, not a whole number of seconds.`, invalid(`The ${bad} claim must be a whole number of seconds (a JSON integer); it is ${JSON.stringify(claims[bad])}.`), 'malformed')
      : pass('time-integers', 'Time claims are integers', 'exp, nbf and iat (where present) are whole seconds.'),
  ];
  const exp = claims.exp;
  if (typeof exp !== 'number') {
    out.push(fail('exp', 'Not expired', 'exp is not a number.', invalid(`The exp claim must be a whole number of seconds (a JSON integer); it is ${JSON.stringify(exp)}.`), 'malformed'));
    return out;
  }
  if (exp <= now) {
    // AWS's text, missing space included (reference §5.3).
    const message = `Token expired: current date/time ${now} must be before the expiration date/time${exp}`;
    out.push(fail('exp', 'Not expired', `Expired ${now - exp} seconds ago.`, { code: 'ExpiredTokenException', message }, 'expired'));
  } else out.push(pass('exp', 'Not expired', `Valid for another ${exp - now} seconds.`));
  const nbf = claims.nbf;
  if (typeof nbf === 'number' && nbf > now) {
    out.push(fail('nbf', 'Already valid (nbf)', `nbf is ${nbf - now} seconds in the future.`, invalid(`Token is not yet valid: current date/time ${now} is before the not-before date/time ${nbf}`), 'not-yet-valid'));
  } else if (nbf !== undefined) out.push(pass('nbf', 'Already valid (nbf)', 'nbf is in the past.'));
  return out;
}

function algFinding(header: DecodedJwt['header']): Finding {
  const alg = header.alg;
  if ((STS_ALGORITHMS as readonly unknown[]).includes(alg)) return pass('alg', 'Signing algorithm', `${String(alg)} is accepted.`);
  const message = `The token's signing algorithm ${JSON.stringify(alg)} is not supported; use RS256, RS384, RS512, ES256, ES384 or ES512.`;
  const detail = alg === 'none' ? 'alg is "none": the token is unsigned.' : `alg ${JSON.stringify(alg)} is not accepted (no HMAC, no PS*).`;
  return fail('alg', 'Signing algorithm', detail, invalid(message), 'unsupported-alg');
}

async function signatureFindings(decoded: DecodedJwt, keys: ProviderKeys): Promise<Finding[]> {
  const kidTitle = "Key ID names a key in the issuer's JWKS";
  const sigTitle = 'Signature verifies with the issuer\'s key';
  const kid = typeof decoded.header.kid === 'string' && decoded.header.kid !== '' ? decoded.header.kid : undefined;
  if (keys.kind === 'unknown') return [unknown('signature', sigTitle, `Not verified: ${keys.detail}`)];
  if (keys.kind === 'error') return [{ id: 'signature', status: 'fail', title: sigTitle, detail: keys.detail, error: keys.error, causeId: 'keys-unavailable' }];
  const result = await verifyJwtSignature(decoded.raw, { jwks: keys.jwks });
  if (result.ok) {
    return [pass('kid', kidTitle, kid ? `kid "${kid}" is in ${keys.source}.` : `No kid; ${keys.source} has a key that verifies.`), pass('signature', sigTitle, `Verified with ${keys.source}.`)];
  }
  const detail = result.error ?? 'The signature does not verify.';
  if (result.reason === 'kid-not-found') return [fail('kid', kidTitle, `${detail} (checked against ${keys.source})`, invalid(KEY_RETRIEVAL_MESSAGE), 'unknown-kid')];
  const kidLine = kid ? [pass('kid', kidTitle, `kid "${kid}" is in ${keys.source}.`)] : [];
  const error = invalid(result.reason === 'signature' ? SIGNATURE_INVALID_MESSAGE : KEY_RETRIEVAL_MESSAGE);
  return [...kidLine, fail('signature', sigTitle, `${detail} (checked against ${keys.source})`, error, result.reason === 'signature' ? 'bad-signature' : 'keys-unavailable')];
}

function awsClaimFindings(claims: DecodedJwt['claims']): Finding[] {
  const out: Finding[] = [];
  if (claims[TAGS_CLAIM] !== undefined) {
    const tags = parseTagsClaim(claims[TAGS_CLAIM]);
    if (!tags.ok) out.push(fail('tags', 'Session tags claim', tags.error, invalid(tags.error), 'invalid-attribute'));
    else {
      const detail = [`${Object.keys(tags.principalTags).length} tag(s), ${tags.transitiveTagKeys.length} transitive. The trust policy must allow sts:TagSession.`, ...tags.warnings].join(' ');
      out.push({ id: 'tags', status: tags.warnings.length > 0 ? 'warn' : 'pass', title: 'Session tags claim', detail });
    }
  }
  if (claims[SOURCE_IDENTITY_CLAIM] !== undefined) {
    const problem = sourceIdentityProblem(claims[SOURCE_IDENTITY_CLAIM]);
    if (problem) out.push(fail('source-identity', 'Source identity claim', problem, invalid(problem), 'invalid-attribute'));
    else out.push(pass('source-identity', 'Source identity claim', 'Valid. The trust policy must allow sts:SetSourceIdentity.'));
  }
  return out;
}

export interface OidcClaimContext {
  providers: OidcProviderRules[] | null;
  nowMs: number;
  providerId?: string;
  /** Judge the audience against this provider when iss matched none (the inspector: the provider the user entered). */
  audienceFallback?: OidcProviderRules;
}

export interface OidcClaimFindings {
  /** Every claim rule in STS's order; `alg` is the last rule before the signature. */
  findings: Finding[];
  provider: OidcProviderRules | null;
  audience: string | undefined;
}

/** Every rule about the decoded token except the signature, all judged, in STS's order. Pure and synchronous. */
export function oidcClaimFindings(decoded: Pick<DecodedJwt, 'header' | 'claims'>, ctx: OidcClaimContext): OidcClaimFindings {
  const issuer = issuerFindings(decoded.claims, ctx.providers);
  const aud = audienceFindings(decoded.claims, issuer.provider ?? ctx.audienceFallback ?? null);
  const findings = [
    ...(ctx.providerId ? [providerIdFinding(ctx.providerId)] : []),
    ...issuer.findings,
    ...aud.findings,
    subjectFinding(decoded.claims),
    ...timeFindings(decoded.claims, ctx.nowMs),
    algFinding(decoded.header),
    ...awsClaimFindings(decoded.claims),
  ];
  return { findings, provider: issuer.provider, audience: aud.audience };
}

const failed = (fs: readonly Finding[]) => fs.some((f) => f.status === 'fail');

/**
 * Every finding in STS's order, the signature included. Without `allRules` the keys are not fetched
 * once a rule before the signature has failed (STS answers that failure first).
 */
export async function evaluateOidcRules(ctx: OidcRuleContext): Promise<OidcEvaluation> {
  const { finding, decoded } = decodeFinding(ctx.token, ctx.providerId, ctx.oauthFinding);
  if (!decoded) return { findings: [finding], decoded: null, provider: null, audience: undefined };
  const claims = oidcClaimFindings(decoded, { providers: ctx.providers, nowMs: ctx.nowMs, ...(ctx.providerId ? { providerId: ctx.providerId } : {}) });
  const cut = claims.findings.findIndex((f) => f.id === 'alg') + 1;
  const before = [finding, ...claims.findings.slice(0, cut)];
  const after = claims.findings.slice(cut);
  const done = (signature: Finding[]): OidcEvaluation => ({ findings: [...before, ...signature, ...after], decoded, provider: claims.provider, audience: claims.audience });
  if (!ctx.allRules && failed(before)) return done([]);
  if (before.find((f) => f.id === 'alg')?.status !== 'pass') return done([]);
  // Providers not known (target AWS, none entered): the signature can still be checked with the issuer's keys.
  const iss = decoded.claims.iss;
  const keyOwner = claims.provider ?? (ctx.providers === null && typeof iss === 'string' ? { url: iss, clientIds: [] } : null);
  const keys: ProviderKeys =
    keyOwner && ctx.keysFor
      ? await ctx.keysFor(keyOwner)
      : { kind: 'unknown', detail: keyOwner ? "the issuer's signing keys are not known here." : 'the provider is not known, so neither are its keys.' };
  return done(await signatureFindings(decoded, keys));
}
