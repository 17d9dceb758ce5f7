#!/usr/bin/env node
// A plain static file server for dist/ with no sandbox behind it, like any static host a workshop might
// use: the workbench must then run the sandbox inside the page.
// Usage: node scripts/static-serve.mjs PORT [BASE]   (BASE, e.g. /workshop/sts/: serve dist/ only under that
// sub-path, as a project site does, and answer 404 everywhere else)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const dist = join(new URL('..', import.meta.url).pathname, 'dist');
const port = Number(process.argv[2] ?? 4175);
const base = `/${(process.argv[3] ?? '/').split('/').filter(Boolean).join('/')}/`.replace('//', '/');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.woff2': 'font/woff2' };
createServer((req, res) => {
  const urlPath = (req.url ?? '/').split('?')[0];
  if (!urlPath.startsWith(base)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not found: this host serves dist/ under ${base}\n`);
    return;
  }
  const path = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^\/+/, '');
  let file = join(dist, path);
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`static dist/ on http://127.0.0.1:${port}${base}`));
