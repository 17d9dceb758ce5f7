/**
 * The main journey in French (issue 14). Each step reads what a French-speaking attendee sees: the
 * workbench's words in French, AWS's own words (codes, messages, ARNs) verbatim and marked English.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const SAML = 'AssumeRoleWithSAML';
const TEST_SAML_ROLE = 'arn:aws:iam::123456789012:role/TestSaml';
const SAML_PROVIDER = 'arn:aws:iam::123456789012:saml-provider/SAML-test';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('stsw.lang', 'fr'));
});

/** A SAML response from the sandbox's built-in IdP for TestSaml. */
async function mintSaml(request: APIRequestContext, faults: Record<string, boolean> = {}): Promise<string> {
  const res = await request.post('/_sandbox/saml/mint', { data: { roles: [{ roleArn: TEST_SAML_ROLE, principalArn: SAML_PROVIDER }], faults } });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { samlResponse: string }).samlResponse;
}

async function pasteSaml(page: Page, samlResponse: string) {
  const panel = page.locator(`[data-testid=federation-panel][data-operation=${SAML}]`);
  await panel.getByTestId('saml-input').fill(samlResponse);
  const verdict = panel.getByTestId('verdict');
  await expect(verdict).not.toHaveAttribute('data-verdict', 'pending', { timeout: 20_000 });
  return { panel, verdict };
}

test('a SAML inspection in French: the verdict first, the checks in French, AWS’s code and message verbatim', async ({ page, request }) => {
  await page.goto(`/#/${SAML}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Inspecteur SAML' })).toBeVisible({ timeout: 30_000 });

  // A good assertion from the built-in IdP: accepted, said in French, and the table of checks in French.
  const good = await pasteSaml(page, await mintSaml(request));
  await expect(good.verdict).toHaveAttribute('data-verdict', 'accepted');
  await expect(good.verdict).toContainText('Accepté');
  await expect(good.verdict).toContainText("STS l'accepterait");
  const all = good.panel.getByTestId('all-checks');
  await all.locator('summary').click();
  await expect(all.locator('summary')).toHaveText(/^Les \d+ vérifications faites par STS$/);
  const signature = all.locator('[data-testid=check][data-check=signature]');
  await expect(signature).toHaveAttribute('data-status', 'pass');
  await expect(signature).toContainText('Réussi');
  await expect(signature).toContainText("Signée par l'IdP");
  await expect(all.locator('[data-testid=check][data-check=expiry]')).toContainText(/Valide encore/);

  // Tampered after signing: rejected; AWS's code and message as STS sends them, marked English; the cause
  // and the fix in French.
  const bad = await pasteSaml(page, await mintSaml(request, { tamperAfterSigning: true }));
  await expect(bad.verdict).toHaveAttribute('data-verdict', 'rejected');
  await expect(bad.verdict).toContainText('Rejeté');
  await expect(bad.verdict.getByTestId('verdict-code')).toHaveText('InvalidIdentityToken');
  await expect(bad.verdict.getByTestId('verdict-message')).toHaveText('Response signature invalid');
  await expect(bad.verdict.getByTestId('verdict-error')).toHaveAttribute('lang', 'en');
  const cause = bad.panel.getByTestId('verdict-cause');
  await expect(cause).toContainText('Modifiée après la signature (condensé différent)');
  await expect(cause).toContainText('Correction :');
  await expect(cause).toContainText("Chargez les métadonnées actuelles de l'IdP");
  const failing = bad.panel.getByTestId('failing-check').first();
  await expect(failing).toContainText("Signée par l'IdP");
  await expect(failing).toContainText("La signature de l'élément");
});
