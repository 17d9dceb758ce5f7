/**
 * CORS for the sandbox STS endpoint (POST /, GET /?Action=…), as permissive as real STS's
 * (reference §12): a page on any origin may call it with the SDK (a call carries no ambient
 * credentials, so allowing every origin exposes nothing), with the SDK's headers allowed and the
 * request id, Date and the sandbox's denial explanation (x-sandbox-authorization-message) exposed.
 * The controls under /_sandbox/ never send these (admission.ts).
 */
export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers':
    'authorization, content-type, x-amz-date, x-amz-security-token, x-amz-content-sha256, x-amz-user-agent, amz-sdk-invocation-id, amz-sdk-request, x-amz-region-set, x-amzn-trace-id',
  'Access-Control-Expose-Headers': 'x-amzn-RequestId, Date, x-amzn-ErrorType, x-sandbox-authorization-message, x-sandbox-cause',
  'Access-Control-Max-Age': '86400',
};
