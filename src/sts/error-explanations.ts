/**
 * explainError: the plain-words explanation of an STS error, refined by the message text
 * (STS reuses a few codes for very different causes) and by where the call went.
 */
import type { OperationName } from '../catalog/types';
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
  match: RegExp;
  explain: (m: RegExpExecArray, ctx: ExplainContext) => ErrorExplanation;
}

const fixed = (title: string, meaning: string, likelyFixes: string[]) => () => ({ title, meaning, likelyFixes });

/** Checked in order; the first match wins. */
const REFINEMENTS: readonly Refinement[] = [
  {
    codes: ['SignatureDoesNotMatch'],
    match: /Signature expired: (\S+) is now earlier than/,
    explain: fixed(
      'Your clock is behind',
      'The request was signed with a time more than 15 minutes before STS\'s clock, so STS treats the signature as expired. This is almost always a wrong computer clock, not a wrong key.',
      ['Set your computer\'s clock automatically (network time) and send again.', 'Check the time zone setting: the signature uses UTC derived from it.'],
    ),
  },
  {
    codes: ['SignatureDoesNotMatch'],
    match: /Signature not yet current/,
    explain: fixed(
      'Your clock is ahead',
      'The request was signed with a time more than 15 minutes after STS\'s clock. Your computer\'s clock is fast.',
      ['Set your computer\'s clock automatically (network time) and send again.'],
    ),
  },
  {
    codes: ['SignatureDoesNotMatch', 'IncompleteSignature'],
    match: /Credential should be scoped to a valid Region/,
    explain: fixed(
      'The signature names the wrong Region',
      'The request was signed for a Region other than the one this endpoint serves. The global endpoint signs as us-east-1; every Regional endpoint signs as its own Region.',
      ['Choose the endpoint and Region together (the workbench does this for AWS targets).', 'For a custom endpoint, set the Region it expects.'],
    ),
  },
  {
    codes: ['AccessDenied'],
    match: /Roles may not be assumed by root accounts/,
    explain: fixed(
      'The root user cannot assume roles',
      'The request was signed with the root user\'s access keys. AWS does not let the root user call AssumeRole.',
      ['Sign with an IAM user\'s keys or an existing role session instead.', 'Better still, delete the root access keys and use an IAM user or IAM Identity Center.'],
    ),
  },
  {
    codes: ['AccessDenied'],
    match: /Cannot call (GetSessionToken|GetFederationToken) with session credentials/,
    explain: (m) => ({
      title: `${m[1]} needs long-term keys`,
      meaning: `${m[1]} must be signed with an IAM user's (or the root user's) long-term access keys (AKIA…). These are temporary session credentials (ASIA…).`,
      likelyFixes: ['Sign with the IAM user\'s own access key ID and secret access key.', 'If you already have session credentials, you probably do not need this call.'],
    }),
  },
  {
    codes: ['AccessDenied'],
    match: /MultiFactorAuthentication failed with invalid MFA one time pass code/,
    explain: fixed(
      'The MFA code is wrong',
      'The serial number is valid for this user, but the six-digit code does not match: it is mistyped, has expired, or was already used.',
      ['Wait for the next code on your device and enter it promptly.', 'A code can be used only once; do not reuse the one you just sent.', 'If codes keep failing, the MFA device\'s clock may have drifted; resync it in the IAM console.'],
    ),
  },
  {
    codes: ['AccessDenied'],
    match: /MultiFactorAuthentication failed, unable to validate MFA code/,
    explain: fixed(
      'The MFA device does not belong to this user',
      'STS could not find the MFA device named by SerialNumber for the user who signed the request.',
      ['Use the ARN of an MFA device assigned to this IAM user (arn:aws:iam::ACCOUNT:mfa/NAME) or the serial of its hardware token.', 'Sign with the keys of the user who owns the device.'],
    ),
  },
  {
    codes: ['AccessDenied'],
    match: /not authorized to perform: (sts:\w+)(?: on resource: (\S+))?.*because no identity-based policy allows/s,
    explain: (m) => ({
      title: 'Your own permissions do not allow this',
      meaning: `No policy attached to the caller (user, role or group) allows ${m[1]}${m[2] ? ` on ${m[2]}` : ''}. For a role in another account, the role's trust policy is not enough on its own.`,
      likelyFixes: [`Add an identity policy that allows ${m[1]}${m[2] ? ` on ${m[2]}` : ''} to the calling user or role.`],
    }),
  },
  {
    codes: ['AccessDenied'],
    match: /is not authorized to perform: sts:AssumeRole on resource: (\S+)/,
    explain: (m) => ({
      title: 'The role does not trust you (or does not exist)',
      meaning: `STS refused to let this caller assume ${m[1]}. Either the role's trust policy does not allow your principal with these parameters, or the role does not exist: STS answers both the same way.`,
      likelyFixes: [
        'Check the role ARN, including the account ID.',
        'The trust policy\'s Principal must name your user or role ARN, or your account.',
        'Check its conditions: sts:ExternalId, aws:MultiFactorAuthPresent, tags, source identity.',
        'Passing Tags or SourceIdentity also needs sts:TagSession or sts:SetSourceIdentity in the trust policy.',
      ],
    }),
  },
  {
    codes: ['AccessDenied'],
    match: /Not authorized to perform sts:(AssumeRoleWithWebIdentity|AssumeRoleWithSAML)/,
    explain: (m) => ({
      title: 'The role\'s trust policy does not accept this identity',
      meaning: `The token or assertion is valid, but the role's trust policy does not allow ${m[1]} for it: the Federated principal or a condition (aud, sub, SAML attributes) does not match.`,
      likelyFixes: [
        'The trust policy\'s Principal.Federated must be the IAM identity provider\'s ARN (or the built-in provider name).',
        m[1] === 'AssumeRoleWithWebIdentity'
          ? 'Compare the token\'s aud and sub claims with the trust policy\'s conditions (for GitHub Actions, the sub names the repository and branch).'
          : 'The SAML Role attribute must name this role together with the SAML provider ARN.',
        'If the token carries session tags, the trust policy must also allow sts:TagSession.',
      ],
    }),
  },
  {
    codes: ['ValidationError'],
    match: /exceeds the MaxSessionDuration set for this role/,
    explain: fixed(
      'Longer than the role allows',
      'DurationSeconds is larger than the role\'s maximum session duration (1 hour unless an administrator raised it, up to 12 hours).',
      ['Ask for less, for example 3600 seconds.', 'Or have an administrator raise the role\'s MaxSessionDuration.'],
    ),
  },
  {
    codes: ['ValidationError'],
    match: /exceeds the 1 hour session limit for roles assumed by role chaining/,
    explain: fixed(
      'Role chaining is limited to 1 hour',
      'You are assuming a role with temporary credentials (another role session, or GetSessionToken credentials), which is role chaining. AWS caps such sessions at 3600 seconds, whatever the role\'s maximum.',
      ['Set DurationSeconds to 3600 or less.', 'For a longer session, assume the role directly with an IAM user\'s long-term keys.'],
    ),
  },
  {
    codes: ['ValidationError'],
    match: /Value (null|'[\s\S]*?') at '([\w.]+)' failed to satisfy constraint: Member must ([^;]+)/,
    explain: (m) => ({
      title: `${m[2]} is not valid`,
      meaning: `${m[1] === 'null' ? `The required parameter ${m[2]} is missing.` : `The value given for ${m[2]} breaks a rule.`} The rule: it must ${(m[3] ?? '').trim()}.`,
      likelyFixes: [`Change ${m[2]} so it meets that rule.`, 'If the message says "N validation errors", each clause after ";" names another parameter.'],
    }),
  },
  {
    codes: ['InvalidParameterValue'],
    match: /transitive tag key must be included in the requested tags/,
    explain: fixed('A transitive tag key has no tag', 'Every key in TransitiveTagKeys must also appear as the Key of one of the Tags in the same request.', ['Add the tag, or remove the key from TransitiveTagKeys.']),
  },
  {
    codes: ['InvalidParameterValue'],
    match: /Duplicate tag keys found/,
    explain: fixed('Two tags have the same key', 'Session tag keys are compared without regard to case, so "Team" and "team" are the same key.', ['Keep one of the two tags.']),
  },
  {
    codes: ['InvalidParameterValue'],
    match: /conflicts with a transitive tag key from the calling session/,
    explain: fixed('That tag is inherited and cannot be changed', 'Your session already carries this tag key as a transitive tag from an earlier role in the chain, and a transitive tag cannot be overridden.', ['Remove that tag from the request; it is passed on automatically.']),
  },
  {
    codes: ['InvalidIdentityToken'],
    match: /No OpenIDConnect provider found in your account for (\S+)/,
    explain: (m) => ({
      title: 'The role\'s account does not trust this token issuer',
      meaning: `The token's issuer is ${m[1]}, and the account that owns the role has no IAM OIDC identity provider with exactly that URL.`,
      likelyFixes: [
        `Create an IAM OIDC identity provider for ${m[1]} in the role's account.`,
        'The URL must match the iss claim exactly (https, no trailing slash, same case and path).',
      ],
    }),
  },
  {
    codes: ['InvalidIdentityToken'],
    match: /Incorrect token audience/,
    explain: fixed(
      'The token\'s audience is not registered',
      'The token\'s aud claim is not among the client IDs (audiences) of the IAM OIDC identity provider.',
      ['Add the aud value to the provider\'s audiences in IAM.', 'Or request the token for the registered audience (for GitHub Actions and EKS that is usually sts.amazonaws.com).'],
    ),
  },
  {
    codes: ['InvalidIdentityToken'],
    match: /Missing a required claim: (\w+)/,
    explain: (m) => ({ title: `The token has no ${m[1]} claim`, meaning: `STS requires the ${m[1]} claim in web identity tokens.`, likelyFixes: ['Configure the identity provider to include it.'] }),
  },
  {
    codes: ['InvalidIdentityToken'],
    match: /Couldn't retrieve verification key from your identity provider/,
    explain: fixed(
      'STS could not get the key that signed the token',
      'STS fetched the issuer\'s OpenID configuration and JWKS but found no key matching the token\'s kid, or could not fetch them.',
      ['Make sure {issuer}/.well-known/openid-configuration is public and its jwks_uri lists the signing key.', 'If the provider rotated keys, get a new token.'],
    ),
  },
  {
    codes: ['InvalidIdentityToken'],
    match: /thumbprint/i,
    explain: fixed('The provider\'s certificate does not match', 'The TLS certificate of the JWKS host does not match a thumbprint configured on the IAM OIDC provider.', ['Update the provider\'s thumbprints in IAM.']),
  },
  {
    codes: ['InvalidIdentityToken'],
    match: /RoleSessionName (is required in AuthnResponse|in AuthnResponse must match)/,
    explain: fixed(
      'The SAML assertion has no usable RoleSessionName',
      'The assertion must carry the attribute https://aws.amazon.com/SAML/Attributes/RoleSessionName with 2 to 64 letters, digits or + = , . @ _ -.',
      ['Add or fix the RoleSessionName attribute mapping in the identity provider.'],
    ),
  },
  {
    codes: ['InvalidIdentityToken'],
    match: /Response signature invalid|Issuer not present in specified provider/,
    explain: fixed(
      'The SAML provider does not match this assertion',
      'The assertion\'s issuer or signing certificate does not match the metadata of the IAM SAML provider named by PrincipalArn.',
      ['Upload the identity provider\'s current metadata to the IAM SAML provider.', 'Check that PrincipalArn names the right provider.'],
    ),
  },
  {
    codes: ['ExpiredTokenException'],
    match: /Token expired: current date\/time (\d+) must be before the expiration date\/time ?(\d+)/,
    explain: (m) => {
      const late = Number(m[1]) - Number(m[2]);
      return {
        title: 'The identity token has expired',
        meaning: `The token expired ${formatSeconds(late)} before STS received it.`,
        likelyFixes: ['Get a fresh token from the identity provider and use it right away.'],
      };
    },
  },
  {
    codes: ['PackedPolicyTooLarge'],
    match: /consumes (\d+)% of allotted space/,
    explain: (m) => ({
      title: 'Session policies and tags are too large',
      meaning: `The packed policies and tags use ${m[1]}% of the space STS allows; they must fit in 100%.`,
      likelyFixes: ['Shorten or drop session tags and session policies.', 'Inherited transitive tags count too.'],
    }),
  },
  {
    codes: ['RegionDisabledException'],
    match: /not activated in this region for account:?\s*(\d{12})/,
    explain: (m) => ({
      ...BASE_EXPLANATIONS.RegionDisabledException,
      meaning: `Account ${m[1]} has STS deactivated in this Region (or has not enabled this opt-in Region).`,
    }),
  },
];

function formatSeconds(s: number): string {
  if (!Number.isFinite(s) || s < 0) return 'some time';
  if (s < 120) return `${s} seconds`;
  if (s < 7200) return `${Math.round(s / 60)} minutes`;
  return `${Math.round(s / 3600)} hours`;
}

/** Advice that depends on where the call went, appended to the fixes. */
function targetHints(code: string, ctx: ExplainContext): string[] {
  const t = ctx.target;
  if (!t) return [];
  const sandbox = t.kind === 'sandbox-server' || t.kind === 'sandbox-in-page';
  if (code === 'InvalidClientTokenId' && sandbox) return ['This is the sandbox: use the demo keys from the sandbox panel or keys from its world file, not real AWS keys.'];
  if (code === 'InvalidClientTokenId' && t.kind === 'aws' && t.endpointKind === 'global') return ['Session tokens from the global endpoint are not valid in opt-in Regions unless the account uses version 2 tokens.'];
  if ((code === 'SignatureDoesNotMatch' || code === 'IncompleteSignature') && t.kind === 'custom') return [`The custom endpoint may expect a different signing Region than ${t.region || 'the one set'}.`];
  if (code === 'InvalidAction' && t.kind === 'custom') return ['Emulators such as moto or LocalStack may not implement this operation yet; the workbench sandbox does.'];
  if (code === 'RegionDisabledException' && t.kind === 'aws' && t.endpointKind !== 'global') return [`The call went to ${t.region}; try us-east-1 to check whether the Region is the cause.`];
  return [];
}

function fallback(code: string): ErrorExplanation {
  return {
    title: code || 'Unknown error',
    meaning: `The endpoint answered with the error code ${code || '(none)'}, which this workbench has no explanation for.`,
    likelyFixes: ['Read the message from the endpoint.', 'If this is a custom endpoint, it may not be STS or may use its own codes.'],
  };
}

/** The explanation for an error code and message; unknown codes get a generic one. Never throws. */
export function explainError(code: string, message: string, context: ExplainContext = {}): ErrorExplanation {
  const msg = typeof message === 'string' ? message : '';
  let explanation: ErrorExplanation | undefined;
  for (const r of REFINEMENTS) {
    if (!r.codes.includes(code)) continue;
    const m = r.match.exec(msg);
    if (m) {
      explanation = r.explain(m, context);
      break;
    }
  }
  explanation ??= isKnownErrorCode(code) ? BASE_EXPLANATIONS[code] : fallback(code);
  const hints = targetHints(code, context);
  return { ...explanation, likelyFixes: [...explanation.likelyFixes, ...hints] };
}
