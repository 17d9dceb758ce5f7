/**
 * AssumeRoleWithWebIdentity's acceptance rules for an OpenID Connect ID token (reference §2.3, §8),
 * as one ordered list of findings in the order STS establishes them: the token decodes, its issuer
 * is a provider of the role's account, the audience is a client ID, sub and the times are right,
 * the signature verifies with the provider's key, the AWS claims are valid. The sandbox throws the
 * first failure's error (sandbox/oidc/check-web-identity.ts); the inspector and the verdict show them all.
 */
import type { Message, Words } from '../../kernel/message';
import { stsAnswers } from '../verdict/from-checks';
import type { FailureCause, Finding, FindingError } from '../saml/sts-rules-types';
import {
  type AudienceChoice,
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
import { englishOf } from '../../kernel/message';

export type { Finding, FindingError } from '../saml/sts-rules-types';

/** A finding of this rulebook: its title and detail are always Messages. */
export interface OidcFinding extends Finding {
  title: Message;
  detail: Message;
}

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
/** `source`: where the keys came from, in words (a Message) or as a URL. */
export type ProviderKeys = { kind: 'jwks'; jwks: object; source: Words } | { kind: 'error'; error: FindingError; detail?: Message } | { kind: 'unknown'; detail: Message };

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
  const title = T.decode;
  if (providerId === FACEBOOK) return fail('decode', title, /*i18n*/ { id: 'oidc.rule.facebookNotEmulated', message: 'The sandbox does not emulate Facebook: it answers every {host} access token with {code}.', values: { host: FACEBOOK, code: 'IDPCommunicationError' }, verbatim: ['host', 'code'] }, { code: 'IDPCommunicationError', message: FACEBOOK_NOT_EMULATED_MESSAGE }, 'oauth-provider');
  return unknown('decode', title, /*i18n*/ { id: 'oidc.rule.amazonSealed', message: 'A Login with Amazon access token: the sandbox sealed it with its own secret key, so only the sandbox can open it (send it to see the answer).' });
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
const pass = (id: string, title: Message, detail: Message): OidcFinding => ({ id, status: 'pass', title, detail });
const fail = (id: string, title: Message, detail: Message, error: FindingError, causeId: FailureCause): OidcFinding => ({ id, status: 'fail', title, detail, error, causeId });
const unknown = (id: string, title: Message, detail: Message): OidcFinding => ({ id, status: 'unknown', title, detail });

/** The rules' titles, for the reader. */
const T = {
  decode: /*i18n*/ { id: 'oidc.rule.title.decode', message: 'An OpenID Connect ID token (a JWT)' },
  providerId: /*i18n*/ { id: 'oidc.rule.title.providerId', message: '{name}', values: { name: 'ProviderId' }, verbatim: ['name'] },
  issHttps: /*i18n*/ { id: 'oidc.rule.title.issHttps', message: 'Issuer uses https' },
  issOutbound: /*i18n*/ { id: 'oidc.rule.title.issOutbound', message: 'Not an AWS-issued token' },
  issProvider: /*i18n*/ { id: 'oidc.rule.title.issProvider', message: "Issuer is an IAM OIDC provider of the role's account" },
  audPresent: /*i18n*/ { id: 'oidc.rule.title.audPresent', message: 'Audience present' },
  audClient: /*i18n*/ { id: 'oidc.rule.title.audClient', message: 'Audience is a client ID of the provider' },
  sub: /*i18n*/ { id: 'oidc.rule.title.sub', message: 'Subject' },
  timeIntegers: /*i18n*/ { id: 'oidc.rule.title.timeIntegers', message: 'Time claims are integers' },
  exp: /*i18n*/ { id: 'oidc.rule.title.exp', message: 'Not expired' },
  nbf: /*i18n*/ { id: 'oidc.rule.title.nbf', message: 'Already valid (nbf)' },
  alg: /*i18n*/ { id: 'oidc.rule.title.alg', message: 'Signing algorithm' },
  kid: /*i18n*/ { id: 'oidc.rule.title.kid', message: "Key ID names a key in the issuer's JWKS" },
  signature: /*i18n*/ { id: 'oidc.rule.title.signature', message: "Signature verifies with the issuer's key" },
  tags: /*i18n*/ { id: 'oidc.rule.title.tags', message: 'Session tags claim' },
  sourceIdentity: /*i18n*/ { id: 'oidc.rule.title.sourceIdentity', message: 'Source identity claim' },
} satisfies Record<string, Message>;

/** The rule titles, for the inspector's own lines (sts-checks.ts). */
export const OIDC_RULE_TITLES: Readonly<Record<keyof typeof T, Message>> = T;

function missingClaim(claim: string): Message {
  return /*i18n*/ { id: 'oidc.rule.claimMissing', message: 'There is no “{claim}” claim.', values: { claim }, verbatim: ['claim'] };
}

function decodeFinding(token: string, providerId: string | undefined, oauthFinding: OidcRuleContext['oauthFinding']): { finding: Finding; decoded: DecodedJwt | null } {
  const title = T.decode;
  const result = decodeJwt(typeof token === 'string' ? token : '');
  if (result.ok) return { finding: pass('decode', title, /*i18n*/ { id: 'oidc.rule.decode.pass', message: 'Three base64url parts with a JSON header and claims.' }), decoded: result.value };
  if (providerId === AMAZON || providerId === FACEBOOK) return { finding: oauthFinding ? oauthFinding(providerId) : unknown('decode', title, /*i18n*/ { id: 'oidc.rule.decode.oauthUnknown', message: 'An OAuth 2.0 access token for {providerId}: STS asks {providerId} whether it is valid, which this page cannot do.', values: { providerId }, verbatim: ['providerId'] }), decoded: null };
  if (providerId) return { finding: fail('decode', title, /*i18n*/ { id: 'oidc.rule.decode.notJwtWithProviderId', message: 'The token is not a JWT; with a {param} it is an OAuth access token.', values: { param: 'ProviderId' }, verbatim: ['param'] }, invalid(`ProviderId "${providerId}" is not an OAuth provider STS knows: give www.amazon.com or graph.facebook.com (host name only, no scheme or port), or omit ProviderId for OpenID Connect tokens.`), 'oauth-provider'), decoded: null };
  const kind = classifyToken(token);
  const message =
    kind.kind === 'opaque-oauth' && kind.providerId
      ? `The web identity token is not a JWT: ${englishOf(kind.explanation)}`
      : `The web identity token is not a valid JWT: ${englishOf(result.error)} (You may see this error if you sent an OAuth access token; AssumeRoleWithWebIdentity needs the OpenID Connect ID token.)`;
  return { finding: fail('decode', title, stsAnswers(message), invalid(message), 'malformed'), decoded: null };
}

function providerIdFinding(providerId: string | undefined): OidcFinding {
  const title = T.providerId;
  if (!providerId) return pass('provider-id', title, /*i18n*/ { id: 'oidc.rule.providerId.notSet', message: 'Not set, as an OIDC ID token requires.' });
  const message =
    providerId === AMAZON
      ? "ProviderId www.amazon.com is for Login with Amazon access tokens, but this token is an OpenID Connect ID token (a JWT). Omit ProviderId: STS finds the provider from the token's iss claim."
      : `ProviderId ${providerId} must not be sent with an OpenID Connect ID token (a JWT); it is only for OAuth 2.0 access tokens from www.amazon.com or graph.facebook.com. Omit ProviderId.`;
  return fail('provider-id', title, /*i18n*/ { id: 'oidc.rule.providerId.fail', message: '{param} “{providerId}” is only for OAuth 2.0 access tokens; this is an OpenID Connect token (a JWT).', values: { param: 'ProviderId', providerId }, verbatim: ['param', 'providerId'] }, invalid(message), 'provider-id');
}

function issuerFindings(claims: DecodedJwt['claims'], providers: OidcProviderRules[] | null): { findings: OidcFinding[]; provider: OidcProviderRules | null } {
  const iss = claims.iss;
  const t = T.issHttps;
  if (iss === undefined) return { findings: [fail('iss-https', t, missingClaim('iss'), invalid('Missing a required claim: iss'), 'missing-claim')], provider: null };
  if (typeof iss !== 'string') return { findings: [fail('iss-https', t, /*i18n*/ { id: 'oidc.rule.iss.notString', message: 'The “{claim}” claim is not a string.', values: { claim: 'iss' }, verbatim: ['claim'] }, invalid('The iss claim must be a string.'), 'malformed')], provider: null };
  if (!iss.startsWith('https://')) {
    const message = `The issuer (iss) must be an https:// URL, as IAM OIDC provider URLs are; "${iss}" can match no provider.`;
    const noProvider = providers === null ? [] : [fail('iss-provider', T.issProvider, /*i18n*/ { id: 'oidc.rule.iss.noHttpsProvider', message: 'IAM OIDC provider URLs are https://, so none is “{iss}”.', values: { iss }, verbatim: ['iss'] }, invalid(`No OpenIDConnect provider found in your account for ${iss}`), 'provider-missing')];
    const detail = /*i18n*/ { id: 'oidc.rule.iss.notHttps', message: 'The issuer (iss) must be an https:// URL, as IAM OIDC provider URLs are; “{iss}” can match no provider.', values: { iss }, verbatim: ['iss'] };
    return { findings: [fail('iss-https', t, detail, invalid(message), 'untrusted-issuer'), ...noProvider], provider: null };
  }
  const out: OidcFinding[] = [pass('iss-https', t, /*i18n*/ { id: 'oidc.rule.iss.https', message: '{iss}', values: { iss }, verbatim: ['iss'] })];
  if (OUTBOUND_ISSUER_RE.test(iss)) {
    out.push({ id: 'iss-outbound', status: 'warn', title: T.issOutbound, detail: /*i18n*/ { id: 'oidc.rule.iss.outbound', message: 'This token came from {action} (an AWS outbound issuer). Such tokens are for external services, not for {operation}.', values: { action: 'GetWebIdentityToken', operation: 'AssumeRoleWithWebIdentity' }, verbatim: ['action', 'operation'] } });
  }
  const tp = T.issProvider;
  if (providers === null) {
    out.push(unknown('iss-provider', tp, /*i18n*/ { id: 'oidc.rule.iss.providersUnknown', message: "Which IAM OIDC providers the role's account has is not known here: one must have the URL “{iss}” exactly.", values: { iss }, verbatim: ['iss'] }));
    return { findings: out, provider: null };
  }
  const provider = providers.find((p) => p.url === iss) ?? null;
  if (provider) {
    out.push(pass('iss-provider', tp, /*i18n*/ { id: 'oidc.rule.iss.providerFound', message: 'iss equals the provider URL “{url}”.', values: { url: provider.url }, verbatim: ['url'] }));
    return { findings: out, provider };
  }
  const near = providers.find((p) => p.url.toLowerCase() === iss.toLowerCase() || trimTrailing(p.url, '/') === trimTrailing(iss, '/'));
  const wire = invalid(`No OpenIDConnect provider found in your account for ${iss}`);
  const detail: Message = !near
    ? /*i18n*/ { id: 'oidc.rule.iss.noProvider', message: "No IAM OIDC provider of the role's account has the URL “{iss}”.", values: { iss }, verbatim: ['iss'] }
    : near.url.toLowerCase() === iss.toLowerCase()
      ? /*i18n*/ { id: 'oidc.rule.iss.nearCase', message: "No IAM OIDC provider of the role's account has the URL “{iss}”. The account has “{url}”, which differs only in case (the comparison is case-sensitive).", values: { iss, url: near.url }, verbatim: ['iss', 'url'] }
      : /*i18n*/ { id: 'oidc.rule.iss.nearSlash', message: "No IAM OIDC provider of the role's account has the URL “{iss}”. The account has “{url}”, which differs only in a trailing slash, which counts.", values: { iss, url: near.url }, verbatim: ['iss', 'url'] };
  out.push(fail('iss-provider', tp, detail, wire, 'provider-missing'));
  return { findings: out, provider: null };
}

/** How the client ID was chosen, as the `how` value of the audience details' select. */
type AudienceHow = 'single' | 'azp' | 'oneElement' | 'several' | 'none' | 'google';

function audienceChoice(claims: DecodedJwt['claims'], google: boolean): { clientId: string | undefined; how: AudienceHow } {
  // Google: the client ID is azp whenever it is present [I] (reference §8).
  if (google && typeof claims.azp === 'string') return { clientId: claims.azp, how: 'google' };
  const choice: AudienceChoice = chooseAudience(claims);
  return { clientId: choice.clientId, how: choice.how };
}

function audienceFindings(claims: DecodedJwt['claims'], provider: OidcProviderRules | null): { findings: OidcFinding[]; audience: string | undefined } {
  const aud = claims.aud;
  if (aud === undefined) return { findings: [fail('aud-present', T.audPresent, missingClaim('aud'), invalid('Missing a required claim: aud'), 'missing-claim')], audience: undefined };
  const present: Message = Array.isArray(aud)
    ? /*i18n*/ { id: 'oidc.rule.aud.list', message: 'aud is a list: {values}.', values: { values: aud.map(String).join(', ') }, verbatim: ['values'] }
    : /*i18n*/ { id: 'oidc.rule.aud.single', message: 'aud is “{value}”.', values: { value: String(aud) }, verbatim: ['value'] };
  const out: OidcFinding[] = [pass('aud-present', T.audPresent, present)];
  const title = T.audClient;
  const prefix = provider ? providerKeyPrefix(provider.url) : null;
  const { clientId, how } = audienceChoice(claims, prefix === GOOGLE);
  if (!provider) {
    out.push(
      unknown(
        'aud-client',
        title,
        clientId === undefined
          ? /*i18n*/ { id: 'oidc.rule.aud.nothingToCompare', message: "STS would have no client ID to compare with the provider's client IDs: {how, select, several {aud is a list with several values and there is no azp claim to pick the client ID} other {there is no aud claim}}.", values: { how } }
          : /*i18n*/ { id: 'oidc.rule.aud.wouldCompare', message: "STS would compare “{clientId}” ({how, select, single {aud is a single string} azp {aud is a list, so STS uses the azp claim} oneElement {aud is a one-element list and there is no azp} google {Google tokens: STS uses the azp claim} other {aud}}) with the provider's client IDs.", values: { clientId, how }, verbatim: ['clientId'] },
      ),
    );
    return { findings: out, audience: clientId };
  }
  const builtIn = prefix !== null && BUILT_IN_OIDC_PROVIDERS.has(prefix);
  // Google and Cognito need no client-ID list on AWS (the trust policy checks :aud); elsewhere the list decides.
  const listDecides = !(builtIn && provider.clientIds.length === 0);
  if (clientId === undefined || (listDecides && !provider.clientIds.includes(clientId))) {
    const clientIds = provider.clientIds.join(', ');
    const detail: Message =
      clientId === undefined
        ? /*i18n*/ { id: 'oidc.rule.aud.noClientId', message: 'No client ID to match ({how, select, several {aud is a list with several values and there is no azp claim to pick the client ID} other {there is no aud claim}}).', values: { how } }
        : provider.clientIds.length
          ? /*i18n*/ { id: 'oidc.rule.aud.notAmong', message: '“{clientId}” ({how, select, single {aud is a single string} azp {aud is a list, so STS uses the azp claim} oneElement {aud is a one-element list and there is no azp} google {Google tokens: STS uses the azp claim} other {aud}}) is not among {clientIds}.', values: { clientId, how, clientIds }, verbatim: ['clientId', 'clientIds'] }
          : /*i18n*/ { id: 'oidc.rule.aud.noClientIds', message: '“{clientId}” ({how, select, single {aud is a single string} azp {aud is a list, so STS uses the azp claim} oneElement {aud is a one-element list and there is no azp} google {Google tokens: STS uses the azp claim} other {aud}}) cannot match: the provider has no client IDs.', values: { clientId, how }, verbatim: ['clientId'] };
    out.push(fail('aud-client', title, detail, invalid('Incorrect token audience'), 'wrong-audience'));
    return { findings: out, audience: undefined };
  }
  out.push(
    pass(
      'aud-client',
      title,
      listDecides
        ? /*i18n*/ { id: 'oidc.rule.aud.registered', message: '“{clientId}” is a registered client ID ({how, select, single {aud is a single string} azp {aud is a list, so STS uses the azp claim} oneElement {aud is a one-element list and there is no azp} google {Google tokens: STS uses the azp claim} other {aud}}).', values: { clientId, how }, verbatim: ['clientId'] }
        : /*i18n*/ { id: 'oidc.rule.aud.builtIn', message: "“{clientId}” ({how, select, single {aud is a single string} azp {aud is a list, so STS uses the azp claim} oneElement {aud is a one-element list and there is no azp} google {Google tokens: STS uses the azp claim} other {aud}}); {provider} needs no client-ID list, the trust policy's {conditionKey} condition decides.", values: { clientId, how, provider: prefix ?? '', conditionKey: `${prefix ?? ''}:aud` }, verbatim: ['clientId', 'provider', 'conditionKey'] },
    ),
  );
  return { findings: out, audience: clientId };
}

function subjectFinding(claims: DecodedJwt['claims']): OidcFinding {
  if (typeof claims.sub === 'string' && claims.sub !== '') return pass('sub', T.sub, /*i18n*/ { id: 'oidc.rule.sub.pass', message: 'sub is “{sub}”; it becomes {field}.', values: { sub: claims.sub, field: 'SubjectFromWebIdentityToken' }, verbatim: ['sub', 'field'] });
  return fail('sub', T.sub, /*i18n*/ { id: 'oidc.rule.sub.missing', message: 'There is no “{claim}” claim (or it is not a non-empty string).', values: { claim: 'sub' }, verbatim: ['claim'] }, invalid('Missing a required claim: sub'), 'missing-claim');
}

function timeFindings(claims: DecodedJwt['claims'], nowMs: number): OidcFinding[] {
  const now = Math.floor(nowMs / 1000);
  if (claims.exp === undefined) return [fail('exp', T.exp, missingClaim('exp'), invalid('Missing a required claim: exp'), 'missing-claim')];
  const bad = (['exp', 'iat', 'nbf'] as const).find((n) => claims[n] !== undefined && !isIntegerNumericDate(claims[n]));
  const out: OidcFinding[] = [
    bad
      ? fail('time-integers', T.timeIntegers, /*i18n*/ { id: 'oidc.rule.time.notInteger', message: 'The “{claim}” claim is {value}, not a whole number of seconds.', values: { claim: bad, value: String(JSON.stringify(claims[bad])) }, verbatim: ['claim', 'value'] }, invalid(`The ${bad} claim must be a whole number of seconds (a JSON integer); it is ${JSON.stringify(claims[bad])}.`), 'malformed')
      : pass('time-integers', T.timeIntegers, /*i18n*/ { id: 'oidc.rule.time.integers', message: 'exp, nbf and iat (where present) are whole seconds.' }),
  ];
  const exp = claims.exp;
  if (typeof exp !== 'number') {
    out.push(fail('exp', T.exp, /*i18n*/ { id: 'oidc.rule.exp.notNumber', message: 'exp is not a number.' }, invalid(`The exp claim must be a whole number of seconds (a JSON integer); it is ${JSON.stringify(exp)}.`), 'malformed'));
    return out;
  }
  if (exp <= now) {
    // AWS's text, missing space included (reference §5.3).
    const message = `Token expired: current date/time ${now} must be before the expiration date/time${exp}`;
    out.push(fail('exp', T.exp, /*i18n*/ { id: 'oidc.rule.exp.expired', message: '{seconds, plural, one {Expired # second ago.} other {Expired # seconds ago.}}', values: { seconds: now - exp } }, { code: 'ExpiredTokenException', message }, 'expired'));
  } else out.push(pass('exp', T.exp, /*i18n*/ { id: 'oidc.rule.exp.valid', message: '{seconds, plural, one {Valid for another # second.} other {Valid for another # seconds.}}', values: { seconds: exp - now } }));
  const nbf = claims.nbf;
  if (typeof nbf === 'number' && nbf > now) {
    out.push(fail('nbf', T.nbf, /*i18n*/ { id: 'oidc.rule.nbf.future', message: '{seconds, plural, one {nbf is # second in the future.} other {nbf is # seconds in the future.}}', values: { seconds: nbf - now } }, invalid(`Token is not yet valid: current date/time ${now} is before the not-before date/time ${nbf}`), 'not-yet-valid'));
  } else if (nbf !== undefined) out.push(pass('nbf', T.nbf, /*i18n*/ { id: 'oidc.rule.nbf.past', message: 'nbf is in the past.' }));
  return out;
}

function algFinding(header: DecodedJwt['header']): OidcFinding {
  const alg = header.alg;
  if ((STS_ALGORITHMS as readonly unknown[]).includes(alg)) return pass('alg', T.alg, /*i18n*/ { id: 'oidc.rule.alg.accepted', message: '{alg} is accepted.', values: { alg: String(alg) }, verbatim: ['alg'] });
  const message = `The token's signing algorithm ${JSON.stringify(alg)} is not supported; use RS256, RS384, RS512, ES256, ES384 or ES512.`;
  const detail: Message =
    alg === 'none'
      ? /*i18n*/ { id: 'oidc.rule.alg.none', message: 'alg is “none”: the token is unsigned.' }
      : /*i18n*/ { id: 'oidc.rule.alg.refused', message: 'alg {alg} is not accepted (no HMAC, no PS*).', values: { alg: String(JSON.stringify(alg)) }, verbatim: ['alg'] };
  return fail('alg', T.alg, detail, invalid(message), 'unsupported-alg');
}

async function signatureFindings(decoded: DecodedJwt, keys: ProviderKeys): Promise<Finding[]> {
  const kid = typeof decoded.header.kid === 'string' && decoded.header.kid !== '' ? decoded.header.kid : undefined;
  if (keys.kind === 'unknown') return [unknown('signature', T.signature, keys.detail)];
  if (keys.kind === 'error') return [{ id: 'signature', status: 'fail', title: T.signature, detail: keys.detail ?? stsAnswers(keys.error.message), error: keys.error, causeId: 'keys-unavailable' }];
  const source = keys.source;
  const kidFound = (k: string): Finding => pass('kid', T.kid, /*i18n*/ { id: 'oidc.rule.kid.found', message: 'kid “{kid}” is in {source}.', values: { kid: k, source }, verbatim: ['kid', 'source'] });
  const result = await verifyJwtSignature(decoded.raw, { jwks: keys.jwks });
  if (result.ok) {
    return [
      kid ? kidFound(kid) : pass('kid', T.kid, /*i18n*/ { id: 'oidc.rule.kid.none', message: 'No kid; {source} has a key that verifies.', values: { source }, verbatim: ['source'] }),
      pass('signature', T.signature, /*i18n*/ { id: 'oidc.rule.signature.verified', message: 'Verified with {source}.', values: { source }, verbatim: ['source'] }),
    ];
  }
  const detail: Message = result.error ?? /*i18n*/ { id: 'oidc.rule.signature.notVerified', message: 'The signature does not verify.' };
  if (result.reason === 'kid-not-found') return [fail('kid', T.kid, detail, invalid(KEY_RETRIEVAL_MESSAGE), 'unknown-kid')];
  const kidLine = kid ? [kidFound(kid)] : [];
  const error = invalid(result.reason === 'signature' ? SIGNATURE_INVALID_MESSAGE : KEY_RETRIEVAL_MESSAGE);
  return [...kidLine, fail('signature', T.signature, detail, error, result.reason === 'signature' ? 'bad-signature' : 'keys-unavailable')];
}

function awsClaimFindings(claims: DecodedJwt['claims']): OidcFinding[] {
  const out: OidcFinding[] = [];
  if (claims[TAGS_CLAIM] !== undefined) {
    const tags = parseTagsClaim(claims[TAGS_CLAIM]);
    if (!tags.ok) out.push(fail('tags', T.tags, tags.error, invalid(englishOf(tags.error)), 'invalid-attribute'));
    else {
      const count = Object.keys(tags.principalTags).length;
      const transitive = tags.transitiveTagKeys.length;
      const action = 'sts:TagSession';
      const ignored = tags.warnings.length;
      const detail: Message = ignored
        ? /*i18n*/ { id: 'oidc.rule.tags.ignored', message: '{count, plural, one {# tag} other {# tags}}, {transitive} transitive. The trust policy must allow {action}. The {claim} claim has members STS ignores: {members}.', values: { count, transitive, action, claim: TAGS_CLAIM, members: ignoredMembers(claims[TAGS_CLAIM]) }, verbatim: ['action', 'claim', 'members'] }
        : /*i18n*/ { id: 'oidc.rule.tags.valid', message: '{count, plural, one {# tag} other {# tags}}, {transitive} transitive. The trust policy must allow {action}.', values: { count, transitive, action }, verbatim: ['action'] };
      out.push({ id: 'tags', status: ignored > 0 ? 'warn' : 'pass', title: T.tags, detail });
    }
  }
  if (claims[SOURCE_IDENTITY_CLAIM] !== undefined) {
    const problem = sourceIdentityProblem(claims[SOURCE_IDENTITY_CLAIM]);
    if (problem) out.push(fail('source-identity', T.sourceIdentity, problem, invalid(englishOf(problem)), 'invalid-attribute'));
    else out.push(pass('source-identity', T.sourceIdentity, /*i18n*/ { id: 'oidc.rule.sourceIdentity.valid', message: 'Valid. The trust policy must allow {action}.', values: { action: 'sts:SetSourceIdentity' }, verbatim: ['action'] }));
  }
  return out;
}

/** The members of the tags claim STS ignores, quoted. */
function ignoredMembers(value: unknown): string {
  const keys = typeof value === 'object' && value !== null ? Object.keys(value) : [];
  return keys
    .filter((k) => k !== 'principal_tags' && k !== 'transitive_tag_keys')
    .map((k) => `"${k}"`)
    .join(', ');
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
  findings: OidcFinding[];
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
      : {
          kind: 'unknown',
          detail: keyOwner
            ? /*i18n*/ { id: 'oidc.rule.signature.keysUnknown', message: "Not verified: the issuer's signing keys are not known here." }
            : /*i18n*/ { id: 'oidc.rule.signature.providerUnknown', message: 'Not verified: the provider is not known, so neither are its keys.' },
        };
  return done(await signatureFindings(decoded, keys));
}
