/** The Sandbox world tool's live trust-policy edit, as a user makes it: shared by the world and room journeys. */
import { expect, type Locator, type Page } from '@playwright/test';

export const worldTool = (page: Page): Locator => page.getByTestId('sandbox-world-tool');
export const worldRole = (page: Page, name: string): Locator => worldTool(page).locator(`[data-testid=world-role][data-role="${name}"]`);

export async function openWorldTool(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Sandbox world', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sandbox world', exact: true })).toBeVisible();
}

/** The role's detail (trust policy, live controls), opened if it is not. */
export async function openRole(page: Page, roleName: string): Promise<Locator> {
  const role = worldRole(page, roleName);
  const toggle = role.getByRole('button', { name: `Trust policy of ${roleName}`, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return role.getByTestId('world-role-detail');
}

/**
 * Opens the role's trust policy, turns its first statement's `"Effect": "Allow"` (line 5 of the
 * formatted policy) into Deny in the editor, and applies it to the sandbox in use.
 */
export async function denyRoleLive(page: Page, roleName: string): Promise<Locator> {
  const detail = await openRole(page, roleName);
  await detail.getByTestId('world-trust-policy-text').click();
  const editor = page.getByRole('textbox', { name: `Trust policy of ${roleName} (JSON editor)` });
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'Allow'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('Deny', { delay: 40 });
  await page.keyboard.press('Escape');
  await expect(detail.getByTestId('policy-editor').locator('.view-lines')).toContainText('"Effect": "Deny"');
  await detail.getByRole('button', { name: 'Apply to my sandbox' }).first().click();
  await expect(detail.getByTestId('world-live-status').first()).toContainText('Applied');
  await expect(detail.getByRole('button', { name: 'Reset to the world file' }).first()).toBeVisible();
  return detail;
}
