/**
 * The SAML rules AssumeRoleWithSAML applies (reference §1, §3.5, §7), written once and shared by
 * the browser inspector (sts-checks.ts) and the sandbox (sandbox/saml/check-assertion.ts).
 */

export const AWS_SAML_ATTRIBUTE = {
  role: 'https://aws.amazon.com/SAML/Attributes/Role',
  roleSessionName: 'https://aws.amazon.com/SAML/Attributes/RoleSessionName',
  sessionDuration: 'https://aws.amazon.com/SAML/Attributes/SessionDuration',
  sourceIdentity: 'https://aws.amazon.com/SAML/Attributes/SourceIdentity',
  principalTagPrefix: 'https://aws.amazon.com/SAML/Attributes/PrincipalTag:',
  transitiveTagKeys: 'https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys',
} as const;

export const BEARER_METHOD = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';
export const STATUS_SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';
const NAMEID_FORMAT_PREFIX = 'urn:oasis:names:tc:SAML:2.0:nameid-format:';
/** SAML core §8.3: a NameID without Format means "unspecified". */
const NAMEID_FORMAT_UNSPECIFIED = 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';
export const DEFAULT_SIGNIN_SAML_URL = 'https://signin.aws.amazon.com/saml';

/** SAMLAssertionType: 4–100000 characters of base64. */
export const SAML_ASSERTION_MAX_CHARS = 100_000;
const SESSION_DURATION_MIN = 900;
const SESSION_DURATION_MAX = 43_200;
export const MAX_SESSION_TAGS = 50;

export const MESSAGES = {
  sessionNameMissing: 'RoleSessionName is required in AuthnResponse',
  sessionNameInvalid: 'RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}',
  sourceIdentityInvalid: 'Source Identity must match [a-zA-Z_0-9+=,.@-]{2,64} and not begin with "aws:"',
  signatureInvalid: 'Response signature invalid',
  issuerMismatch: 'Issuer not present in specified provider',
  notAuthorized: 'Not authorized to perform sts:AssumeRoleWithSAML',
} as const;

/** SubjectType as STS returns it: the SAML 2.0 nameid-format prefix removed, anything else unchanged. */
export function subjectTypeOf(format: string | null | undefined): string {
  const f = format && format.trim() !== '' ? format.trim() : NAMEID_FORMAT_UNSPECIFIED;
  return f.startsWith(NAMEID_FORMAT_PREFIX) ? f.slice(NAMEID_FORMAT_PREFIX.length) : f;
}

const NAME_PATTERN = /^[\w+=,.@-]{2,64}$/;

export function isValidSessionName(value: string): boolean {
  return NAME_PATTERN.test(value);
}

export function isValidSourceIdentity(value: string): boolean {
  return NAME_PATTERN.test(value) && !value.toLowerCase().startsWith('aws:');
}

export type DurationResult = { ok: true; seconds: number } | { ok: false; error: string };

/** The SessionDuration attribute: a whole number of seconds, 900–43200. */
export function parseSessionDuration(raw: string): DurationResult {
  const v = raw.trim();
  if (!/^\d+$/.test(v)) return { ok: false, error: `SessionDuration "${raw}" is not a whole number of seconds` };
  const seconds = Number(v);
  if (seconds < SESSION_DURATION_MIN || seconds > SESSION_DURATION_MAX) {
    return { ok: false, error: `SessionDuration ${seconds} is outside ${SESSION_DURATION_MIN}–${SESSION_DURATION_MAX} seconds` };
  }
  return { ok: true, seconds };
}

// AWS sign-in SAML endpoints: global, Regional (`us-east-1.signin…`), China and GovCloud, optionally
// with the per-provider `/acs/<id>` suffix used for encrypted assertions.
const SIGNIN_URL = /^https:\/\/(?:[a-z]{2}(?:-[a-z]+)+-\d+\.)?signin\.(?:aws\.amazon\.com|amazonaws\.cn|amazonaws-us-gov\.com)\/saml(?:\/acs\/[A-Za-z0-9_-]+)?$/;

function isAwsSigninSamlUrl(url: string): boolean {
  return SIGNIN_URL.test(url);
}

/** Why a Recipient would be refused, or null when it is an AWS sign-in SAML endpoint. */
export function recipientProblem(recipient: string | null | undefined): string | null {
  if (recipient === null || recipient === undefined || recipient === '') return 'SubjectConfirmationData has no Recipient attribute';
  if (isAwsSigninSamlUrl(recipient)) return null;
  const hint = /^https?:\/\/signin\.aws\.amazon\.com\/saml\/?$/i.test(recipient) ? ' (check the scheme, case and trailing slash)' : '';
  return `Recipient "${recipient}" is not an AWS sign-in SAML endpoint such as ${DEFAULT_SIGNIN_SAML_URL}${hint}`;
}

export function isAwsAudience(audience: string): boolean {
  return /^urn:amazon:webservices(?::[a-z0-9-]+)?$/.test(audience) || isAwsSigninSamlUrl(audience);
}

const TAG_CHARS = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;

/** Why a session tag would be refused (model Tag constraints), or null. Lengths are UTF-16 units. */
export function tagProblem(key: string, value: string): string | null {
  if (key.length < 1 || key.length > 128) return `tag key "${key}" must be 1–128 characters`;
  if (!TAG_CHARS.test(key)) return `tag key "${key}" has characters outside letters, digits, spaces and _ . : / = + - @`;
  if (key.toLowerCase().startsWith('aws:')) return `tag key "${key}" uses the reserved prefix "aws:"`;
  if (value.length > 256) return `the value of tag "${key}" is longer than 256 characters`;
  if (!TAG_CHARS.test(value)) return `the value of tag "${key}" has characters outside letters, digits, spaces and _ . : / = + - @`;
  return null;
}

/** The base64 length of `byteLength` bytes (what the SAMLAssertion parameter would measure). */
export function base64Length(byteLength: number): number {
  return 4 * Math.ceil(byteLength / 3);
}
