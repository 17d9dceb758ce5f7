/**
 * Secrets stay in memory: after calls that use them, none is in localStorage, sessionStorage,
 * IndexedDB, Cache Storage, cookies or the URL; every request went to the page's own origin; and the
 * page carries a Content-Security-Policy that admits no third-party script. A page on another origin
 * can neither drive nor read the sandbox controls, while it can still call the STS endpoint.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { foreignScriptSources, pagePolicies, parsePolicy, scriptSources } from './support/csp';
import { collectTraces, whereFound } from './support/storage';
import {
  assumeSeedRole,
  connectionPanel,
  demoUser,
  enterSourceCredentials,
  field,
  openWorkbench,
  revealCredentials,
  sendButton,
  settledResult,
  chooseFromMenu,
} from './support/workbench';

test('no secret is left in storage, cookies or the URL, and no request leaves the page\'s origin', async ({ page, request }) => {
  const demo = await demoUser(request);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));

  const response = await openWorkbench(page, { operation: 'AssumeRole' });
  const origin = new URL(page.url()).origin;

  // The demo keys, typed by hand (not the prefilled ones).
  const panel = connectionPanel(page);
  await enterSourceCredentials(page, { accessKeyId: '', secretAccessKey: '' });
  await enterSourceCredentials(page, { accessKeyId: demo.accessKeyId, secretAccessKey: demo.secretAccessKey });
  await expect(panel.getByText('Signing as your keys', { exact: true })).toBeVisible();

  const card = await assumeSeedRole(page, 'security-check');
  const issued = await revealCredentials(page, card);

  // Sign the next call with the issued credentials (session token included), and reveal them there too.
  await card.getByRole('button', { name: 'Use as source', exact: true }).click();
  await expect(panel.getByText(/^Signing as AssumeRole credentials/)).toBeVisible();
  await chooseFromMenu(page, 'GetCallerIdentity');
  await sendButton(page).click();
  const who = await settledResult(page, 'GetCallerIdentity');
  await expect(who).toHaveAttribute('data-status', 'ok');
  await expect(who.getByText('arn:aws:sts::123456789012:assumed-role/xaccounts3access/security-check', { exact: true })).toBeVisible();
  await panel.getByRole('button', { name: 'Show secrets' }).click();
  await expect(panel.getByLabel('Secret access key', { exact: true })).toHaveAttribute('type', 'text');
  // Type into a form too, so any "remember the form" code would have something to keep.
  await chooseFromMenu(page, 'AssumeRole');
  await field(page, 'AssumeRole', 'External ID').fill(issued.accessKeyId);

  const secrets = {
    'source secret access key': demo.secretAccessKey,
    'issued access key ID': issued.accessKeyId,
    'issued secret access key': issued.secretAccessKey,
    'issued session token': issued.sessionToken,
  };
  const traces = await collectTraces(page);
  for (const [name, secret] of Object.entries(secrets)) {
    expect(whereFound(traces, secret), `the ${name} is stored nowhere`).toEqual([]);
  }
  // The only thing the workbench may keep is the theme choice.
  expect(Object.keys(traces.localStorage).filter((k) => k !== 'stsw.theme')).toEqual([]);
  expect(traces.sessionStorage).toEqual({});
  expect(traces.cookies).toEqual([]);
  expect(new URL(traces.url).hash).toMatch(/^#\/[A-Za-z]+$/);
  expect(new URL(traces.url).search).toBe('');

  // Every request this page made went to its own origin (data: and blob: URLs never reach a host).
  const network = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(network.length).toBeGreaterThan(0);
  expect(network.filter((u) => new URL(u).origin !== origin), 'requests to another host').toEqual([]);
  for (const secret of Object.values(secrets)) expect(network.filter((u) => u.includes(secret))).toEqual([]);

  // A Content-Security-Policy with no third-party origin (and no inline code) for scripts.
  const { header, meta } = await pagePolicies(page, response);
  const policies = [header, meta].filter((p): p is string => p !== null);
  expect(policies.length, 'a Content-Security-Policy header or meta').toBeGreaterThan(0);
  expect(header, 'the server sends the policy as a header').not.toBeNull();
  for (const policy of policies) {
    const sources = scriptSources(policy);
    expect(sources, 'script-src (or default-src) is set').toBeDefined();
    expect(sources).toContain("'self'");
    expect(foreignScriptSources(sources!)).toEqual([]);
    expect(parsePolicy(policy).get('object-src')).toEqual(["'none'"]);
  }
  const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
  expect(scripts.filter((s) => new URL(s).origin !== origin)).toEqual([]);
});

test('the storage check finds what is planted in each place it searches', async ({ page }) => {
  // Guards the test above: a search that looks nowhere would always pass.
  await openWorkbench(page);
  const canary = 'CANARY/secret+value0123456789';
  await page.evaluate(async (c) => {
    localStorage.setItem('canary', c);
    sessionStorage.setItem('canary', JSON.stringify({ token: c }));
    document.cookie = `canary=${encodeURIComponent(c)}; path=/`;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('canary-db', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('things');
      open.onsuccess = () => {
        const tx = open.result.transaction('things', 'readwrite');
        tx.objectStore('things').put({ nested: { value: c } }, 'k');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
    history.replaceState(null, '', `#/${encodeURIComponent(c)}`);
  }, canary);
  const found = whereFound(await collectTraces(page), canary);
  expect(found).toEqual(
    expect.arrayContaining(['localStorage[canary]', 'sessionStorage[canary]', 'indexedDB canary-db/things#1', 'URL (decoded)']),
  );
  expect(found.some((w) => w.startsWith('cookie'))).toBe(true);
  await page.evaluate(() => indexedDB.deleteDatabase('canary-db'));
  await page.context().clearCookies();
});

test('a page on another origin cannot drive or read the sandbox controls, but may call STS', async ({ page, request, baseURL }) => {
  // Another site: a bare page from a server of our own on a free port, under the name localhost
  // (the sandbox is on 127.0.0.1, so this is another site, not only another origin).
  const elsewhere = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>elsewhere</title><p>another site'));
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  try {
    const clock = async () => ((await (await request.get('/_sandbox/clock')).json()) as { offsetSeconds: number }).offsetSeconds;
    const before = await clock();
    await page.goto(`http://localhost:${(elsewhere.address() as AddressInfo).port}/`);
    const tried = await page.evaluate(async (sandbox) => {
      const attempt = async (path: string, init: RequestInit) => {
        try {
          const res = await fetch(sandbox + path, init);
          return { readable: res.type !== 'opaque', status: res.status, body: await res.text() };
        } catch (e) {
          return { readable: false, status: 0, body: String(e) };
        }
      };
      const day = JSON.stringify({ advanceSeconds: 86400 });
      return {
        // Sent without a preflight (a "simple" request): the server must refuse it, not only hide the answer.
        plainClock: await attempt('/_sandbox/clock', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: day }),
        blindClock: await attempt('/_sandbox/clock', { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: day }),
        jsonClock: await attempt('/_sandbox/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: day }),
        mint: await attempt('/_sandbox/oidc/mint', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }),
        info: await attempt('/_sandbox/info', {}),
        sts: await attempt('/', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=GetCallerIdentity&Version=2011-06-15' }),
      };
    }, baseURL ?? '');
    for (const name of ['plainClock', 'blindClock', 'jsonClock', 'mint', 'info'] as const) {
      expect(tried[name].readable, `${name}: ${tried[name].body}`).toBe(false);
      expect(tried[name].body).not.toMatch(/offsetSeconds|eyJ|secretAccessKey/);
    }
    expect(await clock(), 'the clock did not move').toBe(before);
    // The STS endpoint keeps real STS's CORS: the page reads its (unsigned-call) error.
    expect(tried.sts.readable).toBe(true);
    expect(tried.sts.status).toBe(403);
    expect(tried.sts.body).toContain('<Code>MissingAuthenticationToken</Code>');

    // The workbench's own page (its fetches carry its own Origin) still drives the controls.
    await page.goto('/');
    const own = await page.evaluate(async () => {
      const res = await fetch('/_sandbox/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceSeconds: 1 }) });
      return { status: res.status, body: await res.text() };
    });
    expect(own.status, own.body).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ offsetSeconds: before + 1 });
  } finally {
    await new Promise((resolve) => elsewhere.close(resolve));
  }
});
