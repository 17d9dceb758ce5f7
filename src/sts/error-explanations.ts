/**
 * explainError: the plain-words explanation of an STS error, refined by the message text
 * (STS reuses a few codes for very different causes) and by where the call went.
 */
import type { OperationName } from '../catalog/types';
import type { Message, Words } from '../kernel/message';
import type { Target } from './connection';
import { BASE_EXPLANATIONS, isKnownErrorCode, type ErrorExplanation } from './error-catalog';

export { BASE_EXPLANATIONS } from './error-catalog';
export type { ErrorExplanation, KnownErrorCode } from './error-catalog';

export interface ExplainContext {
  operation?: OperationName;
  target?: Target;
}

interface Refinement {
  codes: readonly string[];
  /** Only for these operations (when the caller says which): SAML causes never explain an OIDC error. */
  operations?: readonly OperationName[];
  match: RegExp;
  explain: (m: RegExpExecArray, ctx: ExplainContext) => ErrorExplanation;
}

const fixed = (title: Words, meaning: Words, likelyFixes: Words[]) => () => ({ title, meaning, likelyFixes });

/** Checked in order; the first match wins. */
const REFINEMENTS: readonly Refinement[] = [
  {
    codes: ['SignatureDoesNotMatch'],
    match: /Signature expired: (\S+) is now earlier than/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.clockBehind.title', message: 'Your clock is behind' },
      /*i18n*/ { id: 'stsError.clockBehind.meaning', message: 'The request was signed with a time more than 15 minutes before STS\'s clock, so STS treats the signature as expired. This is almost always a wrong computer clock, not a wrong key.' },
      [/*i18n*/ { id: 'stsError.clockBehind.fix1', message: 'Set your computer\'s clock automatically (network time) and send again.' }, /*i18n*/ { id: 'stsError.clockBehind.fix2', message: 'Check the time zone setting: the signature uses UTC derived from it.' }],
    ),
  },
  {
    codes: ['SignatureDoesNotMatch'],
    match: /Signature not yet current/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.clockAhead.title', message: 'Your clock is ahead' },
      /*i18n*/ { id: 'stsError.clockAhead.meaning', message: 'The request was signed with a time more than 15 minutes after STS\'s clock. Your computer\'s clock is fast.' },
      [/*i18n*/ { id: 'stsError.clockAhead.fix1', message: 'Set your computer\'s clock automatically (network time) and send again.' }],
    ),
  },
  {
    codes: ['SignatureDoesNotMatch', 'IncompleteSignature'],
    match: /Credential should be scoped to a valid Region/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.wrongRegion.title', message: 'The signature names the wrong Region' },
      /*i18n*/ { id: 'stsError.wrongRegion.meaning', message: 'The request was signed for a Region other than the one this endpoint serves. The global endpoint signs as us-east-1; every Regional endpoint signs as its own Region.' },
      [/*i18n*/ { id: 'stsError.wrongRegion.fix1', message: 'Choose the endpoint and Region together (the workbench does this for AWS targets).' }, /*i18n*/ { id: 'stsError.wrongRegion.fix2', message: 'For a custom endpoint, set the Region it expects.' }],
    ),
  },
  {
    codes: ['AccessDenied'],
    match: /Roles may not be assumed by root accounts/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.rootCannotAssume.title', message: 'The root user cannot assume roles' },
      /*i18n*/ { id: 'stsError.rootCannotAssume.meaning', message: 'The request was signed with the root user\'s access keys. AWS does not let the root user call AssumeRole.' },
      [/*i18n*/ { id: 'stsError.rootCannotAssume.fix1', message: 'Sign with an IAM user\'s keys or an existing role session instead.' }, /*i18n*/ { id: 'stsError.rootCannotAssume.fix2', message: 'Better still, delete the root access keys and use an IAM user or IAM Identity Center.' }],
    ),
  },
  {
    codes: ['AccessDenied'],
    match: /Cannot call (GetSessionToken|GetFederationToken) with session credentials/,
    explain: (m) => {
      const values = { operation: m[1] ?? '' };
      return {
        title: /*i18n*/ { id: 'stsError.needsLongTermKeys.title', message: '{operation} needs long-term keys', values, verbatim: ['operation'] },
        meaning: /*i18n*/ { id: 'stsError.needsLongTermKeys.meaning', message: "{operation} must be signed with an IAM user's (or the root user's) long-term access keys (AKIA…). These are temporary session credentials (ASIA…).", values, verbatim: ['operation'] },
        likelyFixes: [
          /*i18n*/ { id: 'stsError.needsLongTermKeys.fix1', message: "Sign with the IAM user's own access key ID and secret access key." },
          /*i18n*/ { id: 'stsError.needsLongTermKeys.fix2', message: 'If you already have session credentials, you probably do not need this call.' },
        ],
      };
    },
  },
  {
    codes: ['AccessDenied'],
    match: /MultiFactorAuthentication failed with invalid MFA one time pass code/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.mfaWrongCode.title', message: 'The MFA code is wrong' },
      /*i18n*/ { id: 'stsError.mfaWrongCode.meaning', message: 'The serial number is valid for this user, but the six-digit code does not match: it is mistyped, has expired, or was already used.' },
      [/*i18n*/ { id: 'stsError.mfaWrongCode.fix1', message: 'Wait for the next code on your device and enter it promptly.' }, /*i18n*/ { id: 'stsError.mfaWrongCode.fix2', message: 'A code can be used only once; do not reuse the one you just sent.' }, /*i18n*/ { id: 'stsError.mfaWrongCode.fix3', message: 'If codes keep failing, the MFA device\'s clock may have drifted; resync it in the IAM console.' }],
    ),
  },
  {
    codes: ['AccessDenied'],
    match: /MultiFactorAuthentication failed, unable to validate MFA code/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.mfaNotUsers.title', message: 'The MFA device does not belong to this user' },
      /*i18n*/ { id: 'stsError.mfaNotUsers.meaning', message: 'STS could not find the MFA device named by SerialNumber for the user who signed the request.' },
      [/*i18n*/ { id: 'stsError.mfaNotUsers.fix1', message: 'Use the ARN of an MFA device assigned to this IAM user (arn:aws:iam::ACCOUNT:mfa/NAME) or the serial of its hardware token.' }, /*i18n*/ { id: 'stsError.mfaNotUsers.fix2', message: 'Sign with the keys of the user who owns the device.' }],
    ),
  },
  {
    codes: ['AccessDenied'],
    match: /not authorized to perform: (sts:\w+)(?: on resource: (\S+))?.*because no identity-based policy allows/s,
    explain: (m) => {
      const values = { action: m[1] ?? '', resource: m[2] ?? '' };
      const verbatim = ['action', 'resource'];
      return {
        title: /*i18n*/ { id: 'stsError.noIdentityPolicy.title', message: 'Your own permissions do not allow this' },
        meaning: m[2]
          ? /*i18n*/ { id: 'stsError.noIdentityPolicy.meaningOn', message: "No policy attached to the caller (user, role or group) allows {action} on {resource}. For a role in another account, the role's trust policy is not enough on its own.", values, verbatim }
          : /*i18n*/ { id: 'stsError.noIdentityPolicy.meaning', message: "No policy attached to the caller (user, role or group) allows {action}. For a role in another account, the role's trust policy is not enough on its own.", values, verbatim },
        likelyFixes: [
          m[2]
            ? /*i18n*/ { id: 'stsError.noIdentityPolicy.fixOn', message: 'Add an identity policy that allows {action} on {resource} to the calling user or role.', values, verbatim }
            : /*i18n*/ { id: 'stsError.noIdentityPolicy.fix', message: 'Add an identity policy that allows {action} to the calling user or role.', values, verbatim },
        ],
      };
    },
  },
  {
    codes: ['AccessDenied'],
    match: /is not authorized to perform: sts:AssumeRole on resource: (\S+)/,
    explain: (m) => ({
      title: /*i18n*/ { id: 'stsError.roleNotTrusting.title', message: 'The role does not trust you (or does not exist)' },
      meaning: /*i18n*/ { id: 'stsError.roleNotTrusting.meaning', message: "STS refused to let this caller assume {role}. Either the role's trust policy does not allow your principal with these parameters, or the role does not exist: STS answers both the same way.", values: { role: m[1] ?? '' }, verbatim: ['role'] },
      likelyFixes: [
        /*i18n*/ { id: 'stsError.roleNotTrusting.fix1', message: 'Check the role ARN, including the account ID.' },
        /*i18n*/ { id: 'stsError.roleNotTrusting.fix2', message: "The trust policy's Principal must name your user or role ARN, or your account." },
        /*i18n*/ { id: 'stsError.roleNotTrusting.fix3', message: 'Check its conditions: sts:ExternalId, aws:MultiFactorAuthPresent, tags, source identity.' },
        /*i18n*/ { id: 'stsError.roleNotTrusting.fix4', message: 'Passing Tags or SourceIdentity also needs sts:TagSession or sts:SetSourceIdentity in the trust policy.' },
      ],
    }),
  },
  {
    codes: ['AccessDenied'],
    match: /Not authorized to perform sts:(AssumeRoleWithWebIdentity|AssumeRoleWithSAML)/,
    explain: (m) => ({
      title: /*i18n*/ { id: 'stsError.federatedNotTrusted.title', message: "The role's trust policy does not accept this identity" },
      meaning: /*i18n*/ { id: 'stsError.federatedNotTrusted.meaning', message: "The token or assertion is valid, but the role's trust policy does not allow {operation} for it: the Federated principal or a condition (aud, sub, SAML attributes) does not match.", values: { operation: m[1] ?? '' }, verbatim: ['operation'] },
      likelyFixes: [
        /*i18n*/ { id: 'stsError.federatedNotTrusted.fix1', message: "The trust policy's Principal.Federated must be the IAM identity provider's ARN (or the built-in provider name)." },
        m[1] === 'AssumeRoleWithWebIdentity'
          ? /*i18n*/ { id: 'stsError.federatedNotTrusted.fixOidc', message: "Compare the token's aud and sub claims with the trust policy's conditions (for GitHub Actions, the sub names the repository and branch)." }
          : /*i18n*/ { id: 'stsError.federatedNotTrusted.fixSaml', message: 'The SAML Role attribute must name this role together with the SAML provider ARN.' },
        /*i18n*/ { id: 'stsError.federatedNotTrusted.fix3', message: 'If the token carries session tags, the trust policy must also allow sts:TagSession.' },
      ],
    }),
  },
  {
    codes: ['ValidationError'],
    match: /exceeds the MaxSessionDuration set for this role/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.overMaxDuration.title', message: 'Longer than the role allows' },
      /*i18n*/ { id: 'stsError.overMaxDuration.meaning', message: 'DurationSeconds is larger than the role\'s maximum session duration (1 hour unless an administrator raised it, up to 12 hours).' },
      [/*i18n*/ { id: 'stsError.overMaxDuration.fix1', message: 'Ask for less, for example 3600 seconds.' }, /*i18n*/ { id: 'stsError.overMaxDuration.fix2', message: 'Or have an administrator raise the role\'s MaxSessionDuration.' }],
    ),
  },
  {
    codes: ['ValidationError'],
    match: /exceeds the 1 hour session limit for roles assumed by role chaining/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.chainingCap.title', message: 'Role chaining is limited to 1 hour' },
      /*i18n*/ { id: 'stsError.chainingCap.meaning', message: 'You are assuming a role with temporary credentials (another role session, or GetSessionToken credentials), which is role chaining. AWS caps such sessions at 3600 seconds, whatever the role\'s maximum.' },
      [/*i18n*/ { id: 'stsError.chainingCap.fix1', message: 'Set DurationSeconds to 3600 or less.' }, /*i18n*/ { id: 'stsError.chainingCap.fix2', message: 'For a longer session, assume the role directly with an IAM user\'s long-term keys.' }],
    ),
  },
  {
    codes: ['ValidationError'],
    match: /Value (null|'[\s\S]*?') at '([\w.]+)' failed to satisfy constraint: Member must ([^;]+)/,
    explain: (m) => {
      // The rule is STS's own wording ("have length less than or equal to 64"): quoted verbatim.
      const values = { parameter: m[2] ?? '', rule: (m[3] ?? '').trim() };
      const verbatim = ['parameter', 'rule'];
      return {
        title: /*i18n*/ { id: 'stsError.constraint.title', message: '{parameter} is not valid', values, verbatim },
        meaning:
          m[1] === 'null'
            ? /*i18n*/ { id: 'stsError.constraint.missing', message: 'The required parameter {parameter} is missing. The rule: it must {rule}.', values, verbatim }
            : /*i18n*/ { id: 'stsError.constraint.broken', message: 'The value given for {parameter} breaks a rule. The rule: it must {rule}.', values, verbatim },
        likelyFixes: [
          /*i18n*/ { id: 'stsError.constraint.fix1', message: 'Change {parameter} so it meets that rule.', values, verbatim },
          /*i18n*/ { id: 'stsError.constraint.fix2', message: 'If the message says "N validation errors", each clause after ";" names another parameter.' },
        ],
      };
    },
  },
  {
    codes: ['InvalidParameterValue'],
    match: /transitive tag key must be included in the requested tags/,
    explain: fixed(/*i18n*/ { id: 'stsError.transitiveNoTag.title', message: 'A transitive tag key has no tag' }, /*i18n*/ { id: 'stsError.transitiveNoTag.meaning', message: 'Every key in TransitiveTagKeys must also appear as the Key of one of the Tags in the same request.' }, [/*i18n*/ { id: 'stsError.transitiveNoTag.fix1', message: 'Add the tag, or remove the key from TransitiveTagKeys.' }]),
  },
  {
    codes: ['InvalidParameterValue'],
    match: /Duplicate tag keys found/,
    explain: fixed(/*i18n*/ { id: 'stsError.duplicateTagKeys.title', message: 'Two tags have the same key' }, /*i18n*/ { id: 'stsError.duplicateTagKeys.meaning', message: 'Session tag keys are compared without regard to case, so "Team" and "team" are the same key.' }, [/*i18n*/ { id: 'stsError.duplicateTagKeys.fix1', message: 'Keep one of the two tags.' }]),
  },
  {
    codes: ['InvalidParameterValue'],
    match: /conflicts with a transitive tag key from the calling session/,
    explain: fixed(/*i18n*/ { id: 'stsError.inheritedTag.title', message: 'That tag is inherited and cannot be changed' }, /*i18n*/ { id: 'stsError.inheritedTag.meaning', message: 'Your session already carries this tag key as a transitive tag from an earlier role in the chain, and a transitive tag cannot be overridden.' }, [/*i18n*/ { id: 'stsError.inheritedTag.fix1', message: 'Remove that tag from the request; it is passed on automatically.' }]),
  },
  {
    codes: ['InvalidIdentityToken'],
    match: /No OpenIDConnect provider found in your account for (\S+)/,
    explain: (m) => {
      const values = { issuer: m[1] ?? '' };
      return {
        title: /*i18n*/ { id: 'stsError.noOidcProvider.title', message: "The role's account does not trust this token issuer" },
        meaning: /*i18n*/ { id: 'stsError.noOidcProvider.meaning', message: "The token's issuer is {issuer}, and the account that owns the role has no IAM OIDC identity provider with exactly that URL.", values, verbatim: ['issuer'] },
        likelyFixes: [
          /*i18n*/ { id: 'stsError.noOidcProvider.fix1', message: "Create an IAM OIDC identity provider for {issuer} in the role's account.", values, verbatim: ['issuer'] },
          /*i18n*/ { id: 'stsError.noOidcProvider.fix2', message: 'The URL must match the iss claim exactly (https, no trailing slash, same case and path).' },
        ],
      };
    },
  },
  {
    codes: ['InvalidIdentityToken'],
    match: /Incorrect token audience/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.audience.title', message: 'The token\'s audience is not registered' },
      /*i18n*/ { id: 'stsError.audience.meaning', message: 'The token\'s aud claim is not among the client IDs (audiences) of the IAM OIDC identity provider.' },
      [/*i18n*/ { id: 'stsError.audience.fix1', message: 'Add the aud value to the provider\'s audiences in IAM.' }, /*i18n*/ { id: 'stsError.audience.fix2', message: 'Or request the token for the registered audience (for GitHub Actions and EKS that is usually sts.amazonaws.com).' }],
    ),
  },
  {
    codes: ['InvalidIdentityToken'],
    match: /Missing a required claim: (\w+)/,
    explain: (m) => {
      const values = { claim: m[1] ?? '' };
      return {
        title: /*i18n*/ { id: 'stsError.missingClaim.title', message: 'The token has no {claim} claim', values, verbatim: ['claim'] },
        meaning: /*i18n*/ { id: 'stsError.missingClaim.meaning', message: 'STS requires the {claim} claim in web identity tokens.', values, verbatim: ['claim'] },
        likelyFixes: [/*i18n*/ { id: 'stsError.missingClaim.fix1', message: 'Configure the identity provider to include it.' }],
      };
    },
  },
  {
    codes: ['InvalidIdentityToken'],
    match: /Couldn't retrieve verification key from your identity provider/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.noVerificationKey.title', message: 'STS could not get the key that signed the token' },
      /*i18n*/ { id: 'stsError.noVerificationKey.meaning', message: 'STS fetched the issuer\'s OpenID configuration and JWKS but found no key matching the token\'s kid, or could not fetch them.' },
      [/*i18n*/ { id: 'stsError.noVerificationKey.fix1', message: 'Make sure {discovery} is public and its jwks_uri lists the signing key.', values: { discovery: '{issuer}/.well-known/openid-configuration' }, verbatim: ['discovery'] }, /*i18n*/ { id: 'stsError.noVerificationKey.fix2', message: 'If the provider rotated keys, get a new token.' }],
    ),
  },
  {
    codes: ['InvalidIdentityToken'],
    match: /thumbprint/i,
    explain: fixed(/*i18n*/ { id: 'stsError.thumbprint.title', message: 'The provider\'s certificate does not match' }, /*i18n*/ { id: 'stsError.thumbprint.meaning', message: 'The TLS certificate of the JWKS host does not match a thumbprint configured on the IAM OIDC provider.' }, [/*i18n*/ { id: 'stsError.thumbprint.fix1', message: 'Update the provider\'s thumbprints in IAM.' }]),
  },
  {
    codes: ['InvalidIdentityToken'],
    operations: ['AssumeRoleWithWebIdentity'],
    match: /web identity token signature is invalid/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.oidcSignature.title', message: 'The token\'s signature does not verify' },
      /*i18n*/ { id: 'stsError.oidcSignature.meaning', message: 'A key with the token\'s kid is in the issuer\'s JWKS, but the signature does not verify with it: the token was changed after it was signed, or signed by another key that reuses the kid.' },
      [/*i18n*/ { id: 'stsError.oidcSignature.fix1', message: 'Use the token exactly as the identity provider issued it (no edits, no re-encoding).' }, /*i18n*/ { id: 'stsError.oidcSignature.fix2', message: 'If the provider rotated its keys, get a new token.' }],
    ),
  },
  {
    codes: ['InvalidIdentityToken'],
    operations: ['AssumeRoleWithSAML'],
    match: /RoleSessionName (is required in AuthnResponse|in AuthnResponse must match)/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.samlSessionName.title', message: 'The SAML assertion has no usable RoleSessionName' },
      /*i18n*/ { id: 'stsError.samlSessionName.meaning', message: 'The assertion must carry the attribute https://aws.amazon.com/SAML/Attributes/RoleSessionName with 2 to 64 letters, digits or + = , . @ _ -.' },
      [/*i18n*/ { id: 'stsError.samlSessionName.fix1', message: 'Add or fix the RoleSessionName attribute mapping in the identity provider.' }],
    ),
  },
  {
    codes: ['InvalidIdentityToken'],
    operations: ['AssumeRoleWithSAML'],
    match: /Response signature invalid|Issuer not present in specified provider/,
    explain: fixed(
      /*i18n*/ { id: 'stsError.samlProvider.title', message: 'The SAML provider does not match this assertion' },
      /*i18n*/ { id: 'stsError.samlProvider.meaning', message: 'The assertion\'s issuer or signing certificate does not match the metadata of the IAM SAML provider named by PrincipalArn.' },
      [/*i18n*/ { id: 'stsError.samlProvider.fix1', message: 'Upload the identity provider\'s current metadata to the IAM SAML provider.' }, /*i18n*/ { id: 'stsError.samlProvider.fix2', message: 'Check that PrincipalArn names the right provider.' }],
    ),
  },
  {
    codes: ['ExpiredTokenException'],
    match: /Token expired: current date\/time (\d+) must be before the expiration date\/time ?(\d+)/,
    explain: (m) => ({
      title: /*i18n*/ { id: 'stsError.tokenExpiredBy.title', message: 'The identity token has expired' },
      meaning: expiredBefore(Number(m[1]) - Number(m[2])),
      likelyFixes: [/*i18n*/ { id: 'stsError.tokenExpiredBy.fix1', message: 'Get a fresh token from the identity provider and use it right away.' }],
    }),
  },
  {
    codes: ['PackedPolicyTooLarge'],
    match: /consumes (\d+)% of allotted space/,
    explain: (m) => ({
      title: /*i18n*/ { id: 'stsError.packedPercent.title', message: 'Session policies and tags are too large' },
      meaning: /*i18n*/ { id: 'stsError.packedPercent.meaning', message: 'The packed policies and tags use {percent}% of the space STS allows; they must fit in 100%.', values: { percent: Number(m[1]) } },
      likelyFixes: [/*i18n*/ { id: 'stsError.packedPercent.fix1', message: 'Shorten or drop session tags and session policies.' }, /*i18n*/ { id: 'stsError.packedPercent.fix2', message: 'Inherited transitive tags count too.' }],
    }),
  },
  {
    codes: ['RegionDisabledException'],
    match: /not activated in this region for account:?\s*(\d{12})/,
    explain: (m) => ({
      ...BASE_EXPLANATIONS.RegionDisabledException,
      meaning: /*i18n*/ { id: 'stsError.regionDisabledAccount.meaning', message: 'Account {account} has STS deactivated in this Region (or has not enabled this opt-in Region).', values: { account: m[1] ?? '' }, verbatim: ['account'] },
    }),
  },
];

/** "The token expired 5 minutes before STS received it", in the unit a reader would use. */
function expiredBefore(s: number): Message {
  if (!Number.isFinite(s) || s < 0) return /*i18n*/ { id: 'stsError.tokenExpiredBy.someTime', message: 'The token expired some time before STS received it.' };
  if (s < 120) return /*i18n*/ { id: 'stsError.tokenExpiredBy.seconds', message: 'The token expired {n, plural, one {# second} other {# seconds}} before STS received it.', values: { n: s } };
  if (s < 7200) return /*i18n*/ { id: 'stsError.tokenExpiredBy.minutes', message: 'The token expired {n, plural, one {# minute} other {# minutes}} before STS received it.', values: { n: Math.round(s / 60) } };
  return /*i18n*/ { id: 'stsError.tokenExpiredBy.hours', message: 'The token expired {n, plural, one {# hour} other {# hours}} before STS received it.', values: { n: Math.round(s / 3600) } };
}

/** Advice that depends on where the call went, appended to the fixes. */
function targetHints(code: string, ctx: ExplainContext): Message[] {
  const t = ctx.target;
  if (!t) return [];
  const sandbox = t.kind === 'sandbox-server' || t.kind === 'sandbox-in-page';
  if (code === 'InvalidClientTokenId' && sandbox) return [/*i18n*/ { id: 'stsError.hint.sandboxKeys', message: 'This is the sandbox: use the demo keys from the sandbox panel or keys from its world file, not real AWS keys.' }];
  if (code === 'InvalidClientTokenId' && t.kind === 'aws' && t.endpointKind === 'global') return [/*i18n*/ { id: 'stsError.hint.globalTokens', message: 'Session tokens from the global endpoint are not valid in opt-in Regions unless the account uses version 2 tokens.' }];
  if ((code === 'SignatureDoesNotMatch' || code === 'IncompleteSignature') && t.kind === 'custom') {
    return [
      t.region
        ? /*i18n*/ { id: 'stsError.hint.customRegion', message: 'The custom endpoint may expect a different signing Region than {region}.', values: { region: t.region }, verbatim: ['region'] }
        : /*i18n*/ { id: 'stsError.hint.customRegionUnset', message: 'The custom endpoint may expect a different signing Region than the one set.' },
    ];
  }
  if (code === 'InvalidAction' && t.kind === 'custom') return [/*i18n*/ { id: 'stsError.hint.emulators', message: 'Emulators such as moto or LocalStack may not implement this operation yet; the workbench sandbox does.' }];
  if (code === 'RegionDisabledException' && t.kind === 'aws' && t.endpointKind !== 'global') return [/*i18n*/ { id: 'stsError.hint.tryUsEast1', message: 'The call went to {region}; try us-east-1 to check whether the Region is the cause.', values: { region: t.region }, verbatim: ['region'] }];
  return [];
}

function fallback(code: string): ErrorExplanation {
  return {
    title: code ? /*i18n*/ { id: 'stsError.unknown.titleCode', message: '{code}', values: { code }, verbatim: ['code'] } : /*i18n*/ { id: 'stsError.unknown.title', message: 'Unknown error' },
    meaning: code
      ? /*i18n*/ { id: 'stsError.unknown.meaning', message: 'The endpoint answered with the error code {code}, which this workbench has no explanation for.', values: { code }, verbatim: ['code'] }
      : /*i18n*/ { id: 'stsError.unknown.meaningNoCode', message: 'The endpoint answered with an error but no error code, so this workbench cannot explain it.' },
    likelyFixes: [/*i18n*/ { id: 'stsError.unknown.fix1', message: 'Read the message from the endpoint.' }, /*i18n*/ { id: 'stsError.unknown.fix2', message: 'If this is a custom endpoint, it may not be STS or may use its own codes.' }],
  };
}

/** Codes both federation calls share, explained for the one that was called: an OIDC error never gets a SAML title. */
const FEDERATION_BASES: Partial<Record<OperationName, Partial<Record<string, ErrorExplanation>>>> = {
  AssumeRoleWithWebIdentity: {
    InvalidIdentityToken: {
      title: /*i18n*/ { id: 'stsError.AssumeRoleWithWebIdentity.InvalidIdentityToken.title', message: 'The web identity token is not accepted' },
      meaning: /*i18n*/ { id: 'stsError.AssumeRoleWithWebIdentity.InvalidIdentityToken.meaning', message: 'STS could not validate the token: its issuer, audience, signature or a required claim does not match the IAM OIDC identity provider in the role\'s account.' },
      likelyFixes: [/*i18n*/ { id: 'stsError.AssumeRoleWithWebIdentity.InvalidIdentityToken.fix1', message: 'Read the message: it names what did not match.' }, /*i18n*/ { id: 'stsError.AssumeRoleWithWebIdentity.InvalidIdentityToken.fix2', message: 'Compare the token\'s iss and aud with the IAM OIDC provider\'s URL and audiences.' }],
    },
    ExpiredTokenException: {
      title: /*i18n*/ { id: 'stsError.AssumeRoleWithWebIdentity.ExpiredTokenException.title', message: 'The web identity token has expired' },
      meaning: /*i18n*/ { id: 'stsError.AssumeRoleWithWebIdentity.ExpiredTokenException.meaning', message: 'The token\'s exp claim is in the past by STS\'s clock.' },
      likelyFixes: [/*i18n*/ { id: 'stsError.AssumeRoleWithWebIdentity.ExpiredTokenException.fix1', message: 'Get a fresh token from the identity provider and send it right away.' }, /*i18n*/ { id: 'stsError.AssumeRoleWithWebIdentity.ExpiredTokenException.fix2', message: 'If it is fresh, check that the identity provider\'s clock is right.' }],
    },
  },
  AssumeRoleWithSAML: {
    InvalidIdentityToken: {
      title: /*i18n*/ { id: 'stsError.AssumeRoleWithSAML.InvalidIdentityToken.title', message: 'The SAML assertion is not accepted' },
      meaning: /*i18n*/ { id: 'stsError.AssumeRoleWithSAML.InvalidIdentityToken.meaning', message: 'STS could not validate the SAML response: its issuer, signature, recipient or a required attribute does not match the IAM SAML provider named by PrincipalArn.' },
      likelyFixes: [/*i18n*/ { id: 'stsError.AssumeRoleWithSAML.InvalidIdentityToken.fix1', message: 'Read the message: it names what did not match.' }, /*i18n*/ { id: 'stsError.AssumeRoleWithSAML.InvalidIdentityToken.fix2', message: 'Compare the response\'s Issuer and signing certificate with the IAM SAML provider\'s metadata.' }],
    },
    ExpiredTokenException: {
      title: /*i18n*/ { id: 'stsError.AssumeRoleWithSAML.ExpiredTokenException.title', message: 'The SAML assertion has expired' },
      meaning: /*i18n*/ { id: 'stsError.AssumeRoleWithSAML.ExpiredTokenException.meaning', message: 'The assertion\'s NotOnOrAfter is in the past by STS\'s clock.' },
      likelyFixes: [/*i18n*/ { id: 'stsError.AssumeRoleWithSAML.ExpiredTokenException.fix1', message: 'Sign in at the identity provider again and send the new response right away.' }, /*i18n*/ { id: 'stsError.AssumeRoleWithSAML.ExpiredTokenException.fix2', message: 'If it is fresh, check that the identity provider\'s clock is right.' }],
    },
  },
};

/** The explanation for an error code and message; unknown codes get a generic one. Never throws. */
export function explainError(code: string, message: string, context: ExplainContext = {}): ErrorExplanation {
  const msg = typeof message === 'string' ? message : '';
  let explanation: ErrorExplanation | undefined;
  for (const r of REFINEMENTS) {
    if (!r.codes.includes(code)) continue;
    if (r.operations && context.operation !== undefined && !r.operations.includes(context.operation)) continue;
    const m = r.match.exec(msg);
    if (m) {
      explanation = r.explain(m, context);
      break;
    }
  }
  explanation ??= (context.operation !== undefined ? FEDERATION_BASES[context.operation]?.[code] : undefined) ?? (isKnownErrorCode(code) ? BASE_EXPLANATIONS[code] : fallback(code));
  const hints = targetHints(code, context);
  return { ...explanation, likelyFixes: [...explanation.likelyFixes, ...hints] };
}
