/**
 * Wraps serialised XML as the sandbox's HTTP response with STS's headers. Content-Length is
 * left to the HTTP adapter, which knows the encoded byte length.
 */
import { SANDBOX_AUTHORIZATION_MESSAGE_HEADER, SANDBOX_CAUSE_HEADER } from '../../inspect/authz/extract';
import type { StsError } from '../core/errors';
import type { SandboxResponse } from '../core/http';
import { serializeError } from './serialize-error';
import { serializeSuccess } from './serialize-success';

/** @param nowMs the time for the Date header (RFC 1123, e.g. `Thu, 01 Jan 2026 00:00:00 GMT`) */
export function stsXmlResponse(status: number, xml: string, requestId: string, nowMs: number): SandboxResponse {
  return {
    status,
    headers: {
      'x-amzn-RequestId': requestId,
      'Content-Type': 'text/xml',
      Date: new Date(nowMs).toUTCString(),
    },
    body: xml,
  };
}

export function stsSuccessResponse(operation: string, output: Record<string, unknown>, requestId: string, nowMs: number): SandboxResponse {
  return stsXmlResponse(200, serializeSuccess(operation, output, requestId), requestId, nowMs);
}

/** The error document; a denial's sandbox explanation rides in its own header, outside AWS's message. */
export function stsErrorResponse(err: StsError, requestId: string, nowMs: number): SandboxResponse {
  const res = stsXmlResponse(err.status, serializeError(err, requestId), requestId, nowMs);
  if (err.sandboxAuthorizationMessage !== undefined) res.headers[SANDBOX_AUTHORIZATION_MESSAGE_HEADER] = err.sandboxAuthorizationMessage;
  if (err.sandboxCause !== undefined) res.headers[SANDBOX_CAUSE_HEADER] = err.sandboxCause;
  return res;
}
