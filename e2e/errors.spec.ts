/**
 * Errors that teach: a wrong secret key gets STS's SignatureDoesNotMatch with what it means and what
 * to try; an endpoint with nothing listening is described in plain words, not "Failed to fetch".
 */
import { expect, test } from '@playwright/test';
import {
  closedLoopbackPort,
  connectionPanel,
  demoUser,
  enterSourceCredentials,
  openConnectionEditor,
  openWorkbench,
  operationHeading,
  operationNav,
  sendButton,
  settledResult,
} from './support/workbench';

test('a wrong secret key: SignatureDoesNotMatch, what it means and the likely fixes', async ({ page, request }) => {
  const demo = await demoUser(request);
  await openWorkbench(page, { operation: 'GetCallerIdentity' });
  // The right access key ID with a secret that is one character off.
  const wrong = `${demo.secretAccessKey.slice(0, -1)}${demo.secretAccessKey.endsWith('A') ? 'B' : 'A'}`;
  await enterSourceCredentials(page, { accessKeyId: demo.accessKeyId, secretAccessKey: wrong });
  await expect(connectionPanel(page).getByText('Signing as your keys', { exact: true })).toBeVisible();

  await sendButton(page).click();
  const card = await settledResult(page, 'GetCallerIdentity');
  await expect(card).toHaveAttribute('data-status', 'error');
  await expect(card.getByTestId('error-code')).toHaveText('SignatureDoesNotMatch');
  await expect(card.getByText('HTTP 403 · SignatureDoesNotMatch', { exact: true })).toBeVisible();
  // STS's own message, then the explanation: what it means and what to try.
  await expect(card.getByText(/^The request signature we calculated does not match the signature you provided\./)).toBeVisible();
  await expect(card.getByRole('heading', { name: 'The signature does not match' })).toBeVisible();
  await expect(card.getByText(/recomputed the SigV4 signature with the secret key/)).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Likely fixes' })).toBeVisible();
  await expect(card.getByRole('listitem').filter({ hasText: /secret access key/ })).not.toHaveCount(0);
  await expect(card.getByText(/^[0-9a-f-]{36}$/)).toBeVisible(); // the request ID
  // The wrong secret is not echoed anywhere in the result.
  await expect(card).not.toContainText(wrong);
});

test('nothing listening at a custom endpoint: said in plain words, not "Failed to fetch"', async ({ page, request }) => {
  const demo = await demoUser(request);
  const port = await closedLoopbackPort();
  const endpoint = `http://127.0.0.1:${port}`;
  await openWorkbench(page, { operation: 'GetCallerIdentity' });

  const panel = await openConnectionEditor(page);
  // The radios are visually hidden inside their labels: pick the label, as a pointer user does.
  const targets = panel.getByRole('radiogroup', { name: 'Target' });
  await targets.getByText('Custom endpoint', { exact: true }).click();
  await expect(targets.getByRole('radio', { name: 'Custom endpoint' })).toBeChecked();
  await panel.getByLabel('Endpoint URL', { exact: true }).fill(endpoint);
  // A custom endpoint has its own keys (the sandbox's are never sent elsewhere by accident).
  await enterSourceCredentials(page, { accessKeyId: demo.accessKeyId, secretAccessKey: demo.secretAccessKey });
  await expect(panel.getByText(`Custom · ${endpoint}`, { exact: true })).toBeVisible();

  const attempt = page.waitForRequest((r) => r.url().startsWith(endpoint));
  await sendButton(page).click();
  await attempt;
  const card = await settledResult(page, 'GetCallerIdentity');
  await expect(card).toHaveAttribute('data-status', 'error');
  await expect(card).not.toContainText('Failed to fetch');
  await expect(card).not.toContainText('TypeError');
  await expect(card.getByText('No answer', { exact: false }).first()).toBeVisible();
  const details = card.getByTestId('error-details');
  await expect(details).toContainText(`127.0.0.1:${port}`);
  await expect(details).toContainText(/nothing is listening there/i);
  await expect(details.getByRole('listitem').filter({ hasText: /endpoint is running and the URL and port are right/ })).toBeVisible();
});

test('a form whose code does not arrive (offline): said on screen, and "Try again" opens it once it does', async ({ page }) => {
  let offline = true;
  await page.route(/\/assets\/assume-role-[\w-]+\.js$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await openWorkbench(page, { operation: 'GetCallerIdentity' });
  await operationNav(page).getByRole('link', { name: 'AssumeRole', exact: true }).click();

  const problem = page.getByRole('alert').filter({ hasText: 'The form of AssumeRole could not be loaded' });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('Check that the network is up and the server still running');
  // The screen did not change under the message.
  await expect(operationHeading(page, 'GetCallerIdentity')).toBeVisible();

  offline = false;
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(operationHeading(page, 'AssumeRole')).toBeVisible();
  await expect(problem).toBeHidden();
});
