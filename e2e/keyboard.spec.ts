/**
 * Keyboard only: Tab reaches the operation menu, the form's fields and Send; Enter on Send and
 * Ctrl+Enter anywhere send; Alt+digit switches operations.
 */
import { expect, test } from '@playwright/test';
import { field, openWorkbench, operationHeading, operationNav, resultCards, SEED_ROLE_ARN, sendButton, settledResult, tabTo } from './support/workbench';

test('Tab reaches the menu, the form and Send; Enter and Ctrl+Enter send', async ({ page }) => {
  await openWorkbench(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the form' })).toBeFocused();

  // The operation menu.
  const assumeRole = operationNav(page).getByRole('link', { name: 'AssumeRole', exact: true });
  await tabTo(page, assumeRole, 10);
  await page.keyboard.press('Enter');
  await expect(operationHeading(page, 'AssumeRole')).toBeVisible();

  // The form: type into the fields the Tab key reaches.
  await tabTo(page, field(page, 'AssumeRole', 'Role ARN'), 30);
  await page.keyboard.type(SEED_ROLE_ARN);
  await tabTo(page, field(page, 'AssumeRole', 'Role session name'), 5);
  await page.keyboard.type('keyboard-only');

  // The session policy: the JSON editor takes over the field once loaded, and Tab leaves it again.
  await tabTo(page, field(page, 'AssumeRole', 'Inline session policy'), 15);
  const editor = page.getByRole('textbox', { name: 'Inline session policy (JSON editor)' });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor, 'the editor does not trap the Tab key').not.toBeFocused();

  // Send, past every other field.
  await tabTo(page, sendButton(page), 60);
  await page.keyboard.press('Enter');
  const first = await settledResult(page, 'AssumeRole');
  await expect(first).toHaveAttribute('data-status', 'ok');
  await expect(first.getByText('arn:aws:sts::123456789012:assumed-role/xaccounts3access/keyboard-only', { exact: true })).toBeVisible();

  // Ctrl+Enter sends from a form field as well.
  await field(page, 'AssumeRole', 'Role session name').focus();
  await page.keyboard.press('Control+Enter');
  await expect(resultCards(page, 'AssumeRole')).toHaveCount(2);
  await expect(await settledResult(page, 'AssumeRole')).toHaveAttribute('data-status', 'ok');
});

test('Alt+1…9 switch to the first nine operations of the menu', async ({ page }) => {
  await openWorkbench(page);
  await page.keyboard.press('Alt+2');
  await expect(operationHeading(page, 'AssumeRoleWithSAML')).toBeVisible();
  await page.keyboard.press('Alt+9');
  await expect(operationHeading(page, 'GetDelegatedAccessToken')).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(operationHeading(page, 'AssumeRole')).toBeVisible();
});

test("Ctrl+K before the palette's code has arrived: what is typed, Enter included, is kept", async ({ page }) => {
  // The palette is not on the first screen: hold its chunk back, as a slow phone network would.
  await page.route(/\/CommandPalette-[\w-]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await openWorkbench(page);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Switch operation' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox', { name: 'Search operations' })).toBeFocused();
  await page.keyboard.type('AssumeRoot');
  await page.keyboard.press('Enter');
  await expect(operationHeading(page, 'AssumeRoot')).toBeVisible();
  await expect(palette).toBeHidden();
});
