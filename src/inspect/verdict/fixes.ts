/** What to change so a rule passes, per rule id: the verdict's "fix" line. The cause is the rule's own detail. */
import type { Message } from '../../kernel/message';
import type { VerdictCheckStatus } from './types';

const SAML_FIXES: Record<string, Message> = {
  decode: /*i18n*/ { id: 'inspect.fix.saml.decode', message: 'Send the base64 of the whole samlp:Response as the IdP posted it (the SAMLResponse form field, URL-decoded).' },
  structure: /*i18n*/ { id: 'inspect.fix.saml.structure', message: 'Send the whole samlp:Response with exactly one Assertion directly under it.' },
  status: /*i18n*/ { id: 'inspect.fix.saml.status', message: 'The IdP refused the login: fix it at the IdP (user assignment, MFA), then send the new response.' },
  issuer: /*i18n*/ { id: 'inspect.fix.saml.issuer', message: 'Make the IdP\'s entity ID and the metadata uploaded to the IAM SAML provider match (re-upload the IdP\'s current metadata).' },
  signature: /*i18n*/ { id: 'inspect.fix.saml.signature', message: 'Upload the IdP\'s current metadata (with its signing certificate) to the IAM SAML provider, and send the response exactly as the IdP signed it.' },
  'subject-confirmation': /*i18n*/ { id: 'inspect.fix.saml.subjectConfirmation', message: 'Configure the IdP to send one bearer SubjectConfirmation with NotOnOrAfter and Recipient.' },
  recipient: /*i18n*/ { id: 'inspect.fix.saml.recipient', message: 'Set the IdP\'s ACS URL to https://signin.aws.amazon.com/saml (or your Region\'s sign-in endpoint).' },
  expiry: /*i18n*/ { id: 'inspect.fix.saml.expiry', message: 'Get a fresh response from the IdP and send it at once (assertions usually live 5 minutes).' },
  'not-before': /*i18n*/ { id: 'inspect.fix.saml.notBefore', message: 'Fix the IdP\'s clock (NTP): its NotBefore lies in the future.' },
  'session-not-on-or-after': /*i18n*/ { id: 'inspect.fix.saml.sessionNotOnOrAfter', message: 'Sign in again at the IdP: its session has ended.' },
  audience: /*i18n*/ { id: 'inspect.fix.saml.audience', message: 'Set the IdP\'s audience (entity ID of the service provider) to urn:amazon:webservices.' },
  'name-id': /*i18n*/ { id: 'inspect.fix.saml.nameId', message: 'Map a NameID for the subject in the IdP.' },
  role: /*i18n*/ { id: 'inspect.fix.saml.role', message: 'Send a Role attribute value "role-arn,provider-arn" naming this role and this SAML provider.' },
  'session-name': /*i18n*/ { id: 'inspect.fix.saml.sessionName', message: 'Send https://aws.amazon.com/SAML/Attributes/RoleSessionName with 2–64 characters of letters, digits and _+=,.@-.' },
  'session-duration': /*i18n*/ { id: 'inspect.fix.saml.sessionDuration', message: 'Send SessionDuration as whole seconds between 900 and 43200.' },
  'source-identity': /*i18n*/ { id: 'inspect.fix.saml.sourceIdentity', message: 'Send a SourceIdentity of 2–64 characters of letters, digits and _+=,.@- not starting with "aws:".' },
  'principal-tags': /*i18n*/ { id: 'inspect.fix.saml.principalTags', message: 'Send at most 50 PrincipalTag attributes, one value each, with valid keys and values.' },
  'transitive-tag-keys': /*i18n*/ { id: 'inspect.fix.saml.transitiveTagKeys', message: 'List only keys that are also sent as PrincipalTag attributes.' },
  size: /*i18n*/ { id: 'inspect.fix.saml.size', message: 'Trim the assertion (large group lists) to at most 100000 characters of base64.' },
};

const OIDC_FIXES: Record<string, Message> = {
  decode: /*i18n*/ { id: 'inspect.fix.oidc.decode', message: 'Send the OpenID Connect ID token itself (three base64url parts), not an access token or a wrapper around it.' },
  'provider-id': /*i18n*/ { id: 'inspect.fix.oidc.providerId', message: 'Omit ProviderId: STS finds the provider from the iss claim.' },
  'iss-https': /*i18n*/ { id: 'inspect.fix.oidc.issHttps', message: 'Use an IdP whose issuer is an https:// URL.' },
  'iss-outbound': /*i18n*/ { id: 'inspect.fix.oidc.issOutbound', message: 'Use a token from your identity provider, not from GetWebIdentityToken.' },
  'iss-provider': /*i18n*/ { id: 'inspect.fix.oidc.issProvider', message: 'Create an IAM OIDC provider whose URL equals iss exactly (case, path, no trailing slash difference) in the role\'s account.' },
  'aud-present': /*i18n*/ { id: 'inspect.fix.oidc.audPresent', message: 'Request the token for a client ID (the aud claim).' },
  'aud-client': /*i18n*/ { id: 'inspect.fix.oidc.audClient', message: 'Add the token\'s client ID to the IAM OIDC provider\'s client ID list, or request the token for a registered client ID.' },
  sub: /*i18n*/ { id: 'inspect.fix.oidc.sub', message: 'Use an ID token that carries a sub claim.' },
  'time-integers': /*i18n*/ { id: 'inspect.fix.oidc.timeIntegers', message: 'The IdP must send exp, nbf and iat as whole seconds.' },
  exp: /*i18n*/ { id: 'inspect.fix.oidc.exp', message: 'Get a fresh token and send it before it expires.' },
  nbf: /*i18n*/ { id: 'inspect.fix.oidc.nbf', message: 'Fix the IdP\'s clock: the token is not valid yet.' },
  alg: /*i18n*/ { id: 'inspect.fix.oidc.alg', message: 'Sign tokens with RS256, RS384, RS512, ES256, ES384 or ES512.' },
  kid: /*i18n*/ { id: 'inspect.fix.oidc.kid', message: 'Publish the signing key in the issuer\'s JWKS (jwks_uri) under the token\'s kid.' },
  signature: /*i18n*/ { id: 'inspect.fix.oidc.signature', message: 'Send the token exactly as the IdP signed it, signed with a key the issuer\'s JWKS publishes.' },
  tags: /*i18n*/ { id: 'inspect.fix.oidc.tags', message: 'Fix the https://aws.amazon.com/tags claim (principal_tags with one string value each, transitive_tag_keys among them).' },
  'source-identity': /*i18n*/ { id: 'inspect.fix.oidc.sourceIdentity', message: 'Send a source identity of 2–64 characters of letters, digits and _+=,.@- not starting with "aws:".' },
  'role-session-name': /*i18n*/ { id: 'inspect.fix.oidc.roleSessionName', message: 'Give RoleSessionName 2–64 characters of letters, digits and _+=,.@-.' },
  size: /*i18n*/ { id: 'inspect.fix.oidc.size', message: 'WebIdentityToken must be 4–20000 characters.' },
};

export function fixFor(kind: 'saml' | 'oidc', id: string, status: VerdictCheckStatus): Message | undefined {
  if (status === 'unknown') {
    if (id === 'signature' || id === 'kid') {
      return kind === 'saml'
        ? /*i18n*/ { id: 'inspect.missing.samlCertificate', message: "the IdP's signing certificate: paste the IdP metadata (as uploaded to the IAM SAML provider) or its certificate" }
        : /*i18n*/ { id: 'inspect.missing.oidcKeys', message: "the issuer's signing keys: paste its JWKS, or let the page fetch the issuer's discovery document" };
    }
    if (id === 'iss-provider' || id === 'aud-client') return /*i18n*/ { id: 'inspect.missing.oidcProvider', message: 'the IAM OIDC provider: its URL and client IDs' };
  }
  return (kind === 'saml' ? SAML_FIXES : OIDC_FIXES)[id];
}
