import { describe, it, expect } from 'vitest';
import { ERROR_TABLE } from '../sandbox/core/errors';
import { inEnglish, translator } from '../i18n/test-support/translate';
import { BASE_EXPLANATIONS, explainError as explainWords, type ExplainContext } from './error-explanations';

/** The explanation as the English UI shows it. */
function explainError(code: string, message: string, context?: ExplainContext) {
  const e = explainWords(code, message, context);
  return { title: inEnglish(e.title), meaning: inEnglish(e.meaning), likelyFixes: e.likelyFixes.map(inEnglish) };
}

/** Reference §5.3, copied here so the test fails if the one code list (the sandbox's ERROR_TABLE) loses one. */
const REFERENCE_CODES = [
  'ValidationError', 'InvalidParameterValue', 'AccessDenied', 'ExpiredToken', 'ExpiredTokenException', 'InvalidClientTokenId',
  'SignatureDoesNotMatch', 'IncompleteSignature', 'MissingAuthenticationToken', 'MalformedPolicyDocument', 'PackedPolicyTooLarge',
  'IDPRejectedClaim', 'InvalidIdentityToken', 'IDPCommunicationError', 'RegionDisabledException', 'InvalidAuthorizationMessageException',
  'ExpiredTradeInTokenException', 'SessionDurationEscalationException', 'OutboundWebIdentityFederationDisabledException',
  'JWTPayloadSizeExceededException', 'Throttling', 'InvalidAction',
];

describe('every error code has an explanation', () => {
  it('covers the reference list: every code is in the one code list, which the explanations are keyed by', () => {
    expect(REFERENCE_CODES.filter((code) => !(code in ERROR_TABLE))).toEqual([]);
    expect(Object.keys(BASE_EXPLANATIONS).sort()).toEqual(Object.keys(ERROR_TABLE).sort());
  });

  it.each([...REFERENCE_CODES, ...Object.keys(ERROR_TABLE)])('%s', (code) => {
    const e = explainError(code, '');
    expect(e.title.length).toBeGreaterThan(3);
    expect(e.title).not.toBe(code);
    expect(e.meaning.length).toBeGreaterThan(20);
    expect(e.likelyFixes.length).toBeGreaterThan(0);
    expect(BASE_EXPLANATIONS).toHaveProperty(code);
  });

  it('gives unknown codes a generic explanation instead of throwing', () => {
    const e = explainError('SomethingNew', 'whatever');
    expect(e.meaning).toMatch(/SomethingNew/);
    expect(() => explainError('', undefined as unknown as string)).not.toThrow();
  });
});

describe('message-specific refinements', () => {
  const title = (code: string, message: string) => explainError(code, message).title;

  it('clock skew', () => {
    expect(title('SignatureDoesNotMatch', 'Signature expired: 20240101T000000Z is now earlier than 20240101T010000Z (20240101T011500Z - 15 min.)')).toMatch(/clock is behind/);
    expect(title('SignatureDoesNotMatch', 'Signature not yet current: 20240101T020000Z is still later than 20240101T011500Z (20240101T010000Z + 15 min.)')).toMatch(/clock is ahead/);
    expect(title('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided.')).toBe(inEnglish(BASE_EXPLANATIONS.SignatureDoesNotMatch.title));
  });

  it('root cannot assume roles', () => {
    expect(title('AccessDenied', 'Roles may not be assumed by root accounts.')).toMatch(/root user cannot assume roles/);
  });

  it('session credentials for GetSessionToken / GetFederationToken', () => {
    expect(title('AccessDenied', 'Cannot call GetSessionToken with session credentials')).toBe('GetSessionToken needs long-term keys');
    expect(title('AccessDenied', 'Cannot call GetFederationToken with session credentials')).toBe('GetFederationToken needs long-term keys');
  });

  it('MFA failures', () => {
    expect(title('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. ')).toMatch(/MFA code is wrong/);
    expect(title('AccessDenied', 'MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.')).toMatch(/does not belong/);
  });

  it('trust policy versus identity policy', () => {
    const trust = explainError('AccessDenied', 'User: arn:aws:iam::111122223333:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/Deploy');
    expect(trust.title).toMatch(/does not trust you/);
    expect(trust.meaning).toContain('arn:aws:iam::444455556666:role/Deploy');
    const identity = explainError('AccessDenied', 'User: arn:aws:iam::111122223333:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/Deploy because no identity-based policy allows the sts:AssumeRole action');
    expect(identity.title).toMatch(/Your own permissions/);
    expect(title('AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity')).toMatch(/trust policy does not accept/);
  });

  it('duration caps', () => {
    expect(title('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.')).toMatch(/Longer than the role allows/);
    expect(title('ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.')).toMatch(/Role chaining is limited to 1 hour/);
  });

  it('validation grammar names the parameter and the rule', () => {
    const e = explainError('ValidationError', "1 validation error detected: Value 'Session1:2' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
    expect(e.title).toBe('roleSessionName is not valid');
    expect(e.meaning).toContain('satisfy regular expression pattern: [\\w+=,.@-]*');
    expect(explainError('ValidationError', "1 validation error detected: Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null").meaning).toMatch(/missing/);
  });

  it('OIDC provider, audience and expiry', () => {
    const noProvider = explainError('InvalidIdentityToken', 'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com');
    expect(noProvider.title).toMatch(/does not trust this token issuer/);
    expect(noProvider.likelyFixes.join(' ')).toContain('https://token.actions.githubusercontent.com');
    expect(title('InvalidIdentityToken', 'Incorrect token audience')).toMatch(/audience is not registered/);
    expect(explainError('ExpiredTokenException', 'Token expired: current date/time 1626271164 must be before the expiration date/time1626191469').meaning).toMatch(/22 hours/);
  });

  it('packed size and transitive tags', () => {
    expect(explainError('PackedPolicyTooLarge', 'Packed size of session tags consumes 112% of allotted space.').meaning).toContain('112%');
    expect(title('InvalidParameterValue', 'The specified transitive tag key must be included in the requested tags.')).toMatch(/transitive tag key has no tag/);
  });

  it('adds hints that depend on the target', () => {
    const sandbox = explainError('InvalidClientTokenId', 'The security token included in the request is invalid.', { target: { kind: 'sandbox-server' } });
    expect(sandbox.likelyFixes.join(' ')).toMatch(/sandbox/);
    const aws = explainError('InvalidClientTokenId', 'The security token included in the request is invalid.', { target: { kind: 'aws', partition: 'aws', region: 'us-east-1', endpointKind: 'regional' } });
    expect(aws.likelyFixes.join(' ')).not.toMatch(/demo keys/);
  });
});

describe('federation errors are explained for the call that was made', () => {
  const web = { operation: 'AssumeRoleWithWebIdentity' } as const;
  const saml = { operation: 'AssumeRoleWithSAML' } as const;

  it('never gives an OIDC error a SAML title', () => {
    for (const [code, message] of [
      ['InvalidIdentityToken', 'Response signature invalid'],
      ['InvalidIdentityToken', 'Issuer not present in specified provider'],
      ['InvalidIdentityToken', 'RoleSessionName is required in AuthnResponse'],
      ['InvalidIdentityToken', 'something new'],
      ['ExpiredTokenException', ''],
    ] as const) {
      expect(explainError(code, message, web).title, `${code}: ${message}`).not.toMatch(/SAML/);
      expect(explainError(code, message, web).meaning, `${code}: ${message}`).not.toMatch(/SAML|assertion/);
    }
    expect(explainError('InvalidIdentityToken', 'something new', web).title).toBe('The web identity token is not accepted');
    expect(explainError('ExpiredTokenException', '', web).title).toBe('The web identity token has expired');
  });

  it('names the cause of an OIDC signature failure, and keeps the SAML causes for SAML', () => {
    expect(explainError('InvalidIdentityToken', "The web identity token signature is invalid: it does not verify with the identity provider's key.", web).title).toBe("The token's signature does not verify");
    expect(explainError('InvalidIdentityToken', 'Response signature invalid', saml).title).toBe('The SAML provider does not match this assertion');
    expect(explainError('InvalidIdentityToken', 'something new', saml).title).toBe('The SAML assertion is not accepted');
    expect(explainError('ExpiredTokenException', '', saml).title).toBe('The SAML assertion has expired');
  });
});

describe('in French', () => {
  const fr = translator('fr');
  const inFrench = (w: string | Parameters<typeof fr>[0]) => (typeof w === 'string' ? w : fr(w));

  it('every explanation of every code has a French title, meaning and fixes', () => {
    for (const [code, e] of Object.entries(BASE_EXPLANATIONS)) {
      for (const w of [e.title, e.meaning, ...e.likelyFixes]) {
        expect(typeof w, `${code}: a catalog message, not plain English`).toBe('object');
        expect(inFrench(w), code).not.toBe(inEnglish(w));
      }
    }
  });

  it("keeps AWS's words verbatim inside the French sentence", () => {
    const e = explainWords('AccessDenied', 'User: arn:aws:iam::111122223333:user/alice is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/Deploy');
    expect(inFrench(e.title)).toMatch(/rôle/);
    expect(inFrench(e.meaning)).toContain('arn:aws:iam::444455556666:role/Deploy');
    expect(inFrench(explainWords('ExpiredTokenException', 'Token expired: current date/time 1626271164 must be before the expiration date/time1626191469').meaning)).toMatch(/22 heures/);
    expect(inFrench(explainWords('ValidationError', "1 validation error detected: Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null").meaning)).toContain('roleSessionName');
  });
});
