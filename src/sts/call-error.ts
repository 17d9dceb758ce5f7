/**
 * StsCallError: every way a call can fail, as one error type the UI can render,
 * with the plain-words explanation already attached.
 */
import type { OperationName } from '../catalog/types';
import { englishOf, type Message, type Words } from '../kernel/message';
import { MAX_ENCODED_LENGTH, SANDBOX_AUTHORIZATION_MESSAGE_HEADER, SANDBOX_CAUSE_HEADER } from '../inspect/authz/extract';
import type { Target } from './connection';
import type { ErrorExplanation } from './error-catalog';
import { explainError } from './error-explanations';
import { classifyNetworkFailure, type NetworkFailureKind } from './network-errors';

export type StsCallErrorKind = 'service' | 'network' | 'cors' | 'csp' | 'aborted' | 'client-validation' | 'unknown';

export interface StsCallErrorInit {
  code: string;
  message: string;
  kind: StsCallErrorKind;
  explanation: ErrorExplanation;
  httpStatus?: number;
  requestId?: string;
  /** `Sender` or `Receiver` from the error envelope, when the service said. */
  faultType?: string;
  /** The sandbox's explanation of a denial (its x-sandbox-authorization-message header): an encoded authorization message. */
  sandboxAuthorizationMessage?: string;
  /** The rulebook's cause id of a sandbox federation failure (its x-sandbox-cause header). */
  sandboxCause?: string;
  cause?: unknown;
}

export class StsCallError extends Error {
  readonly code: string;
  readonly kind: StsCallErrorKind;
  readonly explanation: ErrorExplanation;
  readonly httpStatus: number | undefined;
  readonly requestId: string | undefined;
  readonly faultType: string | undefined;
  /** Set only for the sandbox's denials; AWS never sends it, and the message stays exactly AWS's. */
  readonly sandboxAuthorizationMessage: string | undefined;
  /** Set only by the sandbox, for federation failures: the rulebook's cause id (e.g. digest-mismatch). */
  readonly sandboxCause: string | undefined;

  constructor(init: StsCallErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'StsCallError';
    this.code = init.code;
    this.kind = init.kind;
    this.explanation = init.explanation;
    this.httpStatus = init.httpStatus;
    this.requestId = init.requestId;
    this.faultType = init.faultType;
    this.sandboxAuthorizationMessage = init.sandboxAuthorizationMessage;
    this.sandboxCause = init.sandboxCause;
  }
}

export function isStsCallError(e: unknown): e is StsCallError {
  return e instanceof StsCallError;
}

/** Thrown by the credentials provider when a signed operation is sent with no source credentials. */
export class NoSourceCredentialsError extends Error {
  constructor(operation?: string) {
    super(
      `No source credentials: ${operation ?? 'this operation'} must be signed, so it needs an access key ID and secret access key. ` +
        'Only AssumeRoleWithSAML and AssumeRoleWithWebIdentity can be sent without them.',
    );
    this.name = 'NoSourceCredentialsError';
  }
}

/** A call the workbench refused to send: its English reading is also the error's message. */
export function clientValidationError(code: string, meaning: Words, likelyFixes: Words[], title?: Words): StsCallError {
  return new StsCallError({
    code,
    message: englishOf(meaning),
    kind: 'client-validation',
    explanation: { title: title ?? /*i18n*/ { id: 'error.kind.clientValidation', message: 'Not sent' }, meaning, likelyFixes },
  });
}

/** A failure with no answer from STS: the workbench's own words are its message (in English) and its explanation. */
function noAnswerError(code: string, kind: StsCallErrorKind, f: { title: Message; meaning: Message; likelyFixes: Message[] }, cause: unknown): StsCallError {
  return new StsCallError({ code, message: englishOf(f.meaning), kind, explanation: { title: f.title, meaning: f.meaning, likelyFixes: f.likelyFixes }, cause });
}

export interface NormalizeContext {
  operation?: OperationName;
  target?: Target;
  /** The URL the call went to. */
  endpoint: string;
  pageOrigin: string;
  cspViolation?: boolean;
  /** The caller's signal: when it fired, the failure is a cancellation whatever the error says. */
  aborted?: boolean;
}

interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
  Code?: unknown;
  Type?: unknown;
  Error?: { Code?: unknown; Type?: unknown; Message?: unknown };
  RequestId?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown; requestId?: unknown };
  $response?: { statusCode?: unknown; headers?: Record<string, unknown> };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
/** The header's value when it has the shape of an encoded message (base64url, at most what DecodeAuthorizationMessage takes). */
const sandboxExplanation = (v: unknown): string | undefined => {
  const text = str(v);
  return text !== undefined && text.length <= MAX_ENCODED_LENGTH && /^[A-Za-z0-9_-]+$/.test(text) ? text : undefined;
};
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function looksLikeNetworkFailure(e: SdkErrorShape): boolean {
  const name = str(e.name);
  if (name === 'AbortError' || name === 'TimeoutError') return true;
  if (typeof (e as { code?: unknown }).code === 'string') return true;
  const message = str(e.message) ?? '';
  return name === 'TypeError' && /fetch|network|load failed/i.test(message);
}

const NETWORK_CODES: Record<NetworkFailureKind, string> = {
  network: 'NetworkError',
  cors: 'CorsError',
  csp: 'BlockedByContentSecurityPolicy',
  aborted: 'Aborted',
};

/** Turn whatever the SDK threw into an StsCallError. Never throws. */
export function toStsCallError(error: unknown, ctx: NormalizeContext): StsCallError {
  if (error instanceof StsCallError) return error;
  const e: SdkErrorShape = typeof error === 'object' && error !== null ? (error as SdkErrorShape) : { message: String(error) };
  const message = str(e.message) ?? str(e.Error?.Message) ?? 'Unknown error';

  if (ctx.aborted || str(e.name) === 'AbortError') {
    return noAnswerError(NETWORK_CODES.aborted, 'aborted', classifyNetworkFailure({ name: 'AbortError' }, ctx), error);
  }
  if (str(e.name) === 'NoSourceCredentialsError') {
    const operation = ctx.operation ?? '';
    return clientValidationError(
      'NoSourceCredentials',
      /*i18n*/ {
        id: 'error.noSourceCredentials.meaning',
        message: 'No source credentials: {operation} must be signed, so it needs an access key ID and secret access key. Only {saml} and {oidc} can be sent without them.',
        values: { operation, saml: 'AssumeRoleWithSAML', oidc: 'AssumeRoleWithWebIdentity' },
        verbatim: ['operation', 'saml', 'oidc'],
      },
      [/*i18n*/ { id: 'error.noSourceCredentials.fix', message: 'Enter an access key ID and secret access key for this target, then send again.' }],
      /*i18n*/ { id: 'error.noSourceCredentials.title', message: 'Credentials needed' },
    );
  }

  const status = num(e.$metadata?.httpStatusCode) ?? num(e.$response?.statusCode);
  const code = str(e.Code) ?? str(e.Error?.Code);
  if (status !== undefined && code) {
    const headers = e.$response?.headers;
    const headerId = headers ? str(headers['x-amzn-requestid']) : undefined;
    const explanation = headers ? sandboxExplanation(headers[SANDBOX_AUTHORIZATION_MESSAGE_HEADER]) : undefined;
    const sandboxCause = headers ? str(headers[SANDBOX_CAUSE_HEADER]) : undefined;
    return new StsCallError({
      ...(sandboxCause && /^[a-z-]{1,40}$/.test(sandboxCause) ? { sandboxCause } : {}),
      ...(explanation ? { sandboxAuthorizationMessage: explanation } : {}),
      code,
      message,
      kind: 'service',
      httpStatus: status,
      requestId: str(e.$metadata?.requestId) ?? str(e.RequestId) ?? headerId,
      faultType: str(e.Type) ?? str(e.Error?.Type),
      explanation: explainError(code, message, { operation: ctx.operation, target: ctx.target }),
      cause: error,
    });
  }
  if (status !== undefined) {
    // An HTTP answer that is not an STS error envelope: the endpoint is probably not STS.
    return new StsCallError({
      code: 'UnreadableResponse',
      message,
      kind: 'unknown',
      httpStatus: status,
      requestId: str(e.$metadata?.requestId),
      explanation: {
        title: /*i18n*/ { id: 'error.unreadable.title', message: 'The answer is not an STS response' },
        meaning: /*i18n*/ { id: 'error.unreadable.meaning', message: 'The endpoint answered with HTTP {status}, but not with STS XML the SDK could read.', values: { status }, verbatim: ['status'] },
        likelyFixes: [/*i18n*/ { id: 'error.unreadable.fix', message: 'Check that the endpoint URL points at an STS service (for an emulator, its STS port and path).' }],
      },
      cause: error,
    });
  }
  if (looksLikeNetworkFailure(e) || ctx.cspViolation) {
    const f = classifyNetworkFailure(error, ctx);
    return noAnswerError(NETWORK_CODES[f.kind], f.kind, f, error);
  }
  return new StsCallError({
    code: str(e.name) ?? 'Error',
    message,
    kind: 'unknown',
    explanation: {
      title: /*i18n*/ { id: 'error.beforeSts.title', message: 'The call failed before reaching STS' },
      meaning: message,
      likelyFixes: [/*i18n*/ { id: 'error.beforeSts.fix', message: 'Check the target and the parameters, then try again.' }],
    },
    cause: error,
  });
}
