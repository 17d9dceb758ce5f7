/**
 * Compression of the server's dynamic answers (issue 12): the /_sandbox/ controls' JSON (GET
 * /_sandbox/info is several KB) is compressed by content negotiation, brotli or gzip as the client's
 * Accept-Encoding asks, with `Vary: Accept-Encoding`; small answers and clients that ask for nothing
 * get the bytes as they are; and the STS endpoint is never compressed, since AWS STS answers its
 * query API uncompressed whatever the client accepts (the wire bytes stay AWS's).
 */
import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEV_ADMIN } from './support/clients';
import { useSandbox } from './support/server';
import { formBody, signPost } from './support/wire';

interface RawReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

/** One request with exactly these headers; the body as it came off the wire (not decoded). */
function send(baseUrl: string, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<RawReply> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** The sandbox world summary without its clock, which moves between two requests. */
const withoutClock = (text: string) => {
  const { clock: _clock, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return rest;
};

describe('compressed answers', () => {
  const sb = useSandbox();

  it('sends GET /_sandbox/info brotli- or gzip-compressed as the client asks, decoding to the same JSON', async () => {
    const plain = await send(sb.url, { path: '/_sandbox/info' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length, 'the world summary is large enough to be worth compressing').toBeGreaterThan(2048);
    const summary = withoutClock(plain.bytes.toString('utf8'));

    const br = await send(sb.url, { path: '/_sandbox/info', headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/^application\/json/);
    expect(Number(br.headers['content-length'])).toBe(br.bytes.length);
    expect(br.bytes.length, 'brotli makes it at least 3× smaller').toBeLessThan(plain.bytes.length / 3);
    expect(withoutClock(brotliDecompressSync(br.bytes).toString('utf8'))).toEqual(summary);

    const gz = await send(sb.url, { path: '/_sandbox/info', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.bytes.length).toBeLessThan(plain.bytes.length / 3);
    expect(withoutClock(gunzipSync(gz.bytes).toString('utf8'))).toEqual(summary);

    // The client's weights decide: gzip preferred over br, br refused.
    expect((await send(sb.url, { path: '/_sandbox/info', headers: { 'accept-encoding': 'br;q=0.5, gzip' } })).headers['content-encoding']).toBe('gzip');
    expect((await send(sb.url, { path: '/_sandbox/info', headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } })).headers['content-encoding']).toBeUndefined();
  });

  it('sends a small control answer (the clock) as it is, still with Vary', async () => {
    const clock = await send(sb.url, { path: '/_sandbox/clock', headers: { 'accept-encoding': 'gzip, br' } });
    expect(clock.status).toBe(200);
    expect(clock.bytes.length).toBeLessThan(1024);
    expect(clock.headers['content-encoding']).toBeUndefined();
    expect(clock.headers.vary).toMatch(/accept-encoding/i);
    expect(JSON.parse(clock.bytes.toString('utf8'))).toHaveProperty('offsetSeconds');
  });

  it('never compresses the STS endpoint, as AWS does not: the same plain XML whatever Accept-Encoding says', async () => {
    const body = formBody({ Action: 'GetCallerIdentity', Version: '2011-06-15' });
    for (const acceptEncoding of [undefined, 'gzip, deflate, br']) {
      const headers = signPost({ url: sb.url, body, creds: DEV_ADMIN });
      const res = await send(sb.url, { method: 'POST', path: '/', headers: acceptEncoding ? { ...headers, 'accept-encoding': acceptEncoding } : headers, body });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers.vary).toBeUndefined();
      expect(res.headers['content-type']).toBe('text/xml');
      expect(res.bytes.toString('utf8')).toMatch(/^<GetCallerIdentityResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/">/);
    }
  });
});
