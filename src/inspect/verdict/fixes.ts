/** What to change so a rule passes, per rule id: the verdict's "fix" line. The cause is the rule's own detail. */
import type { VerdictCheckStatus } from './types';

const SAML_FIXES: Record<string, string> = {
  decode: 'Send the base64 of the whole samlp:Response as the IdP posted it (the SAMLResponse form field, URL-decoded).',
  structure: 'Send the whole samlp:Response with exactly one Assertion directly under it.',
  status: 'The IdP refused the login: fix it at the IdP (user assignment, MFA), then send the new response.',
  issuer: "Make the IdP's entity ID and the metadata uploaded to the IAM SAML provider match (re-upload the IdP's current metadata).",
  signature: "Upload the IdP's current metadata (with its signing certificate) to the IAM SAML provider, and send the response exactly as the IdP signed it.",
  'subject-confirmation': 'Configure the IdP to send one bearer SubjectConfirmation with NotOnOrAfter and Recipient.',
  recipient: 'Set the IdP\'s ACS URL to https://signin.aws.amazon.com/saml (or your Region\'s sign-in endpoint).',
  expiry: 'Get a fresh response from the IdP and send it at once (assertions usually live 5 minutes).',
  'not-before': "Fix the IdP's clock (NTP): its NotBefore lies in the future.",
  'session-not-on-or-after': 'Sign in again at the IdP: its session has ended.',
  audience: 'Set the IdP\'s audience (entity ID of the service provider) to urn:amazon:webservices.',
  'name-id': 'Map a NameID for the subject in the IdP.',
  role: 'Send a Role attribute value "role-arn,provider-arn" naming this role and this SAML provider.',
  'session-name': 'Send https://aws.amazon.com/SAML/Attributes/RoleSessionName with 2–64 characters of letters, digits and _+=,.@-.',
  'session-duration': 'Send SessionDuration as whole seconds between 900 and 43200.',
  'source-identity': 'Send a SourceIdentity of 2–64 characters of letters, digits and _+=,.@- not starting with "aws:".',
  'principal-tags': 'Send at most 50 PrincipalTag attributes, one value each, with valid keys and values.',
  'transitive-tag-keys': 'List only keys that are also sent as PrincipalTag attributes.',
  size: 'Trim the assertion (large group lists) to at most 100000 characters of base64.',
};

const OIDC_FIXES: Record<string, string> = {
  decode: 'Send the OpenID Connect ID token itself (three base64url parts), not an access token or a wrapper around it.',
  'provider-id': 'Omit ProviderId: STS finds the provider from the iss claim.',
  'iss-https': 'Use an IdP whose issuer is an https:// URL.',
  'iss-outbound': 'Use a token from your identity provider, not from GetWebIdentityToken.',
  'iss-provider': 'Create an IAM OIDC provider whose URL equals iss exactly (case, path, no trailing slash difference) in the role\'s account.',
  'aud-present': 'Request the token for a client ID (the aud claim).',
  'aud-client': 'Add the token\'s client ID to the IAM OIDC provider\'s client ID list, or request the token for a registered client ID.',
  sub: 'Use an ID token that carries a sub claim.',
  'time-integers': 'The IdP must send exp, nbf and iat as whole seconds.',
  exp: 'Get a fresh token and send it before it expires.',
  nbf: "Fix the IdP's clock: the token is not valid yet.",
  alg: 'Sign tokens with RS256, RS384, RS512, ES256, ES384 or ES512.',
  kid: "Publish the signing key in the issuer's JWKS (jwks_uri) under the token's kid.",
  signature: "Send the token exactly as the IdP signed it, signed with a key the issuer's JWKS publishes.",
  tags: 'Fix the https://aws.amazon.com/tags claim (principal_tags with one string value each, transitive_tag_keys among them).',
  'source-identity': 'Send a source identity of 2–64 characters of letters, digits and _+=,.@- not starting with "aws:".',
  'role-session-name': 'Give RoleSessionName 2–64 characters of letters, digits and _+=,.@-.',
  size: 'WebIdentityToken must be 4–20000 characters.',
};

export function fixFor(kind: 'saml' | 'oidc', id: string, status: VerdictCheckStatus): string | undefined {
  if (status === 'unknown') {
    if (id === 'signature' || id === 'kid') {
      return kind === 'saml'
        ? "the IdP's signing certificate: paste the IdP metadata (as uploaded to the IAM SAML provider) or its certificate"
        : "the issuer's signing keys: paste its JWKS, or let the page fetch the issuer's discovery document";
    }
    if (id === 'iss-provider' || id === 'aud-client') return 'the IAM OIDC provider: its URL and client IDs';
  }
  return (kind === 'saml' ? SAML_FIXES : OIDC_FIXES)[id];
}
