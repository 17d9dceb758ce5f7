/**
 * An SDK request handler that hands requests to the in-page sandbox instead of the network.
 * It implements the smithy HttpHandler contract (handle, updateHttpClientConfig, httpHandlerConfigs)
 * and answers with a ReadableStream body, which the SDK's stream collectors read in Node and browsers.
 */
import type { HttpHandlerOptions, HttpRequest, HttpResponse, QueryParameterBag, RequestHandlerOutput } from '@smithy/types';
import type { SandboxRequest, SandboxResponse } from '../sandbox/core/http';

export interface InPageSandbox {
  handle(req: SandboxRequest): Promise<SandboxResponse>;
}

export interface InPageRequestHandler {
  handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<RequestHandlerOutput<HttpResponse>>;
  updateHttpClientConfig(key: never, value: never): void;
  httpHandlerConfigs(): Record<string, never>;
  destroy(): void;
}

/** RFC 3986 encoding, as SigV4 canonicalises query strings. */
function encode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function buildQuery(query: QueryParameterBag | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const key of Object.keys(query)) {
    const value = query[key];
    if (value === null || value === undefined) parts.push(encode(key));
    else if (Array.isArray(value)) for (const v of value) parts.push(`${encode(key)}=${encode(v)}`);
    else parts.push(`${encode(key)}=${encode(value)}`);
  }
  return parts.join('&');
}

function bodyBytes(body: unknown): Uint8Array {
  if (body === undefined || body === null) return new Uint8Array();
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('The in-page sandbox accepts only string or byte request bodies (STS requests are form-encoded text).');
}

function lowerCaseHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    out[key] = key in out ? `${out[key]},${value}` : value;
  }
  return out;
}

/** The SDK-side view of an HttpRequest as the sandbox's transport-neutral request. */
function toSandboxRequest(request: HttpRequest): SandboxRequest {
  const query = buildQuery(request.query);
  const path = request.path || '/';
  return {
    method: request.method.toUpperCase(),
    url: query ? `${path}?${query}` : path,
    headers: lowerCaseHeaders(request.headers),
    body: bodyBytes(request.body),
  };
}

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (bytes.byteLength > 0) controller.enqueue(bytes);
      controller.close();
    },
  });
}

function toHttpResponse(res: SandboxResponse): HttpResponse {
  return {
    statusCode: res.status,
    headers: lowerCaseHeaders(res.headers),
    body: streamOf(new TextEncoder().encode(res.body)),
  };
}

function abortError(signal: { reason?: unknown } | undefined): Error {
  const err = new Error('Request aborted');
  err.name = 'AbortError';
  if (signal?.reason !== undefined) (err as Error & { cause?: unknown }).cause = signal.reason;
  return err;
}

type AbortLike = NonNullable<HttpHandlerOptions['abortSignal']>;

function onAbort(signal: AbortLike, listener: () => void): () => void {
  if ('addEventListener' in signal && typeof signal.addEventListener === 'function') {
    signal.addEventListener('abort', listener, { once: true });
    return () => signal.removeEventListener('abort', listener);
  }
  const legacy = signal as { onabort: unknown };
  legacy.onabort = listener;
  return () => {
    legacy.onabort = null;
  };
}

export function createInPageRequestHandler(sandbox: InPageSandbox): InPageRequestHandler {
  return {
    async handle(request, options = {}) {
      const signal = options.abortSignal;
      if (signal?.aborted) throw abortError(signal as { reason?: unknown });
      const sandboxRequest = toSandboxRequest(request);
      const answer = sandbox.handle(sandboxRequest).then(toHttpResponse);
      if (!signal) return { response: await answer };
      let detach = () => {};
      const aborted = new Promise<never>((_, reject) => {
        detach = onAbort(signal, () => reject(abortError(signal as { reason?: unknown })));
      });
      try {
        return { response: await Promise.race([answer, aborted]) };
      } finally {
        detach();
      }
    },
    // The in-page handler has no settings (timeouts, keep-alive) to update.
    updateHttpClientConfig() {},
    httpHandlerConfigs() {
      return {};
    },
    destroy() {},
  };
}
