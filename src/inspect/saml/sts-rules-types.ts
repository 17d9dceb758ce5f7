/** Shared shapes of the STS rule findings (see sts-rules.ts). */
import type { Words } from '../../kernel/message';
import type { SignatureReport } from './xml-signature';
import type { SamlResponseInfo } from './types';

/** `unknown`: the rule needs something not supplied (the provider's certificates), so it cannot be judged. */
export type FindingStatus = 'pass' | 'fail' | 'warn' | 'unknown';

/** The STS error a failure maps to (code as on the wire). */
export interface FindingError {
  code: 'InvalidIdentityToken' | 'AccessDenied' | 'ExpiredTokenException' | 'InvalidParameterValue' | 'IDPCommunicationError' | 'ValidationError';
  message: string;
}

/**
 * Why a rule failed, as data (the rulebook's, for SAML and OIDC alike): the verdict, the sandbox's
 * x-sandbox-cause header and the error cards name the cause from it, never from the detail's words.
 */
export type FailureCause =
  | 'malformed'
  | 'idp-refused'
  | 'unsigned'
  | 'digest-mismatch'
  | 'untrusted-key'
  | 'bad-signature'
  | 'unknown-kid'
  | 'keys-unavailable'
  | 'unsupported-alg'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-audience'
  | 'wrong-recipient'
  | 'untrusted-issuer'
  | 'missing-claim'
  | 'role-not-offered'
  | 'invalid-attribute'
  | 'provider-missing'
  | 'provider-id'
  | 'oauth-provider'
  | 'role-missing'
  | 'trust-policy-denied'
  | 'invalid-parameter';

export interface Finding {
  id: string;
  status: FindingStatus;
  /** The rule, for the reader (a Message; the sandbox never sends it). */
  title: Words;
  /** What was found, for the reader. STS's wire text is `error.message`, never this. */
  detail: Words;
  /** Present on failures STS answers with an error. */
  error?: FindingError;
  /** Present on failures: why, as data. */
  causeId?: FailureCause;
}

export interface StsRuleContext {
  info: SamlResponseInfo;
  nowMs: number;
  roleArn?: string;
  principalArn?: string;
  durationSeconds?: number;
  /** How far the clock used for `nowMs` may be from AWS's (inspector only). */
  clientSkewMs?: number;
  /** Length of the SAMLAssertion base64 when known; otherwise estimated from the XML size. */
  base64Length?: number;
  /** The entityID of the IAM SAML provider, when known. */
  expectedIssuer?: string | null;
  /** Verified signatures (with trusted certificates). Without them only presence is judged. */
  signatures?: SignatureReport[];
}

export const invalid = (message: string): FindingError => ({ code: 'InvalidIdentityToken', message });
