import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResponse, RawConnection, serialiseRequest } from './raw-http';

describe('parseResponse', () => {
  const res = (s: string) => Buffer.from(s, 'latin1');

  it('waits for the whole body by Content-Length, and says how many bytes the answer took', () => {
    expect(parseResponse(res('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nabc'))).toBeNull();
    expect(parseResponse(res('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nabcdeHTTP/1.1'))).toEqual({ status: 200, length: 43, close: false });
  });

  it('reads chunked bodies to the last chunk', () => {
    const head = 'HTTP/1.1 403 Forbidden\r\nTransfer-Encoding: chunked\r\n\r\n';
    expect(parseResponse(res(`${head}3\r\nabc\r\n`))).toBeNull();
    const whole = `${head}3\r\nabc\r\n0\r\n\r\n`;
    expect(parseResponse(res(whole))).toEqual({ status: 403, length: whole.length, close: false });
  });

  it('knows when the server will close: Connection: close, or HTTP/1.0 without keep-alive', () => {
    expect(parseResponse(res('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'))?.close).toBe(true);
    expect(parseResponse(res('HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n'))?.close).toBe(true);
    expect(parseResponse(res('HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n'))?.close).toBe(false);
  });

  it('refuses what is not HTTP', () => {
    expect(() => parseResponse(res('SSH-2.0-OpenSSH\r\n\r\n'))).toThrow(/not an HTTP response/);
  });
});

describe('RawConnection against a real server', () => {
  let server: Server;
  let port = 0;
  const seen: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        seen.push(`${req.method} ${req.url} ${body}`);
        // Every third answer closes the connection: the client must reconnect and go on.
        const close = seen.length % 3 === 0;
        res.writeHead(seen.length % 2 === 0 ? 400 : 200, { 'content-type': 'text/plain', ...(close ? { connection: 'close' } : {}) });
        res.end(`answer ${seen.length}`);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('sends the same request again and again, reconnecting after Connection: close, and reports each status', async () => {
    const body = Buffer.from('Action=GetCallerIdentity&Version=2011-06-15');
    const bytes = serialiseRequest('POST', '/', { host: `127.0.0.1:${port}`, 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) }, body);
    const c = new RawConnection({ host: '127.0.0.1', port, bytes });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push(await c.send());
    c.close();
    expect(statuses).toEqual([200, 400, 200, 400, 200, 400, 200]);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(['POST / Action=GetCallerIdentity&Version=2011-06-15']));
  });
});
