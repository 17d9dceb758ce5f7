/**
 * Flow checks of issue 12 and a session that touches every feature, each with the page's console
 * watched: zero console errors and zero uncaught exceptions (the diff view's Monaco services
 * included). Also: "Ready" only when the form and its policy have no errors; an empty optional
 * session policy is not an error.
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseFromMenu, field, openWorkbench, OPERATIONS, operationSection, resultCards, results, SEED_ROLE_ARN, sendButton, setAssumeRolePolicy, settledResult } from './support/workbench';

/** Console errors and uncaught exceptions of `page` from now on. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return errors;
}

const sendBarStatus = (page: Page, op: string) => operationSection(page, op).getByRole('status').filter({ hasText: /Ready|problem|error|too large|Required/ });

/** AssumeRole with the seed role, and its policy field opened in the Monaco editor. */
async function openAssumeRoleWithEditor(page: Page, session: string): Promise<void> {
  await openWorkbench(page, { operation: 'AssumeRole' });
  await field(page, 'AssumeRole', 'Role ARN').fill(SEED_ROLE_ARN);
  await field(page, 'AssumeRole', 'Role session name').fill(session);
  await field(page, 'AssumeRole', 'Inline session policy').click();
  await expect(page.getByRole('textbox', { name: 'Inline session policy (JSON editor)' })).toBeFocused();
}

test('"Ready" only when the policy has no errors either; an empty optional policy is not an error', async ({ page }) => {
  const errors = watchErrors(page);
  await openAssumeRoleWithEditor(page, 'ready-check');
  await expect(sendBarStatus(page, 'AssumeRole')).toContainText('Ready');

  // Five errors the editor marks (unknown elements, no Effect, a bad action): not ready, Send off, Send anyway offered.
  await setAssumeRolePolicy(page, '{"Version": "2012-10-17", "Statement": [{"Efect": "Allow", "Acton": "s3:GetObject", "Resorce": "*", "Principal": "*", "Sid": 5}]}');
  await expect(sendBarStatus(page, 'AssumeRole')).toContainText(/The session policy has \d+ errors? \(marked in the policy editor\)/);
  await expect(sendBarStatus(page, 'AssumeRole')).not.toContainText('Ready');
  await expect(sendButton(page)).toBeDisabled();
  await expect(operationSection(page, 'AssumeRole').getByRole('button', { name: 'Send anyway' })).toBeVisible();
  // The count is the editor's: its summary under the editor says the same number.
  const summary = page.getByTestId('policy-marker-summary');
  await expect(summary).toContainText(/\d+ errors?/);
  const marked = Number(/(\d+) errors?/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(marked).toBeGreaterThan(1);
  await expect(sendBarStatus(page, 'AssumeRole')).toContainText(`The session policy has ${marked} errors`);

  // Emptied, the optional policy is simply not sent: ready again, and no "1 error" anywhere.
  await setAssumeRolePolicy(page, '');
  await expect(sendBarStatus(page, 'AssumeRole')).toContainText('Ready');
  await expect(summary).toHaveText('No problems found in the policy.');
  await sendButton(page).click();
  await expect(await settledResult(page, 'AssumeRole')).toHaveAttribute('data-status', 'ok');
  expect(errors).toEqual([]);
});

test('"Compare with last sent" opens, edits and closes the diff view without a console error', async ({ page }) => {
  const errors = watchErrors(page);
  await openAssumeRoleWithEditor(page, 'diff-view');
  await setAssumeRolePolicy(page, '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}');
  await sendButton(page).click();
  await expect(await settledResult(page, 'AssumeRole')).toHaveAttribute('data-status', 'ok');
  await operationSection(page, 'AssumeRole').getByRole('combobox', { name: 'Insert a template' }).selectOption({ label: 'Read-only access to one S3 bucket' });

  const compare = operationSection(page, 'AssumeRole').getByRole('button', { name: 'Compare with last sent' });
  const diff = page.getByTestId('policy-diff');
  for (let round = 0; round < 3; round++) {
    await compare.click();
    await expect(diff.locator('.monaco-diff-editor')).toBeVisible();
    await expect(diff.locator('.line-insert, .char-insert').first()).toBeVisible();
    // Work in the diff: click into the changed side, type, scroll, as a user comparing would.
    await diff.locator('.editor.modified .view-lines[role=presentation]').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ');
    await diff.hover();
    await page.mouse.wheel(0, 200);
    await compare.click();
    await expect(diff).toBeHidden();
  }
  // Give late asynchronous errors (workers, decorations) a moment to surface.
  await page.waitForTimeout(1000);
  expect(errors).toEqual([]);
});

/**
 * A refused call (403 AccessDenied, 400 ValidationError) is a result the workbench shows; Chromium also
 * logs the HTTP status of that fetch to the console. Those network lines are the browser's, not the app's.
 */
const isRefusedCallLog = (text: string) => /^console: Failed to load resource: the server responded with a status of 4\d\d/.test(text);

test('a session that uses every feature: every operation, every tool, exports, persistence, federation panels — no console error, no uncaught exception', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchErrors(page);
  await openWorkbench(page);

  // Every operation against the sandbox: its example when it has one, then Send (or Send anyway).
  for (const op of OPERATIONS) {
    await chooseFromMenu(page, op);
    const section = operationSection(page, op);
    const example = section.getByRole('button', { name: 'Fill an example' });
    if (await example.isVisible()) {
      await example.click();
      await expect(section.getByRole('button', { name: 'Fill an example' })).toBeEnabled({ timeout: 20_000 });
    }
    const anyway = section.getByRole('button', { name: 'Send anyway' });
    if (await sendButton(page).isEnabled()) await sendButton(page).click();
    else if (await anyway.isVisible()) await anyway.click();
    else continue;
    await settledResult(page, op);
  }
  await expect(resultCards(page)).not.toHaveCount(0);

  // Every tool.
  const tools = page.getByRole('navigation', { name: 'Tools' });
  for (const name of ['Access key inspector', 'Authorization message', 'Sandbox world']) {
    await tools.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  }

  // A credential set: exported in every format, used as the source.
  await chooseFromMenu(page, 'AssumeRole');
  await field(page, 'AssumeRole', 'Role ARN').fill(SEED_ROLE_ARN);
  await field(page, 'AssumeRole', 'Role session name').fill('every-feature');
  await field(page, 'AssumeRole', 'MFA serial number').fill('');
  await field(page, 'AssumeRole', 'MFA code').fill('');
  await sendButton(page).click();
  await expect(await settledResult(page, 'AssumeRole')).toHaveAttribute('data-status', 'ok');
  const sets = page.getByRole('region', { name: 'Credential sets', exact: true });
  const set = sets.getByTestId('credential-set').filter({ hasText: 'every-feature' });
  await expect(set).toBeVisible();
  const setName = ((await set.getByRole('button', { name: /^Export / }).getAttribute('aria-label')) ?? '').replace(/^Export /, '');
  await set.getByRole('button', { name: `Export ${setName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Export ${setName}` });
  await expect(dialog).toBeVisible();
  const formats = dialog.getByRole('tab');
  await expect(formats.first()).toBeVisible();
  const formatCount = await formats.count();
  expect(formatCount).toBeGreaterThan(1);
  for (let i = 0; i < formatCount; i++) {
    await formats.nth(i).click();
    await expect(formats.nth(i)).toHaveAttribute('aria-selected', 'true');
  }
  await dialog.getByRole('button', { name: 'Close' }).click();
  await set.getByRole('button', { name: `Use as source: ${setName}` }).click();
  await expect(set.getByText('in use', { exact: true })).toBeVisible();

  // History, the diff view of the policy editor.
  await results(page).getByRole('tab', { name: /^History/ }).click();
  await expect(page.getByTestId('history').getByTestId('history-item').first()).toBeVisible();

  // Persistence: turned on, the page reloaded, unlocked.
  const storage = sets.getByRole('group', { name: 'Keep on this device' });
  await storage.getByLabel('Keep credentials and history on this device (encrypted)').check();
  await storage.getByLabel('Passphrase', { exact: true }).fill('every feature passphrase');
  await storage.getByLabel('Confirm passphrase').fill('every feature passphrase');
  await storage.getByRole('button', { name: 'Turn on' }).click();
  await expect(storage.getByText('Kept on this device, encrypted.', { exact: true })).toBeVisible();
  await page.reload();
  await openWorkbench(page, { operation: 'AssumeRole' });
  await storage.getByLabel('Passphrase to unlock').fill('every feature passphrase');
  await storage.getByRole('button', { name: 'Unlock' }).click();
  await expect(storage.getByText(/^Unlocked: /)).toBeVisible();
  await expect(set).toBeVisible();

  // The federation panels: a SAML assertion and an OIDC token minted by the sandbox IdPs and inspected.
  for (const [op, idp, inspection] of [
    ['AssumeRoleWithSAML', 'saml-idp', 'saml-inspection'],
    ['AssumeRoleWithWebIdentity', 'oidc-idp', 'token-inspection'],
  ] as const) {
    await chooseFromMenu(page, op);
    const panel = page.locator(`[data-testid=federation-panel][data-operation=${op}]`);
    await panel.getByTestId(idp).getByRole('button', { name: 'Mint and inspect' }).click();
    await expect(panel.getByTestId(inspection)).toBeVisible();
  }

  await page.waitForTimeout(1000);
  expect(errors.filter((e) => !isRefusedCallLog(e))).toEqual([]);
});
