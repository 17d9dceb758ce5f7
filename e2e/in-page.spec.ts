/**
 * The built app on a plain static host (no sandbox server): the workbench runs the sandbox inside
 * the page, says so, and GetCallerIdentity and AssumeRole work without any request leaving the host.
 */
import { expect, test } from '@playwright/test';
import { pagePolicies, scriptSources, foreignScriptSources } from './support/csp';
import {
  assumeSeedRole,
  chooseFromMenu,
  connectionPanel,
  openConnectionEditor,
  openWorkbench,
  sendButton,
  settledResult,
  STATIC_ORIGIN,
} from './support/workbench';

test.use({ baseURL: STATIC_ORIGIN });

test('dist/ on a static server: the in-page sandbox answers GetCallerIdentity and AssumeRole', async ({ page }) => {
  const requests: Array<{ method: string; url: string }> = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url() }));
  const response = await openWorkbench(page, { sandbox: 'in-page' });
  expect(new URL(page.url()).origin).toBe(STATIC_ORIGIN);

  // The connection panel says which sandbox is in use.
  const panel = await openConnectionEditor(page);
  await expect(panel.getByText(/No sandbox server answered, so the sandbox runs inside this page/)).toBeVisible();

  // GetCallerIdentity as the demo user.
  await chooseFromMenu(page, 'GetCallerIdentity');
  await sendButton(page).click();
  const who = await settledResult(page, 'GetCallerIdentity');
  await expect(who).toHaveAttribute('data-status', 'ok');
  await expect(who.getByText('Sandbox (in page)', { exact: true })).toBeVisible();
  await expect(who.getByText(/^arn:aws:iam::123456789012:user\//)).toBeVisible();
  await expect(who.getByRole('definition').filter({ hasText: /^123456789012$/ }).first()).toBeVisible();

  // AssumeRole: temporary credentials with a live expiry.
  const card = await assumeSeedRole(page, 'in-page');
  await expect(card.getByText('ASIA · temporary', { exact: true })).toBeVisible();
  await expect(card.getByText('arn:aws:sts::123456789012:assumed-role/xaccounts3access/in-page', { exact: true })).toBeVisible();
  await expect(card.getByTestId('countdown')).toHaveText(/left$/);
  await expect(connectionPanel(page).getByText('Sandbox · in this page', { exact: true })).toBeVisible();

  // Nothing went anywhere but the static host.
  const network = requests.filter((r) => !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
  expect(network.filter((r) => new URL(r.url).origin !== STATIC_ORIGIN), 'requests to another host').toEqual([]);
  // And no STS request reached the static host either: the sandbox answered inside the page.
  expect(network.filter((r) => r.method !== 'GET'), 'STS calls over the network').toEqual([]);

  // A plain static host sends no headers: the policy comes from the page's meta element.
  const { meta } = await pagePolicies(page, response);
  expect(meta).not.toBeNull();
  expect(foreignScriptSources(scriptSources(meta!) ?? ['(missing)'])).toEqual([]);
});
