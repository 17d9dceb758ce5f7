/**
 * The one origin: the sandbox STS (POST /, GET /?Action=…), its controls (/_sandbox/), and the
 * workbench. Every request first passes the Host check, and a control also the Origin check
 * (admission.ts); every response says `X-Content-Type-Options: nosniff`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { json } from '../sandbox/controls/json';
import { stsError } from '../sandbox/core/errors';
import type { SandboxResponse } from '../sandbox/core/http';
import { isControlPath, type Sandbox } from '../sandbox/sandbox';
import { newRequestId } from '../sandbox/protocol/request-id';
import { stsXmlResponse } from '../sandbox/protocol/response';
import { serializeError } from '../sandbox/protocol/serialize-error';
import { controlOriginRefusal, hostRefusal, type Refusal } from './admission';
import { CORS_HEADERS } from './cors';
import { BodyTooLarge, MAX_BODY_BYTES, readBody, toSandboxRequest, writeSandboxResponse } from './node-adapter';
import { toOriginForm } from './request-target';
import { EVERY_RESPONSE_HEADERS } from './security-headers';
import { createStaticHandler } from './static-files';

function isStsRequest(method: string, url: string): boolean {
  const [path, query = ''] = url.split('?', 2);
  if (method === 'POST') return path === '/';
  if (method === 'GET' || method === 'HEAD') return path === '/' && /(^|&)Action=/.test(query);
  return false;
}

export interface ServerOptions {
  /** Host names the server answers (admission.ts allowedHostNames). */
  allowedHosts: ReadonlySet<string>;
}

type Kind = 'control' | 'sts' | 'page';

export function createWorkbenchServer(sandbox: Sandbox, distDir: string, options: ServerOptions): Server {
  const serveStatic = createStaticHandler(distDir);

  /** An STS error document, as the STS endpoint answers everything. */
  const stsFailure = (code: 'AccessDenied' | 'ValidationError' | 'InternalFailure', message: string): SandboxResponse => {
    const requestId = newRequestId(sandbox.env.runtime.randomBytes);
    const err = stsError(code, message);
    return stsXmlResponse(err.status, serializeError(err, requestId), requestId, Date.now());
  };

  /** A refusal in the form the client of that kind of request reads: JSON, an STS error, or text. */
  const refuse = (res: ServerResponse, kind: Kind, method: string, refusal: Refusal) => {
    if (kind === 'control') writeSandboxResponse(res, json(refusal.status, { error: { code: refusal.code, message: refusal.message } }), method);
    else if (kind === 'sts') writeSandboxResponse(res, stsFailure(refusal.status === 403 ? 'AccessDenied' : 'ValidationError', refusal.message), method, CORS_HEADERS);
    else res.writeHead(refusal.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(method === 'HEAD' ? undefined : `${refusal.message}\n`);
  };

  // requireHostHeader: false lets a missing Host reach the handler, which answers it with nosniff and a message.
  const server = createServer({ requireHostHeader: false }, (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(EVERY_RESPONSE_HEADERS)) res.setHeader(name, value);
    const method = req.method ?? 'GET';
    const { url, authority } = toOriginForm(req.url ?? '/');
    const kind: Kind = isControlPath(url) ? 'control' : isStsRequest(method, url) ? 'sts' : 'page';

    const refusal =
      hostRefusal({ host: req.headers.host, targetAuthority: authority, httpVersion: req.httpVersion }, options.allowedHosts) ??
      (kind === 'control' ? controlOriginRefusal(req.headers as Record<string, string | undefined>, authority ?? req.headers.host) : null);
    if (refusal) {
      refuse(res, kind, method, refusal);
      req.resume();
      return;
    }
    if (method === 'OPTIONS') {
      // Preflights: the STS endpoint's are answered for any origin; the controls' carry no CORS
      // headers, so a page on another origin is never allowed to send the request it asks about.
      res.writeHead(204, kind === 'control' ? { Allow: 'GET, POST, OPTIONS' } : CORS_HEADERS).end();
      return;
    }
    if (kind === 'page') {
      serveStatic(url.split('?')[0] ?? '/', method, res, req.headers['accept-encoding']);
      return;
    }
    readBody(req)
      .then((body) => sandbox.handle(toSandboxRequest(req, body, url)))
      .then((response) =>
        kind === 'sts' ? writeSandboxResponse(res, response, method, CORS_HEADERS) : writeSandboxResponse(res, response, method, undefined, { acceptEncoding: req.headers['accept-encoding'] }),
      )
      .catch((e: unknown) => {
        const tooLarge = e instanceof BodyTooLarge;
        let response: SandboxResponse;
        if (kind === 'control') {
          response = tooLarge
            ? json(413, { error: { code: 'RequestTooLarge', message: `The request body is larger than ${MAX_BODY_BYTES} bytes, more than any sandbox control takes.` } })
            : json(400, { error: { code: 'InvalidRequest', message: 'The sandbox could not read the request.' } });
        } else {
          response = tooLarge
            ? stsFailure('ValidationError', `The request body is larger than ${MAX_BODY_BYTES} bytes, more than any STS request can carry.`)
            : stsFailure('InternalFailure', 'The sandbox could not read the request.');
        }
        if (!res.headersSent) writeSandboxResponse(res, response, method, kind === 'sts' ? CORS_HEADERS : undefined);
        req.resume();
      });
  });

  // Requests Node's parser rejects before they reach the handler (a malformed request line, headers
  // too large, no Host on HTTP/1.1) get Node's answer plus nosniff, like every other response.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const [status, reason] =
      err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout'] : [400, 'Bad Request'];
    const every = Object.entries(EVERY_RESPONSE_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/plain; charset=utf-8\r\n${every}Content-Length: 0\r\nConnection: close\r\n\r\n`);
  });
  return server;
}
