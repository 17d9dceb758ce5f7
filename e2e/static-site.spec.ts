/**
 * dist/ as a workshop's static site: served under a sub-path (a project site such as /workshop/sts/)
 * it loads every asset from that sub-path and runs the in-page sandbox; opened from a file it says
 * what to run instead of showing a blank page.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chooseFromMenu, closedLoopbackPort, connectionPanel, sendButton, settledResult } from './support/workbench';

const ROOT = join(import.meta.dirname, '..');
const SUB_PATH = '/workshop/sts/';

let server: ChildProcess | undefined;
let origin = '';

test.beforeAll(async () => {
  const port = await closedLoopbackPort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join(ROOT, 'scripts/static-serve.mjs'), String(port), SUB_PATH], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server!.once('error', reject);
    server!.stdout!.once('data', () => resolve());
  });
});

test.afterAll(() => {
  server?.kill();
});

test('dist/ under a sub-path: every asset comes from the sub-path and the in-page sandbox answers', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith('http')) requested.push(new URL(r.url()).pathname);
  });
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400 && !new URL(r.url()).pathname.startsWith('/_sandbox/')) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${origin}${SUB_PATH}`);
  await expect(connectionPanel(page).getByText('Sandbox · in this page', { exact: true })).toBeVisible();

  await chooseFromMenu(page, 'GetCallerIdentity');
  await sendButton(page).click();
  const who = await settledResult(page, 'GetCallerIdentity');
  await expect(who).toHaveAttribute('data-status', 'ok');
  await expect(who.getByText(/^arn:aws:iam::123456789012:user\//)).toBeVisible();

  // The page, its scripts, styles and icon all came from the sub-path; the only request outside it is the
  // probe for a sandbox server on this host (GET /_sandbox/info, answered 404 here).
  const outside = requested.filter((p) => !p.startsWith(SUB_PATH));
  expect(outside.filter((p) => p !== '/_sandbox/info'), 'requests outside the sub-path').toEqual([]);
  expect(requested.some((p) => p.startsWith(`${SUB_PATH}assets/`) && p.endsWith('.js'))).toBe(true);
  expect(failed, 'failed loads').toEqual([]);
  await expect(page.getByRole('heading', { name: 'STS Workbench could not start' })).toHaveCount(0);
});

test('dist/index.html opened from a file says what to run instead of a blank page', async ({ page }) => {
  await page.goto(pathToFileURL(join(ROOT, 'dist/index.html')).href);
  const notice = page.locator('#boot-fallback');
  // Hidden (from sight and from screen readers) for the first seconds, so a normal load never shows it.
  await expect(notice).toBeHidden();
  await expect(notice.getByRole('heading', { name: 'STS Workbench could not start' })).toBeVisible();
  await expect(notice).toContainText('python3 -m http.server --directory dist 8080');
  await expect(notice).toContainText('npm start');
});
