#!/usr/bin/env node
// Makes the README's screenshots: starts `npm start`'s server on a temporary state directory and
// captures the page in Chromium. Scenes: `workbench` (docs/workbench.png, the seed's AssumeRole, then
// docs/lab.png: the role-chaining lab, one step checked, the next one shown) and `federation`
// (docs/federation-verdict.png: a SAML response tampered after signing, pasted into the
// AssumeRoleWithSAML inspector at 1440x900, the verdict on screen right after the paste) and
// `federation-trust` (docs/federation-trust-verdict.png: a GitHub Actions token from a fork, whose
// `sub` the role's trust policy does not allow: Rejected · AccessDenied at the top).
// Usage: node scripts/screenshot.mjs [theme] [scene]   (STSW_SHOT_PORT overrides the port)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';

const root = new URL('..', import.meta.url).pathname;
const theme = process.argv[2] === 'light' ? 'light' : 'dark';
const scene = ['federation', 'federation-trust'].includes(process.argv[3]) ? process.argv[3] : 'workbench';
const port = Number(process.env.STSW_SHOT_PORT ?? 4399);
const stateDir = mkdtempSync(join(tmpdir(), 'stsw-shot-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--state-dir', stateDir], { cwd: root, stdio: 'ignore' });

try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/_sandbox/info`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 100) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: await findBrowser(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  if (scene === 'federation') await federationScene(browser);
  else if (scene === 'federation-trust') await federationTrustScene(browser);
  else await workbenchScene(browser);
  await browser.close();
} finally {
  server.kill();
}

async function workbenchScene(browser) {
  const page = await browser.newPage({ viewport: { width: 1480, height: 920 }, colorScheme: theme, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/#/AssumeRole`);
  await page.getByText('Sandbox · this server', { exact: true }).waitFor();
  const form = page.getByRole('form', { name: 'AssumeRole', exact: true });
  await form.getByLabel('Role ARN', { exact: true }).fill('arn:aws:iam::123456789012:role/xaccounts3access');
  await form.getByLabel('Role session name', { exact: true }).fill('s3-access-example');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByTestId('countdown').first().waitFor();
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(root, 'docs/workbench.png') });
  console.log('docs/workbench.png written');

  await page.goto(`http://127.0.0.1:${port}/#/tools/labs`);
  await page.reload();
  await page.getByText('Sandbox · this server', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Role chaining and the one-hour cap', exact: true }).click();
  await page.getByRole('button', { name: 'Show me: First hop: a long session from a user', exact: true }).click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByTestId('lab-guide').getByText('1 of 3 steps done').waitFor();
  await page.getByRole('button', { name: 'Show me: Second hop: role chaining', exact: true }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(root, 'docs/lab.png') });
  console.log('docs/lab.png written');
}

async function federationScene(browser) {
  const minted = await fetch(`http://127.0.0.1:${port}/_sandbox/saml/mint`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ roles: [{ roleArn: 'arn:aws:iam::123456789012:role/TestSaml', principalArn: 'arn:aws:iam::123456789012:saml-provider/SAML-test' }], faults: { tamperAfterSigning: true } }),
  });
  if (!minted.ok) throw new Error(`minting the SAML response failed: HTTP ${minted.status}`);
  const { samlResponse } = await minted.json();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: theme, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/#/AssumeRoleWithSAML`);
  await page.getByText('Sandbox · this server', { exact: true }).waitFor();
  const panel = page.locator('[data-testid=federation-panel][data-operation=AssumeRoleWithSAML]');
  await panel.getByTestId('saml-input').fill(samlResponse);
  await panel.locator('[data-testid=verdict][data-verdict=rejected]').waitFor({ timeout: 30_000 });
  // The paste box with its label at the top of the screen, below the fixed header.
  await panel.getByText('SAML response to inspect', { exact: true }).evaluate((label) => {
    const main = label.closest('main');
    if (main) main.scrollBy(0, label.getBoundingClientRect().top - main.getBoundingClientRect().top - 48);
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(root, 'docs/federation-verdict.png') });
  console.log('docs/federation-verdict.png written');
}

async function federationTrustScene(browser) {
  const minted = await fetch(`http://127.0.0.1:${port}/_sandbox/oidc/mint`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ issuer: 'https://token.actions.githubusercontent.com', sub: 'repo:attacker/fork:ref:refs/heads/main', aud: ['sts.amazonaws.com'] }),
  });
  if (!minted.ok) throw new Error(`minting the OIDC token failed: HTTP ${minted.status}`);
  const { token } = await minted.json();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: theme, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/#/AssumeRoleWithWebIdentity`);
  await page.getByText('Sandbox · this server', { exact: true }).waitFor();
  const form = page.getByTestId('operation-form');
  await form.locator('[data-param=RoleArn]').locator('input, textarea').first().fill('arn:aws:iam::123456789012:role/GitHubActionsDeploy');
  await form.locator('[data-param=RoleSessionName]').locator('input, textarea').first().fill('deploy');
  const panel = page.locator('[data-testid=federation-panel][data-operation=AssumeRoleWithWebIdentity]');
  await panel.getByTestId('token-input').fill(token);
  await panel.locator('[data-testid=verdict][data-verdict=rejected]').waitFor({ timeout: 30_000 });
  await panel.getByTestId('token-input').evaluate((input) => {
    const main = input.closest('main');
    if (main) main.scrollBy(0, input.getBoundingClientRect().top - main.getBoundingClientRect().top - 80);
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(root, 'docs/federation-trust-verdict.png') });
  console.log('docs/federation-trust-verdict.png written');
}
