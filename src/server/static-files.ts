/**
 * Serves the built workbench from dist/, with the single-page-app fallback to index.html. A file the
 * build precompressed (x.js.br, x.js.gz) is sent compressed to a client that accepts it
 * (content-encoding.ts); hashed assets are immutable, everything else (index.html) is revalidated.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { negotiateCoding, PRECOMPRESSED, type Coding } from './content-encoding';
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

/** A file and its precompressed forms, read once. */
type Representations = Map<Coding, Buffer>;

export function createStaticHandler(distDir: string) {
  const cache = new Map<string, Representations>();
  const read = (path: string): Representations => {
    let reps = cache.get(path);
    if (!reps) {
      reps = new Map([['identity', readFileSync(path)]]);
      for (const { coding, suffix } of PRECOMPRESSED) if (existsSync(path + suffix)) reps.set(coding, readFileSync(path + suffix));
      cache.set(path, reps);
    }
    return reps;
  };
  const indexPath = join(distDir, 'index.html');
  return function serveStatic(urlPath: string, method: string, res: ServerResponse, acceptEncoding?: string): void {
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
    const reps = read(file);
    const immutable = file !== indexPath && relative.startsWith('assets/');
    const coding = negotiateCoding(acceptEncoding, [...reps.keys()]);
    // Vary on every file that has compressed forms, whichever one this answer carries, so a cache never hands br to a client that cannot read it.
    const vary: Record<string, string> = reps.size > 1 ? { Vary: 'Accept-Encoding' } : {};
    if (coding === null) {
      res.writeHead(406, { 'Content-Type': 'text/plain; charset=utf-8', ...vary }).end(method === 'HEAD' ? undefined : `Not acceptable: this file is available only as ${[...reps.keys()].join(', ')}\n`);
      return;
    }
    const body = reps.get(coding) as Buffer;
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      ...(coding === 'identity' ? {} : { 'Content-Encoding': coding }),
      ...vary,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...PAGE_HEADERS,
    });
    res.end(method === 'HEAD' ? undefined : body);
  };
}
