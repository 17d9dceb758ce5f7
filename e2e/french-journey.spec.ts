/**
 * The main journey in French (issue 14): the language chosen in the header and kept across a reload, then
 * AssumeRole on a sandbox role with the form's labels and validation in French, the credentials in French with
 * an Intl countdown, a second AssumeRole chained from that set, an error card, and an export. What is AWS's
 * stays as AWS writes it, marked English: parameter names, STS's error code and message, ARNs, the command.
 * Then a SAML inspection in French: the verdict first, AWS's code and message verbatim.
 */
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { field, openWorkbench, operationForm } from './support/workbench';

const AUDITOR = 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor';
const CHAINING_REFUSAL = 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.';
const sendButton = (page: Page): Locator => page.getByRole('button', { name: 'Envoyer', exact: true });
const sidebar = (page: Page): Locator => page.getByTestId('credential-sets');
const setItem = (page: Page, name: string): Locator => sidebar(page).getByRole('listitem', { name, exact: true });

/** The newest AssumeRole card once settled (found by its verbatim operation heading). */
async function settledCard(page: Page): Promise<Locator> {
  const card = page.getByTestId('results').getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: 'AssumeRole', exact: true }) }).first();
  await expect(card).not.toHaveAttribute('data-status', 'pending', { timeout: 15_000 });
  return card;
}

async function assume(page: Page, session: string, duration = ''): Promise<Locator> {
  await field(page, 'AssumeRole', 'ARN du rôle').fill(AUDITOR);
  await field(page, 'AssumeRole', 'Nom de session du rôle').fill(session);
  await field(page, 'AssumeRole', 'Durée (secondes)').fill(duration);
  await sendButton(page).click();
  return settledCard(page);
}

test.describe('the main journey in French', () => {
  test('AssumeRole, chaining, an error card and an export, with AWS words verbatim', async ({ page }) => {
    await openWorkbench(page, { operation: 'AssumeRole' });
    await page.getByRole('banner').getByRole('combobox').selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // Kept across a reload, like the theme.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    // The operation header: the summary in French, the operation and its command verbatim.
    const form = operationForm(page, 'AssumeRole');
    await expect(page.getByTestId('operation-form').getByText("Obtenir des informations d'identification temporaires pour un rôle IAM qui vous approuve.")).toBeVisible();
    await expect(page.getByText('aws sts assume-role', { exact: true }).locator('xpath=ancestor-or-self::*[@lang="en"][1]')).toHaveAttribute('translate', 'no');

    // Labels in French; the help names the parameter as AWS spells it, marked English.
    const sessionName = field(page, 'AssumeRole', 'Nom de session du rôle');
    await expect(sessionName).toBeVisible();
    await expect(form.getByText('(facultatif)').first()).toBeVisible();
    await form.locator('[data-param="RoleSessionName"]').getByRole('button', { name: 'Aide sur le paramètre' }).click();
    await expect(form.getByText('RoleSessionName', { exact: true })).toBeVisible();
    await expect(form.getByText('RoleSessionName', { exact: true }).locator('xpath=ancestor::*[@lang="en"][1]')).toHaveAttribute('translate', 'no');
    await expect(form.getByText(/Un nom pour cette session, de 2 à 64 lettres/)).toBeVisible();

    // Validation in French, STS's own clause beside it, verbatim and marked English.
    await sessionName.fill('bad:name');
    await expect(sessionName).toHaveAccessibleDescription(/Un caractère n'est pas autorisé ici : la valeur doit correspondre au motif/);
    const clause = form.getByText("Value 'bad:name' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*", { exact: true });
    await expect(clause).toBeVisible();
    await expect(clause).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('status').filter({ hasText: /^2 problèmes dans la saisie ; STS la refuserait\.$/ })).toBeVisible();

    // A valid call: the credentials in French, the countdown through Intl.
    const first = await assume(page, 'fr-auditor-a');
    await expect(first).toHaveAttribute('data-status', 'ok');
    await expect(first.getByTestId('countdown')).toHaveText(/^il reste \d+min \d\ds$/);
    const a = setItem(page, 'ReadOnlyAuditor/fr-auditor-a');
    await expect(a.getByText('Issu de AssumeRole · signé par DevAdmin')).toBeVisible();
    await expect(a.getByText('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/fr-auditor-a', { exact: true })).toHaveAttribute('lang', 'en');

    // Chaining from that set: the banner's rule in French.
    await a.getByRole('button', { name: 'Utiliser comme source : ReadOnlyAuditor/fr-auditor-a' }).click();
    const banner = page.getByRole('region', { name: "Chaîne des informations d'identification source" });
    await expect(banner.getByText(/^Plafond d'une heure : c'est un chaînage de rôles/)).toBeVisible();

    // Two hours while chaining: STS refuses. The error card keeps AWS's code and message verbatim, in English,
    // and speaks French around them.
    const refused = await assume(page, 'fr-auditor-b', '7200');
    await expect(refused).toHaveAttribute('data-status', 'error');
    await expect(refused.getByTestId('error-code')).toHaveText('ValidationError');
    await expect(refused.getByTestId('error-code')).toHaveAttribute('lang', 'en');
    await expect(refused.getByTestId('error-message')).toHaveText(CHAINING_REFUSAL);
    await expect(refused.getByTestId('error-message')).toHaveAttribute('lang', 'en');
    await expect(refused.getByText('STS a répondu par une erreur').first()).toBeVisible();
    await expect(refused.getByRole('heading', { name: 'Corrections probables' })).toBeVisible();
    // The workbench's reading of the error, in French beside AWS's English: what happened and what to do.
    const explanation = refused.getByTestId('error-explanation');
    await expect(explanation).toContainText('Le chaînage de rôles est limité à 1 heure');
    await expect(explanation).toContainText("AWS limite ces sessions à 3600 secondes, quel que soit le maximum du rôle.");
    await expect(refused.getByText('Mettez DurationSeconds à 3600 ou moins.')).toBeVisible();
    await expect(explanation.locator('[data-i18n="pending"]')).toHaveCount(0);

    // Within the cap the chained call works; the new set is signed by the first.
    const second = await assume(page, 'fr-auditor-b', '3600');
    await expect(second).toHaveAttribute('data-status', 'ok');
    const b = setItem(page, 'ReadOnlyAuditor/fr-auditor-b');
    await expect(b.getByText('Issu de AssumeRole · signé par ReadOnlyAuditor/fr-auditor-a')).toBeVisible();

    // The export: French notes, the command and the exported text verbatim.
    await b.getByRole('button', { name: 'Exporter ReadOnlyAuditor/fr-auditor-b' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exporter ReadOnlyAuditor/fr-auditor-b' });
    await expect(dialog).toBeVisible();
    const bash = (await dialog.getByLabel('Export bash / zsh', { exact: true }).textContent()) ?? '';
    expect(bash).toMatch(/^export AWS_ACCESS_KEY_ID='ASIA[A-Z2-7]{16}'$/m);
    await expect(dialog.getByLabel('Export bash / zsh', { exact: true })).toHaveAttribute('translate', 'no');
    await dialog.getByRole('tab', { name: 'Sortie de la CLI' }).click();
    const command = dialog.getByText('aws sts assume-role', { exact: true });
    await expect(command).toHaveAttribute('lang', 'en');
    await expect(dialog.getByText(/^Ce que\s+aws sts assume-role\s+a affiché pour cet appel\.$/)).toBeVisible();
    await dialog.getByRole('tab', { name: 'Connexion à la console' }).click();
    await expect(dialog.getByText(/^1\. Exécutez la requête ci-dessous\./)).toBeVisible();
    await expect(dialog.getByText(/^La requête transporte la clé d'accès secrète dans sa chaîne de requête/)).toBeVisible();
    const loginUrl = dialog.getByText(/^https:\/\/signin\.aws\.amazon\.com\/federation\?Action=login&Issuer=/);
    await expect(loginUrl).toHaveAttribute('lang', 'en');
    await expect(dialog.getByLabel('Export Connexion à la console', { exact: true })).toContainText('curl -sS');
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});

const SAML = 'AssumeRoleWithSAML';
const TEST_SAML_ROLE = 'arn:aws:iam::123456789012:role/TestSaml';
const SAML_PROVIDER = 'arn:aws:iam::123456789012:saml-provider/SAML-test';

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

test.describe('a SAML inspection in French', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('stsw.lang', 'fr'));
  });

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
});
