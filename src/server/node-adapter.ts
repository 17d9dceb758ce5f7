/** Node http ⇄ the sandbox core's SandboxRequest/SandboxResponse, with a body size limit. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxRequest, SandboxResponse } from '../sandbox/core/http';
import { compressDynamic } from './content-encoding';

/** Larger than any valid STS request (a SAML assertion is at most 100,000 characters). */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {}

/**
 * The whole body as one fresh Uint8Array. Listens to 'data' directly: an async iterator over the
 * stream costs a promise per chunk, which shows on small, frequent requests.
 * @throws BodyTooLarge past MAX_BODY_BYTES (the rest of the body is no longer collected)
 */
export function readBody(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        cleanup();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      const body = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(body);
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const onClose = () => {
      cleanup();
      reject(new Error('The client closed the connection before the request body ended.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/** `url` is the target in origin-form (request-target.ts), which is not always `req.url`. */
export function toSandboxRequest(req: IncomingMessage, body: Uint8Array, url: string): SandboxRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return { method: req.method ?? 'GET', url, headers, body };
}

/**
 * Writes the sandbox's answer, after `extraHeaders` (the STS endpoint's CORS headers). With
 * `compressFor` (the request's Accept-Encoding; given for the /_sandbox/ controls only, never for STS,
 * whose wire bytes stay exactly AWS's uncompressed ones) a large enough body is compressed.
 */
export function writeSandboxResponse(
  res: ServerResponse,
  response: SandboxResponse,
  method: string,
  extraHeaders: Readonly<Record<string, string>> = {},
  compressFor?: { acceptEncoding: string | undefined },
): void {
  let body: Buffer = Buffer.from(response.body, 'utf8');
  // Object.assign gives the spread's result (same headers, same order) without V8's slow spread path.
  const headers: Record<string, string | number> = Object.assign({}, extraHeaders, response.headers);
  if (compressFor) {
    const compressed = compressDynamic(body, compressFor.acceptEncoding);
    body = compressed.body;
    if (compressed.coding !== 'identity') headers['Content-Encoding'] = compressed.coding;
    // The answer depends on Accept-Encoding whichever coding this one carries (a cache must not mix them).
    headers.Vary = 'Accept-Encoding';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(response.status, headers);
  res.end(method === 'HEAD' ? undefined : body);
}
