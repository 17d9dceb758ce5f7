/**
 * What each STS error code means, in plain words (reference §5.3 and the SDK's modeled errors).
 * Message-specific refinements live in error-explanations.ts.
 */
import type { Words } from '../kernel/message';
import type { StsErrorCode } from '../sandbox/core/errors';

/** The workbench's reading of an error, translated where it renders; STS's own code and message stay beside it. */
export interface ErrorExplanation {
  /** A few words for a heading. */
  title: Words;
  /** One or two sentences: what happened. */
  meaning: Words;
  /** What to try, most likely first. */
  likelyFixes: Words[];
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
    title: /*i18n*/ { id: 'stsError.ValidationError.title', message: 'A parameter is not valid' },
    meaning: /*i18n*/ { id: 'stsError.ValidationError.meaning', message: 'STS checked the parameters before doing anything and one of them breaks a rule: a length, a range, a character pattern, or a limit such as the role\'s maximum session duration.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.ValidationError.fix1', message: 'Read the message: it names the parameter (in lower camel case, like roleSessionName) and the rule it broke.' }, /*i18n*/ { id: 'stsError.ValidationError.fix2', message: 'Fix that value and send again.' }],
  },
  InvalidParameterValue: {
    title: /*i18n*/ { id: 'stsError.InvalidParameterValue.title', message: 'A parameter value is not accepted' },
    meaning: /*i18n*/ { id: 'stsError.InvalidParameterValue.meaning', message: 'A value has the right shape but breaks a rule that spans parameters, most often about session tags and transitive tag keys.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.InvalidParameterValue.fix1', message: 'Every transitive tag key must also be one of the Tags you pass.' }, /*i18n*/ { id: 'stsError.InvalidParameterValue.fix2', message: 'Tag keys are case-insensitive: "Project" and "project" count as duplicates.' }],
  },
  AccessDenied: {
    title: /*i18n*/ { id: 'stsError.AccessDenied.title', message: 'Access denied' },
    meaning: /*i18n*/ { id: 'stsError.AccessDenied.meaning', message: 'The request was understood and correctly signed, but a policy does not allow it, or these credentials may not call this operation at all.' },
    likelyFixes: [
      /*i18n*/ { id: 'stsError.AccessDenied.fix1', message: 'For AssumeRole, the role\'s trust policy must name your principal (or its account) and, across accounts, your own identity policy must allow sts:AssumeRole on the role.' },
      /*i18n*/ { id: 'stsError.AccessDenied.fix2', message: 'Check the conditions of the trust policy (ExternalId, MFA, source identity, tags) against what you send.' },
      /*i18n*/ { id: 'stsError.AccessDenied.fix3', message: 'Look for an explicit Deny in an SCP, a permissions boundary or a session policy.' },
    ],
  },
  ExpiredToken: {
    title: /*i18n*/ { id: 'stsError.ExpiredToken.title', message: 'Your session credentials have expired' },
    meaning: /*i18n*/ { id: 'stsError.ExpiredToken.meaning', message: 'The request was signed with temporary credentials whose session has ended, so STS no longer accepts them.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.ExpiredToken.fix1', message: 'Get fresh temporary credentials (assume the role again, or call GetSessionToken with long-term keys) and use those.' }],
  },
  ExpiredTokenException: {
    title: /*i18n*/ { id: 'stsError.ExpiredTokenException.title', message: 'The SAML assertion or identity token has expired' },
    meaning: /*i18n*/ { id: 'stsError.ExpiredTokenException.meaning', message: 'The web identity token (its exp claim) or the SAML assertion (its NotOnOrAfter) is in the past by STS\'s clock.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.ExpiredTokenException.fix1', message: 'Get a fresh token or assertion from the identity provider and send it right away.' }, /*i18n*/ { id: 'stsError.ExpiredTokenException.fix2', message: 'If it is fresh, check that the identity provider\'s clock is right.' }],
  },
  InvalidClientTokenId: {
    title: /*i18n*/ { id: 'stsError.InvalidClientTokenId.title', message: 'STS does not recognise these credentials' },
    meaning: /*i18n*/ { id: 'stsError.InvalidClientTokenId.meaning', message: 'The access key ID is unknown to this endpoint, or temporary (ASIA…) keys came without their matching session token.' },
    likelyFixes: [
      /*i18n*/ { id: 'stsError.InvalidClientTokenId.fix1', message: 'Check that the access key ID is complete and belongs to this endpoint (AWS keys do not work in the sandbox, and sandbox keys do not work in AWS).' },
      /*i18n*/ { id: 'stsError.InvalidClientTokenId.fix2', message: 'With temporary credentials (ASIA…), paste the session token too.' },
      /*i18n*/ { id: 'stsError.InvalidClientTokenId.fix3', message: 'The key may have been deleted or deactivated.' },
    ],
  },
  SignatureDoesNotMatch: {
    title: /*i18n*/ { id: 'stsError.SignatureDoesNotMatch.title', message: 'The signature does not match' },
    meaning: /*i18n*/ { id: 'stsError.SignatureDoesNotMatch.meaning', message: 'STS recomputed the SigV4 signature with the secret key it holds for this access key and got a different result, or the request time is too far from STS\'s clock.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.SignatureDoesNotMatch.fix1', message: 'Check the secret access key: it must be the one that belongs to the access key ID, with no extra spaces.' }, /*i18n*/ { id: 'stsError.SignatureDoesNotMatch.fix2', message: 'Check your computer\'s clock: it must be within 15 minutes of real time.' }],
  },
  IncompleteSignature: {
    title: /*i18n*/ { id: 'stsError.IncompleteSignature.title', message: 'The Authorization header is malformed' },
    meaning: /*i18n*/ { id: 'stsError.IncompleteSignature.meaning', message: 'The request carries a signature, but its Authorization header (or presigned query) is missing a part or has a part in the wrong form.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.IncompleteSignature.fix1', message: 'The Credential must read keyid/date/region/sts/aws4_request.' }, /*i18n*/ { id: 'stsError.IncompleteSignature.fix2', message: 'If a proxy or custom code builds the header, compare it with one the SDK produces.' }],
  },
  MissingAuthenticationToken: {
    title: /*i18n*/ { id: 'stsError.MissingAuthenticationToken.title', message: 'The request is not signed' },
    meaning: /*i18n*/ { id: 'stsError.MissingAuthenticationToken.meaning', message: 'This operation needs a SigV4 signature and the request had none.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.MissingAuthenticationToken.fix1', message: 'Enter source credentials (an access key ID and secret) for this target.' }, /*i18n*/ { id: 'stsError.MissingAuthenticationToken.fix2', message: 'Only AssumeRoleWithSAML and AssumeRoleWithWebIdentity work unsigned.' }],
  },
  MalformedPolicyDocument: {
    title: /*i18n*/ { id: 'stsError.MalformedPolicyDocument.title', message: 'The session policy is not valid' },
    meaning: /*i18n*/ { id: 'stsError.MalformedPolicyDocument.meaning', message: 'The inline session policy is not valid JSON or does not follow the IAM policy grammar.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.MalformedPolicyDocument.fix1', message: 'Check the JSON syntax (quotes, commas, braces).' }, /*i18n*/ { id: 'stsError.MalformedPolicyDocument.fix2', message: 'Each statement needs Effect, Action (or NotAction) and Resource (or NotResource).' }],
  },
  PackedPolicyTooLarge: {
    title: /*i18n*/ { id: 'stsError.PackedPolicyTooLarge.title', message: 'Session policies and tags are too large' },
    meaning: /*i18n*/ { id: 'stsError.PackedPolicyTooLarge.meaning', message: 'STS packs the session policies and session tags into a compressed form with its own size limit, and this request exceeds it, even if each part is under its own limit.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.PackedPolicyTooLarge.fix1', message: 'Pass fewer or shorter session tags or session policies.' }, /*i18n*/ { id: 'stsError.PackedPolicyTooLarge.fix2', message: 'Tags inherited as transitive tags from the calling session count too.' }],
  },
  IDPRejectedClaim: {
    title: /*i18n*/ { id: 'stsError.IDPRejectedClaim.title', message: 'The identity provider rejected the token' },
    meaning: /*i18n*/ { id: 'stsError.IDPRejectedClaim.meaning', message: 'STS asked the identity provider (Login with Amazon, Facebook) to confirm the token, and the provider refused it.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.IDPRejectedClaim.fix1', message: 'Get a fresh token from the provider.' }, /*i18n*/ { id: 'stsError.IDPRejectedClaim.fix2', message: 'ProviderId must be the provider\'s host name (www.amazon.com or graph.facebook.com) and only with OAuth access tokens.' }],
  },
  InvalidIdentityToken: {
    title: /*i18n*/ { id: 'stsError.InvalidIdentityToken.title', message: 'The SAML assertion or web identity token is not accepted' },
    meaning: /*i18n*/ { id: 'stsError.InvalidIdentityToken.meaning', message: 'STS could not validate the token or assertion: the issuer, audience, signature or a required attribute does not match what the account has configured.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.InvalidIdentityToken.fix1', message: 'Read the message: it names what did not match.' }, /*i18n*/ { id: 'stsError.InvalidIdentityToken.fix2', message: 'Compare the token\'s issuer and audience with the IAM identity provider in the role\'s account.' }],
  },
  IDPCommunicationError: {
    title: /*i18n*/ { id: 'stsError.IDPCommunicationError.title', message: 'STS could not reach the identity provider' },
    meaning: /*i18n*/ { id: 'stsError.IDPCommunicationError.meaning', message: 'To check the token, STS fetches the issuer\'s OpenID configuration and keys (JWKS), and that request failed.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.IDPCommunicationError.fix1', message: 'Make sure {discovery} and its jwks_uri are reachable from the internet over HTTPS.', values: { discovery: '{issuer}/.well-known/openid-configuration' }, verbatim: ['discovery'] }, /*i18n*/ { id: 'stsError.IDPCommunicationError.fix2', message: 'Try again: the provider may have been briefly unavailable.' }],
  },
  RegionDisabledException: {
    title: /*i18n*/ { id: 'stsError.RegionDisabledException.title', message: 'STS is not activated in this Region for the account' },
    meaning: /*i18n*/ { id: 'stsError.RegionDisabledException.meaning', message: 'The account whose credentials would be issued has deactivated STS in this Region, or the Region is an opt-in Region the account has not enabled.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.RegionDisabledException.fix1', message: 'An account administrator can activate the Region for STS in the IAM console (Account settings).' }, /*i18n*/ { id: 'stsError.RegionDisabledException.fix2', message: 'Or use another Region\'s endpoint, such as us-east-1, which cannot be deactivated.' }],
  },
  InvalidAuthorizationMessageException: {
    title: /*i18n*/ { id: 'stsError.InvalidAuthorizationMessageException.title', message: 'The encoded authorization message is not valid' },
    meaning: /*i18n*/ { id: 'stsError.InvalidAuthorizationMessageException.meaning', message: 'The message could not be decoded: it is damaged (line breaks, missing characters), from another account or partition, or has expired.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.InvalidAuthorizationMessageException.fix1', message: 'Copy the whole encoded message, from the same error, with no line breaks.' }, /*i18n*/ { id: 'stsError.InvalidAuthorizationMessageException.fix2', message: 'Encoded messages expire; reproduce the denial to get a new one.' }],
  },
  ExpiredTradeInTokenException: {
    title: /*i18n*/ { id: 'stsError.ExpiredTradeInTokenException.title', message: 'The trade-in token has expired' },
    meaning: /*i18n*/ { id: 'stsError.ExpiredTradeInTokenException.meaning', message: 'The delegation token sent to your SNS topic is past its lifetime and can no longer be exchanged for credentials.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.ExpiredTradeInTokenException.fix1', message: 'Ask the customer to approve a new delegation request, then exchange the new token promptly.' }],
  },
  SessionDurationEscalationException: {
    title: /*i18n*/ { id: 'stsError.SessionDurationEscalationException.title', message: 'The token would outlive your session' },
    meaning: /*i18n*/ { id: 'stsError.SessionDurationEscalationException.meaning', message: 'The requested DurationSeconds would make the token valid after the calling session expires, which STS does not allow.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.SessionDurationEscalationException.fix1', message: 'Ask for a shorter DurationSeconds, or refresh your session first.' }],
  },
  OutboundWebIdentityFederationDisabledException: {
    title: /*i18n*/ { id: 'stsError.OutboundWebIdentityFederationDisabledException.title', message: 'Outbound identity federation is off for this account' },
    meaning: /*i18n*/ { id: 'stsError.OutboundWebIdentityFederationDisabledException.meaning', message: 'GetWebIdentityToken works only after the account has enabled outbound web identity federation.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.OutboundWebIdentityFederationDisabledException.fix1', message: 'An administrator can enable it with iam:EnableOutboundWebIdentityFederation (IAM console, Account settings).' }],
  },
  JWTPayloadSizeExceededException: {
    title: /*i18n*/ { id: 'stsError.JWTPayloadSizeExceededException.title', message: 'The token would be too large' },
    meaning: /*i18n*/ { id: 'stsError.JWTPayloadSizeExceededException.meaning', message: 'The claims for the requested web identity token (audiences, tags, session context) exceed the maximum JWT size.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.JWTPayloadSizeExceededException.fix1', message: 'Pass fewer audiences or tags, or shorter values.' }],
  },
  Throttling: {
    title: /*i18n*/ { id: 'stsError.Throttling.title', message: 'Too many requests' },
    meaning: /*i18n*/ { id: 'stsError.Throttling.meaning', message: 'STS is limiting the request rate for this account or caller ("Rate exceeded").' },
    likelyFixes: [/*i18n*/ { id: 'stsError.Throttling.fix1', message: 'Wait a moment and send again; in scripts, back off between retries.' }, /*i18n*/ { id: 'stsError.Throttling.fix2', message: 'Use a Regional endpoint: each Region has its own quota.' }],
  },
  InvalidAction: {
    title: /*i18n*/ { id: 'stsError.InvalidAction.title', message: 'The endpoint does not know this operation' },
    meaning: /*i18n*/ { id: 'stsError.InvalidAction.meaning', message: 'The Action in the request is not an operation this endpoint offers for API version 2011-06-15.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.InvalidAction.fix1', message: 'Newer operations (AssumeRoot, GetWebIdentityToken, GetDelegatedAccessToken, GetScopedCredentials) may be missing from emulators and older endpoints.' }, /*i18n*/ { id: 'stsError.InvalidAction.fix2', message: 'Check the spelling of the Action if you build requests by hand.' }],
  },
  InsufficientSessionLifetime: {
    title: /*i18n*/ { id: 'stsError.InsufficientSessionLifetime.title', message: 'Your session has less time left than requested' },
    meaning: /*i18n*/ { id: 'stsError.InsufficientSessionLifetime.meaning', message: 'GetScopedCredentials cannot extend a session: the requested DurationSeconds is longer than the calling session has left.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.InsufficientSessionLifetime.fix1', message: 'Ask for a shorter DurationSeconds, or leave it out to keep the session\'s own expiry.' }],
  },
  InvalidSubjectCredentials: {
    title: /*i18n*/ { id: 'stsError.InvalidSubjectCredentials.title', message: 'The calling session is not valid for this call' },
    meaning: /*i18n*/ { id: 'stsError.InvalidSubjectCredentials.meaning', message: 'GetScopedCredentials could not validate or resolve the temporary credentials that signed the request.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.InvalidSubjectCredentials.fix1', message: 'Sign with temporary credentials (an assumed role, federated user or GetSessionToken session), not long-term keys.' }, /*i18n*/ { id: 'stsError.InvalidSubjectCredentials.fix2', message: 'Get fresh credentials if the session is old.' }],
  },
  InvalidContextAssertion: {
    title: /*i18n*/ { id: 'stsError.InvalidContextAssertion.title', message: 'The context assertion is not valid' },
    meaning: /*i18n*/ { id: 'stsError.InvalidContextAssertion.meaning', message: 'A ProvidedContexts assertion could not be verified by the context provider named in ProviderArn.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.InvalidContextAssertion.fix1', message: 'Send the assertion exactly as the context provider issued it, with its matching ProviderArn.' }],
  },
  UnsupportedProtocol: {
    title: /*i18n*/ { id: 'stsError.UnsupportedProtocol.title', message: 'Unsupported protocol' },
    meaning: /*i18n*/ { id: 'stsError.UnsupportedProtocol.meaning', message: 'The endpoint refused the request\'s protocol or form.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.UnsupportedProtocol.fix1', message: 'Send the request over HTTPS to a Regional endpoint with a current SDK.' }],
  },
  OptInRequired: {
    title: /*i18n*/ { id: 'stsError.OptInRequired.title', message: 'The account has not opted in' },
    meaning: /*i18n*/ { id: 'stsError.OptInRequired.meaning', message: 'The account is not subscribed to, or has not enabled, what this request needs (often an opt-in Region).' },
    likelyFixes: [/*i18n*/ { id: 'stsError.OptInRequired.fix1', message: 'Enable the Region or feature for the account, then try again.' }],
  },
  MissingParameter: {
    title: /*i18n*/ { id: 'stsError.MissingParameter.title', message: 'A required parameter is missing' },
    meaning: /*i18n*/ { id: 'stsError.MissingParameter.meaning', message: 'The request lacks a parameter the operation requires.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.MissingParameter.fix1', message: 'Fill in every required field; the message names the missing one.' }],
  },
  InvalidQueryParameter: {
    title: /*i18n*/ { id: 'stsError.InvalidQueryParameter.title', message: 'A query parameter is not valid' },
    meaning: /*i18n*/ { id: 'stsError.InvalidQueryParameter.meaning', message: 'The request\'s query string or form body contains a parameter the operation does not accept, or one in the wrong form.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.InvalidQueryParameter.fix1', message: 'Check the parameter names and the list syntax (Tags.member.1.Key=…).' }],
  },
  MalformedQueryString: {
    title: /*i18n*/ { id: 'stsError.MalformedQueryString.title', message: 'The query string is malformed' },
    meaning: /*i18n*/ { id: 'stsError.MalformedQueryString.meaning', message: 'The query string or form body could not be parsed (bad percent-encoding or structure).' },
    likelyFixes: [/*i18n*/ { id: 'stsError.MalformedQueryString.fix1', message: 'Percent-encode every value; send the body as application/x-www-form-urlencoded.' }],
  },
  InternalFailure: {
    title: /*i18n*/ { id: 'stsError.InternalFailure.title', message: 'STS failed internally' },
    meaning: /*i18n*/ { id: 'stsError.InternalFailure.meaning', message: 'The service hit an error of its own; the request itself may be fine.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.InternalFailure.fix1', message: 'Send again after a moment.' }],
  },
};

export function isKnownErrorCode(code: string): code is KnownErrorCode {
  return Object.prototype.hasOwnProperty.call(BASE_EXPLANATIONS, code);
}
