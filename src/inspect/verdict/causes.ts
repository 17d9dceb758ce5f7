/**
 * The cause of a federation failure in a few words, from the rulebook's cause id (FailureCause): the
 * verdict line, the error cards and the sandbox's x-sandbox-cause header all name a cause through
 * this table, per protocol, so an OIDC failure never gets a SAML title.
 */
import type { Message } from '../../kernel/message';
import type { FailureCause } from '../saml/sts-rules-types';
import type { FederationKind } from './types';

const COMMON: Record<FailureCause, Message> = {
  malformed: /*i18n*/ { id: 'inspect.cause.malformed', message: 'Not readable as sent' },
  'idp-refused': /*i18n*/ { id: 'inspect.cause.idpRefused', message: 'The IdP refused the sign-in' },
  unsigned: /*i18n*/ { id: 'inspect.cause.unsigned', message: 'Not signed' },
  'digest-mismatch': /*i18n*/ { id: 'inspect.cause.digestMismatch', message: 'Changed after it was signed (digest mismatch)' },
  'untrusted-key': /*i18n*/ { id: 'inspect.cause.untrustedKey', message: 'Signed by a key the provider does not trust' },
  'bad-signature': /*i18n*/ { id: 'inspect.cause.badSignature', message: 'The signature does not verify' },
  'unknown-kid': /*i18n*/ { id: 'inspect.cause.unknownKid', message: 'No key with the token\'s kid in the issuer\'s JWKS' },
  'keys-unavailable': /*i18n*/ { id: 'inspect.cause.keysUnavailable', message: 'The issuer\'s signing keys cannot be retrieved' },
  'unsupported-alg': /*i18n*/ { id: 'inspect.cause.unsupportedAlg', message: 'Signing algorithm not accepted' },
  expired: /*i18n*/ { id: 'inspect.cause.expired', message: 'Expired' },
  'not-yet-valid': /*i18n*/ { id: 'inspect.cause.notYetValid', message: 'Not valid yet' },
  'wrong-audience': /*i18n*/ { id: 'inspect.cause.wrongAudience', message: 'Wrong audience' },
  'wrong-recipient': /*i18n*/ { id: 'inspect.cause.wrongRecipient', message: 'Wrong recipient (ACS URL)' },
  'untrusted-issuer': /*i18n*/ { id: 'inspect.cause.untrustedIssuer', message: 'Issuer not trusted by the account' },
  'missing-claim': /*i18n*/ { id: 'inspect.cause.missingClaim', message: 'A required part is missing' },
  'role-not-offered': /*i18n*/ { id: 'inspect.cause.roleNotOffered', message: 'The assertion does not offer this role' },
  'invalid-attribute': /*i18n*/ { id: 'inspect.cause.invalidAttribute', message: 'An AWS attribute is invalid' },
  'provider-missing': /*i18n*/ { id: 'inspect.cause.providerMissing', message: 'No such identity provider in the account' },
  'provider-id': /*i18n*/ { id: 'inspect.cause.providerId', message: 'ProviderId sent with an OpenID Connect token' },
  'oauth-provider': /*i18n*/ { id: 'inspect.cause.oauthProvider', message: 'OAuth provider not reachable' },
  'role-missing': /*i18n*/ { id: 'inspect.cause.roleMissing', message: 'No such role (AWS answers as for an untrusting role)' },
  'trust-policy-denied': /*i18n*/ { id: 'inspect.cause.trustPolicyDenied', message: 'The role\'s trust policy does not allow it' },
  'invalid-parameter': /*i18n*/ { id: 'inspect.cause.invalidParameter', message: 'A request parameter is invalid' },
};

/** Where the words differ by protocol. */
const BY_KIND: Record<FederationKind, Partial<Record<FailureCause, Message>>> = {
  saml: {
    'bad-signature': /*i18n*/ { id: 'inspect.cause.saml.badSignature', message: 'The XML signature does not verify' },
    'missing-claim': /*i18n*/ { id: 'inspect.cause.saml.missingClaim', message: 'A required SAML element or attribute is missing' },
    'invalid-attribute': /*i18n*/ { id: 'inspect.cause.saml.invalidAttribute', message: 'A SAML attribute or confirmation is invalid' },
  },
  oidc: {
    'untrusted-key': /*i18n*/ { id: 'inspect.cause.oidc.untrustedKey', message: 'Signed by a key the issuer\'s JWKS does not hold' },
    'bad-signature': /*i18n*/ { id: 'inspect.cause.oidc.badSignature', message: 'The token\'s signature does not verify with the issuer\'s key' },
    'missing-claim': /*i18n*/ { id: 'inspect.cause.oidc.missingClaim', message: 'A required claim is missing' },
    'invalid-attribute': /*i18n*/ { id: 'inspect.cause.oidc.invalidAttribute', message: 'An AWS claim in the token is invalid' },
    malformed: /*i18n*/ { id: 'inspect.cause.oidc.malformed', message: 'Not a readable ID token (JWT)' },
  },
};

const isCause = (id: string): id is FailureCause => Object.prototype.hasOwnProperty.call(COMMON, id);

/** The title of a cause id for this protocol; null for an id the rulebook does not know (an older sandbox). */
export function causeTitleOf(kind: FederationKind, causeId: string | null | undefined): Message | null {
  if (!causeId || !isCause(causeId)) return null;
  return BY_KIND[kind][causeId] ?? COMMON[causeId];
}
