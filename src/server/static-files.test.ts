import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressedForms } from '../../scripts/vite-precompress';
import { createStaticHandler } from './static-files';

const SCRIPT = Buffer.from(`export const greeting = ${JSON.stringify('hello, '.repeat(400))};\n`);
const HTML = Buffer.from(`<!doctype html><title>STS Workbench</title>${'<p>first screen</p>'.repeat(100)}`);

let dist: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'stsw-static-'));
  mkdirSync(join(dist, 'assets'));
  const put = async (name: string, data: Buffer, forms: readonly ('.br' | '.gz')[]) => {
    writeFileSync(join(dist, name), data);
    for (const form of await compressedForms(data)) if (forms.includes(form.suffix)) writeFileSync(join(dist, name + form.suffix), form.data);
  };
  await put('index.html', HTML, ['.br', '.gz']);
  await put('assets/app-abc123.js', SCRIPT, ['.br', '.gz']);
  await put('assets/gz-only-abc123.js', SCRIPT, ['.gz']); // a precompressed form missing (a build with another plugin, a copied dist)
  await put('assets/plain-abc123.css', Buffer.from('body{}'), []);
  const serveStatic = createStaticHandler(dist);
  server = createServer((req, res) => serveStatic(req.url ?? '/', req.method ?? 'GET', res, req.headers['accept-encoding']));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dist, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, acceptEncoding?: string, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static handler serves precompressed files by content negotiation', () => {
  it('sends brotli to a browser that accepts it, with the type, length and Vary of that representation', async () => {
    const res = await get('/assets/app-abc123.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(res.body).equals(SCRIPT)).toBe(true);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('falls back to gzip, and to the plain file, as the client allows', async () => {
    const gz = await get('/assets/app-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(SCRIPT)).toBe(true);
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);

    for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
      const plain = await get('/assets/app-abc123.js', accept);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toBe('Accept-Encoding');
      expect(plain.body.equals(SCRIPT)).toBe(true);
      expect(Number(plain.headers['content-length'])).toBe(SCRIPT.length);
    }
  });

  it('answers 406 when the client refuses every representation there is', async () => {
    const res = await get('/assets/app-abc123.js', 'identity;q=0, br;q=0, gzip;q=0');
    expect(res.status).toBe(406);
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.body.toString()).toMatch(/identity, br, gzip/);
  });

  it('serves the forms that exist when one precompressed file is missing', async () => {
    const res = await get('/assets/gz-only-abc123.js', 'br, gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).equals(SCRIPT)).toBe(true);
    const plain = await get('/assets/plain-abc123.css', 'br, gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBeUndefined(); // nothing to vary on: one representation
    expect(plain.body.toString()).toBe('body{}');
  });

  it('answers HEAD with the headers of the GET and no body', async () => {
    const head = await get('/assets/app-abc123.js', 'br', 'HEAD');
    const full = await get('/assets/app-abc123.js', 'br');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ['content-encoding', 'content-length', 'content-type', 'vary', 'cache-control']) expect(head.headers[name]).toBe(full.headers[name]);
  });

  it('compresses index.html too, which is revalidated on every load (not immutable), also as the single-page-app fallback', async () => {
    for (const path of ['/', '/index.html', '/some/route']) {
      const res = await get(path, 'br, gzip');
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(res.body).equals(HTML)).toBe(true);
    }
  });
});
