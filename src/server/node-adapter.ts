/** Node http ⇄ the sandbox core's SandboxRequest/SandboxResponse, with a body size limit. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxRequest, SandboxResponse } from '../sandbox/core/http';
import { CORS_HEADERS } from './cors';

/** Larger than any valid STS request (a SAML assertion is at most 100,000 characters). */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {}

export async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export function toSandboxRequest(req: IncomingMessage, body: Uint8Array): SandboxRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return { method: req.method ?? 'GET', url: req.url ?? '/', headers, body };
}

export function writeSandboxResponse(res: ServerResponse, response: SandboxResponse, method: string): void {
  const body = Buffer.from(response.body, 'utf8');
  res.writeHead(response.status, { ...CORS_HEADERS, ...response.headers, 'Content-Length': body.length });
  res.end(method === 'HEAD' ? undefined : body);
}
