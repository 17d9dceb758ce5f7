/**
 * MFA with no phone: under TokenCode the workbench shows what the sandbox MFA device named in
 * SerialNumber shows now, on the sandbox clock, and types it in; STS accepts it. On the sandbox server
 * and on the in-page sandbox alike.
 */
import { expect, test, type Page } from '@playwright/test';
import { advanceClock, field, openWorkbench, sendButton, settledResult, STATIC_ORIGIN } from './support/workbench';

const DEVICE = 'arn:aws:iam::123456789012:mfa/DevAdmin';

async function shownCode(page: Page): Promise<string> {
  const addon = page.getByTestId('sandbox-mfa-code');
  await expect(addon).toContainText(/This sandbox device shows \d{6} · \d{1,2} s left/);
  return /\d{6}/.exec((await addon.textContent()) ?? '')?.[0] ?? '';
}

for (const sandbox of ['server', 'in-page'] as const) {
  test.describe(`${sandbox} sandbox`, () => {
    if (sandbox === 'in-page') test.use({ baseURL: STATIC_ORIGIN });
    test(`${sandbox}: GetSessionToken with the code the sandbox MFA device shows, which follows the sandbox clock`, async ({ page }) => {
      await openWorkbench(page, { operation: 'GetSessionToken', sandbox });

      await field(page, 'GetSessionToken', 'MFA serial number').fill(DEVICE);
      const code = await shownCode(page);
      await page.getByRole('button', { name: 'Fill the code' }).click();
      await expect(field(page, 'GetSessionToken', 'MFA code')).toHaveValue(code);
      await sendButton(page).click();
      const card = await settledResult(page, 'GetSessionToken');
      await expect(card).toHaveAttribute('data-status', 'ok');

      // An hour later on the sandbox clock, the device shows another code.
      await advanceClock(page, '1 hour');
      await expect.poll(() => shownCode(page)).not.toBe(code);
    });
  });
}

test('Fill an example for GetSessionToken uses the demo user\'s MFA device and its current code', async ({ page }) => {
  await openWorkbench(page, { operation: 'GetSessionToken' });
  await page.getByRole('button', { name: 'Fill an example' }).click();
  await expect(field(page, 'GetSessionToken', 'MFA serial number')).toHaveValue(DEVICE);
  await expect(field(page, 'GetSessionToken', 'MFA code')).toHaveValue(/^\d{6}$/);
  await sendButton(page).click();
  await expect(await settledResult(page, 'GetSessionToken')).toHaveAttribute('data-status', 'ok');
});
