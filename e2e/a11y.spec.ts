/**
 * axe-core on the screens people use most — the first screen, a form showing validation messages,
 * and results with a credentials card — in the light and the dark theme: no serious or critical
 * violation.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { assumeSeedRole, field, openConnectionEditor, openWorkbench, results } from './support/workbench';


for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' }); // no colour fades while axe measures contrast
    });

    test('the first screen', async ({ page }) => {
      await openWorkbench(page);
      await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /(^|\s)dark(\s|$)/ : /^(?!.*\bdark\b)/);
      await expectNoSeriousViolations(page, `the first screen (${scheme})`);
    });

    test('a form with validation messages', async ({ page }) => {
      await openWorkbench(page, { operation: 'AssumeRole' });
      await field(page, 'AssumeRole', 'Role session name').fill('bad:name');
      await field(page, 'AssumeRole', 'Duration (seconds)').fill('12');
      await field(page, 'AssumeRole', 'MFA code').fill('12');
      await page.keyboard.press('Control+Enter');
      await expect(field(page, 'AssumeRole', 'Role ARN')).toHaveAttribute('aria-invalid', 'true');
      await expect(field(page, 'AssumeRole', 'Role session name')).toHaveAccessibleDescription(/regular expression pattern/);
      await expectNoSeriousViolations(page, `a form with validation messages (${scheme})`);
    });

    test('results with a credentials card and an error', async ({ page }) => {
      await openWorkbench(page, { operation: 'AssumeRole' });
      await field(page, 'AssumeRole', 'Role ARN').fill('arn:aws:iam::123456789012:role/xaccounts3access');
      await field(page, 'AssumeRole', 'Role session name').fill('bad:name');
      await page.getByRole('button', { name: 'Send anyway' }).click();
      await expect(results(page).getByText('ValidationError', { exact: true })).toBeVisible();
      const card = await assumeSeedRole(page);
      await card.getByRole('button', { name: 'Reveal secret access key' }).click();
      await expect(card.getByTestId('countdown')).toBeVisible();
      await openConnectionEditor(page);
      await expectNoSeriousViolations(page, `results with a credentials card (${scheme})`);
    });
  });
}
