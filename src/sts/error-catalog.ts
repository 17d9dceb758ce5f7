/**
 * What each STS error code means, in plain words (reference §5.3 and the SDK's modeled errors).
 * Message-specific refinements live in error-explanations.ts.
 */
import type { StsErrorCode } from '../sandbox/core/errors';

export interface ErrorExplanation {
  /** A few words for a heading. */
  title: string;
  /** One or two sentences: what happened. */
  meaning: string;
  /** What to try, most likely first. */
  likelyFixes: string[];
}

/**
 * The codes are the sandbox's error table (sandbox/core/errors.ts: every code of reference §5.3 plus
 * GetScopedCredentials' modeled errors and the common Query-API ones): one list, so a code the sandbox can
 * answer with and no explanation here is a compile error.
 */
export type KnownErrorCode = StsErrorCode;

type Base = Record<KnownErrorCode, ErrorExplanation>;

export const BASE_EXPLANATIONS: Base = {
  ValidationError: {
    title: 'A parameter is not valid',
    meaning: 'STS checked the parameters before doing anything and one of them breaks a rule: a length, a range, a character pattern, or a limit such as the role\'s maximum session duration.',
    likelyFixes: ['Read the message: it names the parameter (in lower camel case, like roleSessionName) and the rule it broke.', 'Fix that value and send again.'],
  },
  InvalidParameterValue: {
    title: 'A parameter value is not accepted',
    meaning: 'A value has the right shape but breaks a rule that spans parameters, most often about session tags and transitive tag keys.',
    likelyFixes: ['Every transitive tag key must also be one of the Tags you pass.', 'Tag keys are case-insensitive: "Project" and "project" count as duplicates.'],
  },
  AccessDenied: {
    title: 'Access denied',
    meaning: 'The request was understood and correctly signed, but a policy does not allow it, or these credentials may not call this operation at all.',
    likelyFixes: [
      'For AssumeRole, the role\'s trust policy must name your principal (or its account) and, across accounts, your own identity policy must allow sts:AssumeRole on the role.',
      'Check the conditions of the trust policy (ExternalId, MFA, source identity, tags) against what you send.',
      'Look for an explicit Deny in an SCP, a permissions boundary or a session policy.',
    ],
  },
  ExpiredToken: {
    title: 'Your session credentials have expired',
    meaning: 'The request was signed with temporary credentials whose session has ended, so STS no longer accepts them.',
    likelyFixes: ['Get fresh temporary credentials (assume the role again, or call GetSessionToken with long-term keys) and use those.'],
  },
  ExpiredTokenException: {
    title: 'The SAML assertion or identity token has expired',
    meaning: 'The web identity token (its exp claim) or the SAML assertion (its NotOnOrAfter) is in the past by STS\'s clock.',
    likelyFixes: ['Get a fresh token or assertion from the identity provider and send it right away.', 'If it is fresh, check that the identity provider\'s clock is right.'],
  },
  InvalidClientTokenId: {
    title: 'STS does not recognise these credentials',
    meaning: 'The access key ID is unknown to this endpoint, or temporary (ASIA…) keys came without their matching session token.',
    likelyFixes: [
      'Check that the access key ID is complete and belongs to this endpoint (AWS keys do not work in the sandbox, and sandbox keys do not work in AWS).',
      'With temporary credentials (ASIA…), paste the session token too.',
      'The key may have been deleted or deactivated.',
    ],
  },
  SignatureDoesNotMatch: {
    title: 'The signature does not match',
    meaning: 'STS recomputed the SigV4 signature with the secret key it holds for this access key and got a different result, or the request time is too far from STS\'s clock.',
    likelyFixes: ['Check the secret access key: it must be the one that belongs to the access key ID, with no extra spaces.', 'Check your computer\'s clock: it must be within 15 minutes of real time.'],
  },
  IncompleteSignature: {
    title: 'The Authorization header is malformed',
    meaning: 'The request carries a signature, but its Authorization header (or presigned query) is missing a part or has a part in the wrong form.',
    likelyFixes: ['The Credential must read keyid/date/region/sts/aws4_request.', 'If a proxy or custom code builds the header, compare it with one the SDK produces.'],
  },
  MissingAuthenticationToken: {
    title: 'The request is not signed',
    meaning: 'This operation needs a SigV4 signature and the request had none.',
    likelyFixes: ['Enter source credentials (an access key ID and secret) for this target.', 'Only AssumeRoleWithSAML and AssumeRoleWithWebIdentity work unsigned.'],
  },
  MalformedPolicyDocument: {
    title: 'The session policy is not valid',
    meaning: 'The inline session policy is not valid JSON or does not follow the IAM policy grammar.',
    likelyFixes: ['Check the JSON syntax (quotes, commas, braces).', 'Each statement needs Effect, Action (or NotAction) and Resource (or NotResource).'],
  },
  PackedPolicyTooLarge: {
    title: 'Session policies and tags are too large',
    meaning: 'STS packs the session policies and session tags into a compressed form with its own size limit, and this request exceeds it, even if each part is under its own limit.',
    likelyFixes: ['Pass fewer or shorter session tags or session policies.', 'Tags inherited as transitive tags from the calling session count too.'],
  },
  IDPRejectedClaim: {
    title: 'The identity provider rejected the token',
    meaning: 'STS asked the identity provider (Login with Amazon, Facebook) to confirm the token, and the provider refused it.',
    likelyFixes: ['Get a fresh token from the provider.', 'ProviderId must be the provider\'s host name (www.amazon.com or graph.facebook.com) and only with OAuth access tokens.'],
  },
  InvalidIdentityToken: {
    title: 'The SAML assertion or web identity token is not accepted',
    meaning: 'STS could not validate the token or assertion: the issuer, audience, signature or a required attribute does not match what the account has configured.',
    likelyFixes: ['Read the message: it names what did not match.', 'Compare the token\'s issuer and audience with the IAM identity provider in the role\'s account.'],
  },
  IDPCommunicationError: {
    title: 'STS could not reach the identity provider',
    meaning: 'To check the token, STS fetches the issuer\'s OpenID configuration and keys (JWKS), and that request failed.',
    likelyFixes: ['Make sure {issuer}/.well-known/openid-configuration and its jwks_uri are reachable from the internet over HTTPS.', 'Try again: the provider may have been briefly unavailable.'],
  },
  RegionDisabledException: {
    title: 'STS is not activated in this Region for the account',
    meaning: 'The account whose credentials would be issued has deactivated STS in this Region, or the Region is an opt-in Region the account has not enabled.',
    likelyFixes: ['An account administrator can activate the Region for STS in the IAM console (Account settings).', 'Or use another Region\'s endpoint, such as us-east-1, which cannot be deactivated.'],
  },
  InvalidAuthorizationMessageException: {
    title: 'The encoded authorization message is not valid',
    meaning: 'The message could not be decoded: it is damaged (line breaks, missing characters), from another account or partition, or has expired.',
    likelyFixes: ['Copy the whole encoded message, from the same error, with no line breaks.', 'Encoded messages expire; reproduce the denial to get a new one.'],
  },
  ExpiredTradeInTokenException: {
    title: 'The trade-in token has expired',
    meaning: 'The delegation token sent to your SNS topic is past its lifetime and can no longer be exchanged for credentials.',
    likelyFixes: ['Ask the customer to approve a new delegation request, then exchange the new token promptly.'],
  },
  SessionDurationEscalationException: {
    title: 'The token would outlive your session',
    meaning: 'The requested DurationSeconds would make the token valid after the calling session expires, which STS does not allow.',
    likelyFixes: ['Ask for a shorter DurationSeconds, or refresh your session first.'],
  },
  OutboundWebIdentityFederationDisabledException: {
    title: 'Outbound identity federation is off for this account',
    meaning: 'GetWebIdentityToken works only after the account has enabled outbound web identity federation.',
    likelyFixes: ['An administrator can enable it with iam:EnableOutboundWebIdentityFederation (IAM console, Account settings).'],
  },
  JWTPayloadSizeExceededException: {
    title: 'The token would be too large',
    meaning: 'The claims for the requested web identity token (audiences, tags, session context) exceed the maximum JWT size.',
    likelyFixes: ['Pass fewer audiences or tags, or shorter values.'],
  },
  Throttling: {
    title: 'Too many requests',
    meaning: 'STS is limiting the request rate for this account or caller ("Rate exceeded").',
    likelyFixes: ['Wait a moment and send again; in scripts, back off between retries.', 'Use a Regional endpoint: each Region has its own quota.'],
  },
  InvalidAction: {
    title: 'The endpoint does not know this operation',
    meaning: 'The Action in the request is not an operation this endpoint offers for API version 2011-06-15.',
    likelyFixes: ['Newer operations (AssumeRoot, GetWebIdentityToken, GetDelegatedAccessToken, GetScopedCredentials) may be missing from emulators and older endpoints.', 'Check the spelling of the Action if you build requests by hand.'],
  },
  InsufficientSessionLifetime: {
    title: 'Your session has less time left than requested',
    meaning: 'GetScopedCredentials cannot extend a session: the requested DurationSeconds is longer than the calling session has left.',
    likelyFixes: ['Ask for a shorter DurationSeconds, or leave it out to keep the session\'s own expiry.'],
  },
  InvalidSubjectCredentials: {
    title: 'The calling session is not valid for this call',
    meaning: 'GetScopedCredentials could not validate or resolve the temporary credentials that signed the request.',
    likelyFixes: ['Sign with temporary credentials (an assumed role, federated user or GetSessionToken session), not long-term keys.', 'Get fresh credentials if the session is old.'],
  },
  InvalidContextAssertion: {
    title: 'The context assertion is not valid',
    meaning: 'A ProvidedContexts assertion could not be verified by the context provider named in ProviderArn.',
    likelyFixes: ['Send the assertion exactly as the context provider issued it, with its matching ProviderArn.'],
  },
  UnsupportedProtocol: {
    title: 'Unsupported protocol',
    meaning: 'The endpoint refused the request\'s protocol or form.',
    likelyFixes: ['Send the request over HTTPS to a Regional endpoint with a current SDK.'],
  },
  OptInRequired: {
    title: 'The account has not opted in',
    meaning: 'The account is not subscribed to, or has not enabled, what this request needs (often an opt-in Region).',
    likelyFixes: ['Enable the Region or feature for the account, then try again.'],
  },
  MissingParameter: {
    title: 'A required parameter is missing',
    meaning: 'The request lacks a parameter the operation requires.',
    likelyFixes: ['Fill in every required field; the message names the missing one.'],
  },
  InvalidQueryParameter: {
    title: 'A query parameter is not valid',
    meaning: 'The request\'s query string or form body contains a parameter the operation does not accept, or one in the wrong form.',
    likelyFixes: ['Check the parameter names and the list syntax (Tags.member.1.Key=…).'],
  },
  MalformedQueryString: {
    title: 'The query string is malformed',
    meaning: 'The query string or form body could not be parsed (bad percent-encoding or structure).',
    likelyFixes: ['Percent-encode every value; send the body as application/x-www-form-urlencoded.'],
  },
  InternalFailure: {
    title: 'STS failed internally',
    meaning: 'The service hit an error of its own; the request itself may be fine.',
    likelyFixes: ['Send again after a moment.'],
  },
};

export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return Object.prototype.hasOwnProperty.call(BASE_EXPLANATIONS, code);
}
