/** The opt-in encrypted vault (Keep on this device), as a user turns it on and unlocks it: shared by the credentials, labs and in-page journeys. */
import { expect, type Locator, type Page } from '@playwright/test';

export const credentialSidebar = (page: Page): Locator => page.getByRole('region', { name: 'Credential sets', exact: true });
export const storageGroup = (page: Page): Locator => credentialSidebar(page).getByRole('group', { name: 'Keep on this device' });

export async function turnOnPersistence(page: Page, passphrase: string): Promise<Locator> {
  const storage = storageGroup(page);
  await storage.getByLabel('Keep credentials and history on this device (encrypted)').check();
  await storage.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await storage.getByLabel('Confirm passphrase').fill(passphrase);
  await storage.getByRole('button', { name: 'Turn on' }).click();
  await expect(storage.getByText('Kept on this device, encrypted.', { exact: true })).toBeVisible();
  return storage;
}

export async function unlockVault(page: Page, passphrase: string): Promise<void> {
  const storage = storageGroup(page);
  await storage.getByLabel('Passphrase to unlock').fill(passphrase);
  await storage.getByRole('button', { name: 'Unlock' }).click();
  await expect(storage.getByText(/^Unlocked: /)).toBeVisible();
}
