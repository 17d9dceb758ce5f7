/**
 * The theme toggle: system → light → dark → system, shown on the document as the `dark` class, and
 * kept across visits under one storage key — the only thing the workbench stores.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectTraces } from './support/storage';
import { openWorkbench, sendButton, settledResult } from './support/workbench';

const html = (page: Page) => page.locator('html');
const DARK = /(^|\s)dark(\s|$)/;
const themeButton = (page: Page, name: RegExp) => page.getByRole('banner').getByRole('button', { name });

async function storedState(page: Page) {
  const t = await collectTraces(page);
  return { local: t.localStorage, session: t.sessionStorage, cookies: t.cookies, databases: Object.keys(t.indexedDB) };
}

test('toggling the theme changes the document class and persists only the theme key', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openWorkbench(page);
  await expect(html(page)).not.toHaveClass(DARK);
  expect((await storedState(page)).local).toEqual({});

  await themeButton(page, /^System theme/).click();
  await expect(themeButton(page, /^Light theme \(switch to dark\)$/)).toBeVisible();
  await expect(html(page)).not.toHaveClass(DARK);
  expect(await storedState(page)).toEqual({ local: { 'stsw.theme': 'light' }, session: {}, cookies: [], databases: [] });

  await themeButton(page, /^Light theme/).click();
  await expect(themeButton(page, /^Dark theme \(switch to system\)$/)).toBeVisible();
  await expect(html(page)).toHaveClass(DARK);
  await expect(html(page)).toHaveCSS('color-scheme', 'dark');
  expect(await storedState(page)).toEqual({ local: { 'stsw.theme': 'dark' }, session: {}, cookies: [], databases: [] });

  // A call with keys changes nothing in storage.
  await sendButton(page).click();
  await expect(await settledResult(page, 'GetCallerIdentity')).toHaveAttribute('data-status', 'ok');
  expect((await storedState(page)).local).toEqual({ 'stsw.theme': 'dark' });

  // The choice survives a reload, and the page starts dark (no flash of the light theme).
  await page.reload();
  await expect(html(page)).toHaveClass(DARK);
  await expect(themeButton(page, /^Dark theme/)).toBeVisible();

  // Back to "system": the key is removed and the system's light preference applies again.
  await themeButton(page, /^Dark theme/).click();
  await expect(themeButton(page, /^System theme/)).toBeVisible();
  await expect(html(page)).not.toHaveClass(DARK);
  expect((await storedState(page)).local).toEqual({});
});

test('"system" follows the operating system preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openWorkbench(page);
  await expect(html(page)).toHaveClass(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).not.toHaveClass(DARK);
});
