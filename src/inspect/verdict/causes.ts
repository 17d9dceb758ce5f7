/**
 * The cause of a federation failure in a few words, from the rulebook's cause id (FailureCause): the
 * verdict line, the error cards and the sandbox's x-sandbox-cause header all name a cause through
 * this table, per protocol, so an OIDC failure never gets a SAML title.
 */
import type { FailureCause } from '../saml/sts-rules-types';
import type { FederationKind } from './types';

const COMMON: Record<FailureCause, string> = {
  malformed: 'Not readable as sent',
  'idp-refused': 'The IdP refused the sign-in',
  unsigned: 'Not signed',
  'digest-mismatch': 'Changed after it was signed (digest mismatch)',
  'untrusted-key': 'Signed by a key the provider does not trust',
  'bad-signature': 'The signature does not verify',
  'unknown-kid': "No key with the token's kid in the issuer's JWKS",
  'keys-unavailable': "The issuer's signing keys cannot be retrieved",
  'unsupported-alg': 'Signing algorithm not accepted',
  expired: 'Expired',
  'not-yet-valid': 'Not valid yet',
  'wrong-audience': 'Wrong audience',
  'wrong-recipient': 'Wrong recipient (ACS URL)',
  'untrusted-issuer': 'Issuer not trusted by the account',
  'missing-claim': 'A required part is missing',
  'role-not-offered': 'The assertion does not offer this role',
  'invalid-attribute': 'An AWS attribute is invalid',
  'provider-missing': 'No such identity provider in the account',
  'provider-id': 'ProviderId sent with an OpenID Connect token',
  'oauth-provider': 'OAuth provider not reachable',
  'role-missing': 'No such role (AWS answers as for an untrusting role)',
  'trust-policy-denied': "The role's trust policy does not allow it",
  'invalid-parameter': 'A request parameter is invalid',
};

/** Where the words differ by protocol. */
const BY_KIND: Record<FederationKind, Partial<Record<FailureCause, string>>> = {
  saml: {
    'bad-signature': 'The XML signature does not verify',
    'missing-claim': 'A required SAML element or attribute is missing',
    'invalid-attribute': 'A SAML attribute or confirmation is invalid',
  },
  oidc: {
    'untrusted-key': "Signed by a key the issuer's JWKS does not hold",
    'bad-signature': "The token's signature does not verify with the issuer's key",
    'missing-claim': 'A required claim is missing',
    'invalid-attribute': 'An AWS claim in the token is invalid',
    malformed: 'Not a readable ID token (JWT)',
  },
};

const isCause = (id: string): id is FailureCause => Object.prototype.hasOwnProperty.call(COMMON, id);

/** The title of a cause id for this protocol; null for an id the rulebook does not know (an older sandbox). */
export function causeTitleOf(kind: FederationKind, causeId: string | null | undefined): string | null {
  if (!causeId || !isCause(causeId)) return null;
  return BY_KIND[kind][causeId] ?? COMMON[causeId];
}
