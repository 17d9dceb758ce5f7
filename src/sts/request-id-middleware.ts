/**
 * The SDK takes the request ID only from the x-amzn-RequestId header. Browsers hide that header on
 * cross-origin answers unless the server exposes it, and emulators may not send it, but STS also
 * puts the ID in the body (ResponseMetadata/RequestId, or RequestId beside Error). This middleware
 * sits just above the HTTP handler, buffers the (small) body, and fills the header from the body
 * when it is missing, so `$metadata.requestId` is set for successes and errors alike.
 */
import type { DeserializeHandler, DeserializeHandlerArguments, DeserializeHandlerOutput, HttpResponse } from '@smithy/types';

const REQUEST_ID_HEADERS = ['x-amzn-requestid', 'x-amzn-request-id', 'x-amz-request-id'];

async function readAll(body: unknown): Promise<Uint8Array | undefined> {
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (typeof Blob !== 'undefined' && body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) {
    return new Uint8Array(await new Response(body as ReadableStream<Uint8Array>).arrayBuffer());
  }
  return undefined; // A Node stream or something else: leave it to the SDK's own collector.
}

function requestIdFromBody(xml: string): string | undefined {
  return /<RequestId>\s*([^<\s]+)\s*<\/RequestId>/.exec(xml)?.[1];
}

function isHttpResponse(r: unknown): r is HttpResponse {
  return typeof r === 'object' && r !== null && typeof (r as HttpResponse).statusCode === 'number' && typeof (r as HttpResponse).headers === 'object';
}

export function requestIdFromBodyMiddleware<Input extends object, Output extends object>(
  next: DeserializeHandler<Input, Output>,
): DeserializeHandler<Input, Output> {
  return async (args: DeserializeHandlerArguments<Input>): Promise<DeserializeHandlerOutput<Output>> => {
    const result = await next(args);
    const response = result.response;
    if (!isHttpResponse(response)) return result;
    const hasHeader = Object.keys(response.headers).some((h) => REQUEST_ID_HEADERS.includes(h.toLowerCase()));
    if (hasHeader) return result;
    const bytes = await readAll(response.body);
    if (!bytes) return result;
    response.body = bytes;
    const id = requestIdFromBody(new TextDecoder().decode(bytes));
    if (id) response.headers['x-amzn-requestid'] = id;
    return result;
  };
}

export const REQUEST_ID_MIDDLEWARE_OPTIONS = {
  step: 'deserialize',
  priority: 'low',
  name: 'stsWorkbenchRequestIdFromBody',
} as const;
