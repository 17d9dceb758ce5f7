/**
 * Errors as data. Every failure the sandbox answers with is an StsError carrying the wire code,
 * HTTP status and fault side; the protocol layer serialises it in one place.
 */

/** Wire code → HTTP status and fault side (reference §5.3). */
export const ERROR_TABLE = {
  ValidationError: { status: 400, sender: true },
  InvalidParameterValue: { status: 400, sender: true },
  MissingParameter: { status: 400, sender: true },
  InvalidAction: { status: 400, sender: true },
  InvalidQueryParameter: { status: 400, sender: true },
  MalformedQueryString: { status: 404, sender: true },
  AccessDenied: { status: 403, sender: true },
  ExpiredToken: { status: 403, sender: true },
  ExpiredTokenException: { status: 400, sender: true },
  InvalidClientTokenId: { status: 403, sender: true },
  SignatureDoesNotMatch: { status: 403, sender: true },
  IncompleteSignature: { status: 400, sender: true },
  MissingAuthenticationToken: { status: 403, sender: true },
  MalformedPolicyDocument: { status: 400, sender: true },
  PackedPolicyTooLarge: { status: 400, sender: true },
  IDPRejectedClaim: { status: 403, sender: true },
  InvalidIdentityToken: { status: 400, sender: true },
  IDPCommunicationError: { status: 400, sender: true },
  RegionDisabledException: { status: 403, sender: true },
  InvalidAuthorizationMessageException: { status: 400, sender: true },
  ExpiredTradeInTokenException: { status: 400, sender: true },
  SessionDurationEscalationException: { status: 403, sender: true },
  OutboundWebIdentityFederationDisabledException: { status: 403, sender: true },
  JWTPayloadSizeExceededException: { status: 400, sender: true },
  // Codes of the twelfth operation's model (the SDK's awsQueryError table), GetScopedCredentials.
  InsufficientSessionLifetime: { status: 400, sender: true },
  InvalidSubjectCredentials: { status: 400, sender: true },
  InvalidContextAssertion: { status: 400, sender: true },
  UnsupportedProtocol: { status: 400, sender: true },
  OptInRequired: { status: 403, sender: true },
  Throttling: { status: 400, sender: true },
  InternalFailure: { status: 500, sender: false },
} as const satisfies Record<string, { status: number; sender: boolean }>;

export type StsErrorCode = keyof typeof ERROR_TABLE;

/** What travels beside an error, outside AWS's envelope. */
export interface StsErrorExtras {
  /**
   * The sandbox's explanation of a denial: an encoded authorization message (the same sealed form
   * DecodeAuthorizationMessage opens), sent in a sandbox-only response header, never in the message.
   */
  sandboxAuthorizationMessage?: string;
  /** The rulebook's cause id of a federation failure (digest-mismatch, unknown-kid…), sent in the sandbox-only x-sandbox-cause header. */
  sandboxCause?: string;
}

export class StsError extends Error {
  readonly code: StsErrorCode;
  readonly status: number;
  readonly senderFault: boolean;
  readonly sandboxAuthorizationMessage: string | undefined;
  readonly sandboxCause: string | undefined;
  constructor(code: StsErrorCode, message: string, extras: StsErrorExtras = {}) {
    super(message);
    this.name = 'StsError';
    this.code = code;
    this.status = ERROR_TABLE[code].status;
    this.senderFault = ERROR_TABLE[code].sender;
    this.sandboxAuthorizationMessage = extras.sandboxAuthorizationMessage;
    this.sandboxCause = extras.sandboxCause;
  }
}

export function stsError(code: StsErrorCode, message: string, extras?: StsErrorExtras): StsError {
  return new StsError(code, message, extras);
}

export function isStsError(e: unknown): e is StsError {
  return e instanceof StsError;
}
