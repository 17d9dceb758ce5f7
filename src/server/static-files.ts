/** Serves the built workbench from dist/, with the single-page-app fallback to index.html. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { PAGE_HEADERS } from './security-headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function createStaticHandler(distDir: string) {
  const cache = new Map<string, Buffer>();
  const read = (path: string): Buffer => {
    let data = cache.get(path);
    if (!data) {
      data = readFileSync(path);
      cache.set(path, data);
    }
    return data;
  };
  const indexPath = join(distDir, 'index.html');
  return function serveStatic(urlPath: string, method: string, res: ServerResponse): void {
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET, HEAD' }).end('Method not allowed\n');
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad path encoding\n');
      return;
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    let file = join(distDir, relative);
    if (!file.startsWith(distDir + sep) && file !== distDir) {
      res.writeHead(404).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // Unknown asset paths are 404; everything else is a route of the single-page app.
      if (relative.startsWith('assets/') || extname(relative) !== '') {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      file = indexPath;
    }
    if (!existsSync(file)) {
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The workbench is not built yet: run `npm run build` (npm start does it for you).\n');
      return;
    }
    const body = read(file);
    const immutable = relative.startsWith('assets/');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...PAGE_HEADERS,
    });
    res.end(method === 'HEAD' ? undefined : body);
  };
}
