/**
 * Flow checks of issue 12 and a session that touches every feature, each with the page's console
 * watched: zero console errors and zero uncaught exceptions (the diff view's Monaco services
 * included). Also: "Ready" only when the form and its policy have no errors; an empty optional
 * session policy is not an error.
 */
import { expect, test, type Page } from '@playwright/test';
import { field, openWorkbench, operationSection, SEED_ROLE_ARN, sendButton, settledResult } from './support/workbench';

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

/** Sets the policy through the plain text editor, then back to Monaco (which validates the whole text). */
async function setPolicy(page: Page, text: string): Promise<void> {
  const plain = operationSection(page, 'AssumeRole').getByRole('button', { name: 'Plain text editor' });
  await plain.click();
  await expect(plain).toHaveAttribute('aria-pressed', 'true');
  await field(page, 'AssumeRole', 'Inline session policy').fill(text);
  await plain.click();
  await expect(plain).toHaveAttribute('aria-pressed', 'false');
  await expect(operationSection(page, 'AssumeRole').getByTestId('policy-editor')).toBeVisible();
}

test('"Ready" only when the policy has no errors either; an empty optional policy is not an error', async ({ page }) => {
  const errors = watchErrors(page);
  await openAssumeRoleWithEditor(page, 'ready-check');
  await expect(sendBarStatus(page, 'AssumeRole')).toContainText('Ready');

  // Five errors the editor marks (unknown elements, no Effect, a bad action): not ready, Send off, Send anyway offered.
  await setPolicy(page, '{"Version": "2012-10-17", "Statement": [{"Efect": "Allow", "Acton": "s3:GetObject", "Resorce": "*", "Principal": "*", "Sid": 5}]}');
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
  await setPolicy(page, '');
  await expect(sendBarStatus(page, 'AssumeRole')).toContainText('Ready');
  await expect(summary).toHaveText('No problems found in the policy.');
  await sendButton(page).click();
  await expect(await settledResult(page, 'AssumeRole')).toHaveAttribute('data-status', 'ok');
  expect(errors).toEqual([]);
});

test('"Compare with last sent" opens, edits and closes the diff view without a console error', async ({ page }) => {
  const errors = watchErrors(page);
  await openAssumeRoleWithEditor(page, 'diff-view');
  await setPolicy(page, '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}');
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
