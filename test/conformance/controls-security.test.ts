/**
 * The sandbox's HTTP surface as an attacker and a careful user meet it (issue 11, findings 1 and 7):
 * who may drive the /_sandbox/ controls (Origin), JSON only as application/json, the Host check
 * against DNS rebinding (and --allow-host), an OIDC issuer that never echoes a foreign Host,
 * absolute-form request targets, JSON for every /_sandbox/ error, nosniff on every response, and the
 * warning `--host 0.0.0.0` prints. Raw node:http / node:net requests, since Host and Origin must be forged.
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_ADMIN } from './support/clients';
import { getClock, mintOidc } from './support/controls';
import { startSandbox, useSandbox, type SandboxServer } from './support/server';
import { formBody, parseErrorEnvelope, parseXml, signedCall } from './support/wire';

// A dist/ of our own, so page requests are answered the same whether or not the workbench is built.
const dist = mkdtempSync(join(tmpdir(), 'stsw-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>STS Workbench</title><p>workbench page</p>');
writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("workbench");');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** One request with exactly these headers (Host and Origin included, which fetch cannot forge). */
function send(baseUrl: string, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** Bytes as written on the wire (a request line in absolute-form, no Host at all), the raw answer back. */
function exchange(baseUrl: string, raw: string): Promise<Reply> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(raw));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) headers[line.slice(0, line.indexOf(':')).toLowerCase()] = line.slice(line.indexOf(':') + 1).trim();
      resolve({ status: Number(statusLine.split(' ')[1]), headers, text: rest.join('\r\n\r\n') });
    });
  });
}

const hostOf = (url: string) => new URL(url).host;
const jsonHeaders = { 'content-type': 'application/json' };

function expectJsonError(res: Reply, status: number, code: string): string {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(res.text) as { error?: { code?: unknown; message?: unknown } };
  expect(body.error?.code).toBe(code);
  expect(typeof body.error?.message).toBe('string');
  expect((body.error?.message as string).length).toBeGreaterThan(20);
  return body.error?.message as string;
}

describe('the sandbox HTTP surface', () => {
  const sb = useSandbox({ args: ['--dist', dist] });
  const offset = async () => (await getClock(sb.url)).offsetSeconds;

  describe('who may drive the controls', () => {
    it('refuses a page on another origin (JSON 403, no CORS grant) and nothing changes', async () => {
      const before = await offset();
      const origin = { origin: 'http://evil.example' };
      const clock = await send(sb.url, { method: 'POST', path: '/_sandbox/clock', headers: { ...origin, ...jsonHeaders }, body: '{"advanceSeconds":86400}' });
      expect(expectJsonError(clock, 403, 'OriginNotAllowed')).toContain('"http://evil.example"');
      expect(clock.headers['access-control-allow-origin']).toBeUndefined();
      const plain = await send(sb.url, { method: 'POST', path: '/_sandbox/clock', headers: { ...origin, 'content-type': 'text/plain' }, body: '{"advanceSeconds":86400}' });
      expectJsonError(plain, 403, 'OriginNotAllowed');
      expect(await offset(), 'the clock did not move').toBe(before);

      const mint = await send(sb.url, { method: 'POST', path: '/_sandbox/oidc/mint', headers: { ...origin, ...jsonHeaders }, body: '{}' });
      expectJsonError(mint, 403, 'OriginNotAllowed');
      expect(mint.text).not.toMatch(/eyJ/);

      const info = await send(sb.url, { path: '/_sandbox/info', headers: origin });
      expectJsonError(info, 403, 'OriginNotAllowed');
      expect(info.text).not.toContain(DEV_ADMIN.secretAccessKey);
      expect(info.text).not.toContain('trustPolicy');
    });

    it('refuses the opaque origin "null" and a same-site page on another port', async () => {
      expectJsonError(await send(sb.url, { path: '/_sandbox/info', headers: { origin: 'null' } }), 403, 'OriginNotAllowed');
      const otherPort = `http://127.0.0.1:${Number(new URL(sb.url).port) + 1}`;
      expectJsonError(await send(sb.url, { path: '/_sandbox/info', headers: { origin: otherPort } }), 403, 'OriginNotAllowed');
    });

    it('refuses a no-cors request another site\'s page makes (Sec-Fetch-Site, no Origin), but not a tab opening the control', async () => {
      const img = await send(sb.url, { path: '/_sandbox/info', headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' } });
      expectJsonError(img, 403, 'OriginNotAllowed');
      const tab = await send(sb.url, { path: '/_sandbox/clock', headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' } });
      expect(tab.status).toBe(200);
    });

    it('answers the workbench\'s own pages (Origin = this host) and clients without an Origin, with no CORS headers', async () => {
      const own = { origin: sb.url };
      const info = await send(sb.url, { path: '/_sandbox/info', headers: { ...own, 'sec-fetch-site': 'same-origin' } });
      expect(info.status, info.text).toBe(200);
      expect(JSON.parse(info.text)).toMatchObject({ sandbox: true });
      const mint = await send(sb.url, { method: 'POST', path: '/_sandbox/oidc/mint', headers: { ...own, ...jsonHeaders }, body: '{}' });
      expect(mint.status, mint.text).toBe(200);
      expect((JSON.parse(mint.text) as { token: string }).token).toMatch(/^eyJ/);
      const originLess = await send(sb.url, { path: '/_sandbox/clock' });
      expect(originLess.status).toBe(200);
      for (const res of [info, mint, originLess]) expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('grants no CORS preflight for a control, while the STS endpoint grants any origin', async () => {
      const preflight = { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' };
      const control = await send(sb.url, { method: 'OPTIONS', path: '/_sandbox/clock', headers: preflight });
      expectJsonError(control, 403, 'OriginNotAllowed');
      expect(control.headers['access-control-allow-origin']).toBeUndefined();
      const ownPreflight = await send(sb.url, { method: 'OPTIONS', path: '/_sandbox/clock', headers: { ...preflight, origin: sb.url } });
      expect(ownPreflight.status).toBe(204);
      expect(ownPreflight.headers['access-control-allow-origin']).toBeUndefined();

      const sts = await send(sb.url, { method: 'OPTIONS', path: '/', headers: preflight });
      expect(sts.status).toBe(204);
      expect(sts.headers['access-control-allow-origin']).toBe('*');
      const call = await send(sb.url, { method: 'POST', path: '/', headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=GetCallerIdentity&Version=2011-06-15' });
      expect(parseErrorEnvelope(call.text).code, 'served by STS').toBe('MissingAuthenticationToken');
      expect(call.headers['access-control-allow-origin']).toBe('*');
    });
  });

  describe('JSON bodies only as application/json', () => {
    it.each([
      ['text/plain', 'text/plain'],
      ['a form', 'application/x-www-form-urlencoded'],
      ['multipart', 'multipart/form-data; boundary=x'],
      ['JSON in another charset', 'application/json; charset=iso-8859-1'],
      ['no Content-Type', undefined],
    ])('refuses %s with a 415 naming the problem, and the clock stays', async (_name, type) => {
      const before = await offset();
      const res = await send(sb.url, { method: 'POST', path: '/_sandbox/clock', headers: type === undefined ? {} : { 'content-type': type }, body: '{"advanceSeconds":3600}' });
      const message = expectJsonError(res, 415, 'UnsupportedMediaType');
      expect(message).toMatch(/application\/json|UTF-8/);
      expect(await offset()).toBe(before);
    });

    it('refuses a mint sent as text/plain (no token)', async () => {
      const res = await send(sb.url, { method: 'POST', path: '/_sandbox/saml/mint', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: '{}' });
      expectJsonError(res, 415, 'UnsupportedMediaType');
      expect(res.text).not.toContain('samlResponse');
    });

    it('accepts application/json, with or without charset=utf-8, in any letter case', async () => {
      for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;Charset="UTF-8"']) {
        const res = await send(sb.url, { method: 'POST', path: '/_sandbox/clock', headers: { 'content-type': type }, body: '{"advanceSeconds":1}' });
        expect(res.status, `${type}: ${res.text}`).toBe(200);
      }
    });
  });

  describe('the Host check (DNS rebinding)', () => {
    it('refuses a foreign Host on the controls, the STS endpoint and the pages, naming --allow-host', async () => {
      const host = { host: `rebind.evil.example:${new URL(sb.url).port}` };
      const before = await offset();
      const control = await send(sb.url, { method: 'POST', path: '/_sandbox/clock', headers: { ...host, ...jsonHeaders }, body: '{"advanceSeconds":60}' });
      expect(expectJsonError(control, 403, 'HostNotAllowed')).toContain('--allow-host rebind.evil.example');
      expect(await offset()).toBe(before);
      const info = await send(sb.url, { path: '/_sandbox/info', headers: host });
      expectJsonError(info, 403, 'HostNotAllowed');
      expect(info.text).not.toContain(DEV_ADMIN.secretAccessKey);

      const signed = await signedCall(sb.url, { Action: 'GetCallerIdentity' }, DEV_ADMIN);
      expect(signed.status, 'the same call under the right name works').toBe(200);
      const sts = await send(sb.url, { method: 'POST', path: '/', headers: { ...host, 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=GetCallerIdentity&Version=2011-06-15' });
      expect(sts.status).toBe(403);
      expect(parseErrorEnvelope(sts.text).message).toContain('--allow-host rebind.evil.example');

      for (const path of ['/', '/assets/app.js', '/some/route']) {
        const page = await send(sb.url, { path, headers: host });
        expect(page.status, path).toBe(403);
        expect(page.text).toContain('--allow-host rebind.evil.example');
        expect(page.text).not.toContain('workbench');
      }
    });

    it('answers the loopback names it is bound to, whatever the port says', async () => {
      const port = new URL(sb.url).port;
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`, 'localhost']) {
        const page = await send(sb.url, { path: '/', headers: { host } });
        expect(page.status, host).toBe(200);
        expect(page.text).toContain('workbench page');
      }
    });

    it('refuses a Host that is not a host name (400), and an HTTP/1.1 request with no Host', async () => {
      expectJsonError(await send(sb.url, { path: '/_sandbox/info', headers: { host: 'evil.example@127.0.0.1' } }), 400, 'InvalidHost');
      const none = await exchange(sb.url, 'GET /_sandbox/info HTTP/1.1\r\nConnection: close\r\n\r\n');
      expect(none.status).toBe(400);
      expect(none.text).toContain('Host');
    });

    it('checks the authority of an absolute-form target too', async () => {
      const res = await exchange(sb.url, `GET http://rebind.evil.example/_sandbox/info HTTP/1.1\r\nHost: ${hostOf(sb.url)}\r\nConnection: close\r\n\r\n`);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.text)).toMatchObject({ error: { code: 'HostNotAllowed' } });
    });

    it('builds the OIDC discovery issuer from the accepted Host only, never a foreign one', async () => {
      const port = new URL(sb.url).port;
      const own = await send(sb.url, { path: '/_sandbox/oidc/.well-known/openid-configuration', headers: { host: `localhost:${port}`, 'x-forwarded-proto': 'javascript' } });
      expect(own.status).toBe(200);
      expect(JSON.parse(own.text)).toMatchObject({ issuer: `http://localhost:${port}/_sandbox/oidc`, jwks_uri: `http://localhost:${port}/_sandbox/oidc/jwks.json` });
      for (const path of ['/_sandbox/oidc/.well-known/openid-configuration', '/_sandbox/outbound/123456789012/.well-known/openid-configuration']) {
        const foreign = await send(sb.url, { path, headers: { host: 'attacker.example' } });
        expect(foreign.status, path).toBe(403);
        expect(foreign.text).not.toContain('"issuer"');
      }
    });
  });

  describe('absolute-form request targets (RFC 9112 §3.2.2)', () => {
    it('serves POST http://host:port/ like POST /', async () => {
      const { token } = await mintOidc(sb.url, { aud: 'workbench-client' });
      const body = formBody({ Action: 'AssumeRoleWithWebIdentity', Version: '2011-06-15', RoleArn: 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole', RoleSessionName: 'absolute', WebIdentityToken: token });
      const res = await exchange(
        sb.url,
        `POST ${sb.url}/ HTTP/1.1\r\nHost: ${hostOf(sb.url)}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
      expect(res.status, res.text).toBe(200);
      expect(parseXml(res.text).localName).toBe('AssumeRoleWithWebIdentityResponse');
    });

    it('serves the controls and the pages in absolute-form', async () => {
      const clock = await exchange(sb.url, `GET ${sb.url}/_sandbox/clock HTTP/1.1\r\nHost: ${hostOf(sb.url)}\r\nConnection: close\r\n\r\n`);
      expect(clock.status).toBe(200);
      expect(JSON.parse(clock.text)).toHaveProperty('offsetSeconds');
      const page = await exchange(sb.url, `GET ${sb.url}/some/route HTTP/1.1\r\nHost: ${hostOf(sb.url)}\r\nConnection: close\r\n\r\n`);
      expect(page.status).toBe(200);
      expect(page.text).toContain('workbench page');
    });
  });

  describe('every /_sandbox/ error is JSON { error: { code, message } }', () => {
    it('for an unknown control, a wrong method, bad JSON, a missing field, and the refusals above', async () => {
      expectJsonError(await send(sb.url, { path: '/_sandbox/nope' }), 404, 'NotFound');
      const put = await send(sb.url, { method: 'PUT', path: '/_sandbox/clock', headers: jsonHeaders, body: '{}' });
      expectJsonError(put, 405, 'MethodNotAllowed');
      expect(put.headers.allow).toBe('GET, POST');
      expectJsonError(await send(sb.url, { method: 'DELETE', path: '/_sandbox/info' }), 405, 'MethodNotAllowed');
      expectJsonError(await send(sb.url, { method: 'POST', path: '/_sandbox/clock', headers: jsonHeaders, body: '{"advanceSeconds":' }), 400, 'InvalidJson');
      expectJsonError(await send(sb.url, { method: 'POST', path: '/_sandbox/clock', headers: jsonHeaders, body: '{}' }), 400, 'InvalidField');
    });

    it('for a body over 1 MiB (413), where the STS endpoint keeps its XML error', async () => {
      const before = await offset();
      const big = Buffer.alloc(1024 * 1024 + 10, 0x20);
      const control = await send(sb.url, { method: 'POST', path: '/_sandbox/clock', headers: jsonHeaders, body: big });
      expect(expectJsonError(control, 413, 'RequestTooLarge')).toContain('1048576');
      expect(await offset()).toBe(before);
      const sts = await send(sb.url, { method: 'POST', path: '/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: big });
      expect(sts.headers['content-type']).toMatch(/^text\/xml/);
      expect(parseErrorEnvelope(sts.text).code).toBe('ValidationError');
    });
  });

  describe('X-Content-Type-Options: nosniff on every response', () => {
    const cases: [string, (url: string) => Promise<Reply>][] = [
      ['STS XML success', async (url) => {
        const r = await signedCall(url, { Action: 'GetCallerIdentity' }, DEV_ADMIN);
        return { status: r.status, headers: { 'x-content-type-options': r.headers.get('x-content-type-options') ?? undefined }, text: r.text };
      }],
      ['STS XML error', (url) => send(url, { path: '/?Action=GetCallerIdentity&Version=2011-06-15' })],
      ['sandbox JSON', (url) => send(url, { path: '/_sandbox/info' })],
      ['sandbox JSON error', (url) => send(url, { path: '/_sandbox/nope' })],
      ['sandbox XML (SAML metadata)', (url) => send(url, { path: '/_sandbox/saml/metadata' })],
      ['the workbench page', (url) => send(url, { path: '/' })],
      ['a static asset', (url) => send(url, { path: '/assets/app.js' })],
      ['a 404', (url) => send(url, { path: '/assets/missing.js' })],
      ['a path outside dist', (url) => send(url, { path: '/..%2f..%2fpackage.json' })],
      ['a 405 on a page', (url) => send(url, { method: 'DELETE', path: '/index.html' })],
      ['an STS preflight', (url) => send(url, { method: 'OPTIONS', path: '/', headers: { origin: 'http://x.example', 'access-control-request-method': 'POST' } })],
      ['a control preflight', (url) => send(url, { method: 'OPTIONS', path: '/_sandbox/clock' })],
      ['a Host refusal', (url) => send(url, { path: '/', headers: { host: 'evil.example' } })],
      ['a request with no Host', (url) => exchange(url, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n')],
      ['a request Node cannot parse', (url) => exchange(url, 'NOT HTTP AT ALL\r\n\r\n')],
    ];
    it.each(cases)('%s', async (_name, call) => {
      const res = await call(sb.url);
      expect(res.status).toBeGreaterThan(0);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });
  });

  it('prints no exposure warning when bound to loopback', () => {
    expect(sb.server.output()).not.toContain('WARNING');
  });
});

describe('--host 0.0.0.0 with --allow-host', () => {
  let server: SandboxServer | undefined;
  const started = () => {
    if (!server) throw new Error('the sandbox did not start');
    return server;
  };
  beforeAll(async () => {
    // Bound to every interface; the tests send traffic to 127.0.0.1 only.
    server = await startSandbox({ args: ['--host', '0.0.0.0', '--allow-host', 'workshop.test,Class.Example', '--allow-host', 'fe80::1', '--dist', dist] });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('prints what is exposed and how to restrict it, and a loopback URL to open', () => {
    const out = started().output();
    expect(out).toContain('WARNING: --host 0.0.0.0 makes this sandbox reachable from other machines');
    expect(out).toContain('demo credentials');
    expect(out).toContain('/_sandbox/');
    expect(out).toMatch(/the clock/);
    expect(out).toContain('--allow-host NAME');
    expect(out).toContain('workshop.test, class.example, [fe80::1] from --allow-host');
    expect(started().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers the names given with --allow-host (comma-separated, repeated, IPv6) and still refuses others', async () => {
    const { url } = started();
    const port = new URL(url).port;
    for (const host of [`workshop.test:${port}`, 'class.example', `[fe80::1]:${port}`]) {
      const res = await send(url, { path: '/_sandbox/clock', headers: { host } });
      expect(res.status, host).toBe(200);
    }
    expectJsonError(await send(url, { path: '/_sandbox/clock', headers: { host: `intruder.test:${port}` } }), 403, 'HostNotAllowed');
  });

  it('uses an allowed LAN name as the discovery issuer, and its own pages may drive the controls', async () => {
    const { url } = started();
    const port = new URL(url).port;
    const host = `workshop.test:${port}`;
    const doc = await send(url, { path: '/_sandbox/oidc/.well-known/openid-configuration', headers: { host } });
    expect(JSON.parse(doc.text)).toMatchObject({ issuer: `http://${host}/_sandbox/oidc` });
    const before = (await getClock(url)).offsetSeconds;
    const advance = await send(url, { method: 'POST', path: '/_sandbox/clock', headers: { host, origin: `http://${host}`, ...jsonHeaders }, body: '{"advanceSeconds":60}' });
    expect(advance.status, advance.text).toBe(200);
    expect((await getClock(url)).offsetSeconds).toBe(before + 60);
    // A page served under the loopback name is another origin than the LAN name.
    expectJsonError(await send(url, { method: 'POST', path: '/_sandbox/clock', headers: { host, origin: url, ...jsonHeaders }, body: '{"advanceSeconds":60}' }), 403, 'OriginNotAllowed');
  });
});
