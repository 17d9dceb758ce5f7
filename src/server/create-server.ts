/** The one origin: the sandbox STS (POST /, GET /?Action=…), its controls (/_sandbox/), and the workbench. */
import { createServer, type Server } from 'node:http';
import { stsError } from '../sandbox/core/errors';
import { isControlPath, type Sandbox } from '../sandbox/sandbox';
import { newRequestId } from '../sandbox/protocol/request-id';
import { stsXmlResponse } from '../sandbox/protocol/response';
import { serializeError } from '../sandbox/protocol/serialize-error';
import { CORS_HEADERS } from './cors';
import { BodyTooLarge, MAX_BODY_BYTES, readBody, toSandboxRequest, writeSandboxResponse } from './node-adapter';
import { createStaticHandler } from './static-files';

function isStsRequest(method: string, url: string): boolean {
  const [path, query = ''] = url.split('?', 2);
  if (method === 'POST') return path === '/';
  if (method === 'GET' || method === 'HEAD') return path === '/' && /(^|&)Action=/.test(query);
  return false;
}

export function createWorkbenchServer(sandbox: Sandbox, distDir: string): Server {
  const serveStatic = createStaticHandler(distDir);
  return createServer((req, res) => {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    if (method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS).end();
      return;
    }
    if (!isStsRequest(method, url) && !isControlPath(url)) {
      serveStatic(url.split('?')[0] ?? '/', method, res);
      return;
    }
    readBody(req)
      .then((body) => sandbox.handle(toSandboxRequest(req, body)))
      .then((response) => writeSandboxResponse(res, response, method))
      .catch((e: unknown) => {
        const requestId = newRequestId(sandbox.env.runtime.randomBytes);
        const err =
          e instanceof BodyTooLarge
            ? stsError('ValidationError', `The request body is larger than ${MAX_BODY_BYTES} bytes, more than any STS request can carry.`)
            : stsError('InternalFailure', 'The sandbox could not read the request.');
        if (!res.headersSent) writeSandboxResponse(res, stsXmlResponse(err.status, serializeError(err, requestId), requestId, Date.now()), method);
        req.resume();
      });
  });
}
