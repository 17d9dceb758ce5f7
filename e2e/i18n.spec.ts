/**
 * Languages: the browser's preference, the header's switch (remembered, `lang` on the document, the French
 * catalog fetched only when chosen), and a pseudo-locale walk that fails on any visible text in a converted
 * area that did not come from a catalog.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { untranslatedText } from './support/untranslated';
import { OPERATIONS, openWorkbench, operationForm, operationHeading } from './support/workbench';

const AUDITOR = 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor';
const languageSwitch = (page: Page) => page.getByRole('banner').getByRole('combobox');

async function assume(page: Page, session: string, { duration = '', status = 'ok' } = {}): Promise<Locator> {
  // By parameter: the labels themselves are translated (accented in the pseudo-locale).
  await operationForm(page, 'AssumeRole').locator('[data-param="RoleArn"] input').fill(AUDITOR);
  await operationForm(page, 'AssumeRole').locator('[data-param="RoleSessionName"] input').fill(session);
  await operationForm(page, 'AssumeRole').locator('[data-param="DurationSeconds"] input').fill(duration);
  await page.getByTestId('send-bar').getByRole('button').first().click(); // Send, whatever its language
  // The results column's name is translated: find the newest card by its (verbatim) operation heading.
  const card = page.getByTestId('results').getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: 'AssumeRole', exact: true }) }).first();
  await expect(card).toHaveAttribute('data-status', status, { timeout: 15_000 });
  return card;
}


test.describe('the pseudo-locale', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('stsw.lang', 'en-XA'));
  });

  test('every visible text of the converted areas comes from a catalog', async ({ page }) => {
    await openWorkbench(page, { operation: 'AssumeRole' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');

    await assume(page, 'i18n-a');
    const set = page.getByTestId('credential-set').first();
    await expect(set).toBeVisible();
    // Use as source (the first of the set's buttons): the chain banner appears.
    await set.getByRole('button').first().click();
    await expect(page.getByTestId('chain-banner')).toBeVisible();
    await assume(page, 'i18n-b');
    // Two hours while chaining: STS refuses, and the error card (explanation and fixes) joins the results checked below.
    const refused = await assume(page, 'i18n-c', { duration: '7200', status: 'error' });
    await expect(refused.getByTestId('error-explanation')).toBeVisible();

    // The converted areas, checked after the calls above have filled them. This list grows as the rest of
    // the UI is converted (issue 14): the operation forms, connection panel, tools, labs and inspectors next.
    const converted: Array<[string, Locator]> = [
      ['header', page.getByRole('banner')],
      ['credential sets', page.getByTestId('credential-sets')],
      ['chain banner', page.getByTestId('chain-banner')],
      ['results (cards: credentials, identity, details, raw output)', page.getByTestId('results').locator('xpath=..')],
    ];
    for (const [name, area] of converted) {
      await expect(area, name).toBeVisible();
      expect(await untranslatedText(area), name).toEqual([]);
    }

    // The connection panel opened (target, sandbox clock, source credentials, what leaves the browser), the
    // command preview (its code is verbatim) and the history tab with the calls above.
    const connection = page.getByTestId('connection-panel');
    await connection.locator('button[aria-expanded]').first().click();
    await expect(connection.getByTestId('sandbox-time')).toBeVisible();
    await connection.locator('details summary').click();
    expect(await untranslatedText(connection), 'connection panel').toEqual([]);
    expect(await untranslatedText(page.getByTestId('command-preview')), 'command preview').toEqual([]);
    await page.locator('[role="tab"][id$="-history"]').click();
    await expect(page.getByTestId('history-item').first()).toBeVisible();
    expect(await untranslatedText(page.getByTestId('history')), 'history').toEqual([]);

    // The export dialog (Export is the set's third button), on a translated tab and on a verbatim one.
    await set.getByRole('button').nth(2).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    expect(await untranslatedText(dialog), 'export dialog (bash)').toEqual([]);
    await dialog.getByRole('tab').nth(3).click();
    await expect(dialog.getByText('~/.aws/credentials', { exact: true })).toBeVisible();
    expect(await untranslatedText(dialog), 'export dialog (credentials file)').toEqual([]);
  });

  test('the menus, the palette, the policy editor, the tools (world, permission check) and a lab come from the catalogs', async ({ page }) => {
    await openWorkbench(page, { operation: 'AssumeRole' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    const clean = async (name: string, area: Locator) => {
      await expect(area, name).toBeVisible();
      expect(await untranslatedText(area), name).toEqual([]);
    };
    // Found by structure, not by their (accented) names.
    const tool = (key: string) => page.getByTestId('tools-nav').locator(`a[href="#/tools/${key}"]`);
    for (const nav of ['operation-nav', 'tools-nav']) await clean(nav, page.getByTestId(nav));

    // The policy editor, with a typo so the marker list and its summary show.
    const policy = page.locator('textarea[placeholder*="2012-10-17"]').first();
    await policy.fill('{"Version": "2012-10-17", "Statement": [{"Efect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}');
    await policy.click();
    const editor = page.getByTestId('policy-editor-area').first();
    await expect(editor.getByTestId('policy-markers')).toBeVisible({ timeout: 15_000 });
    await clean('policy editor (toolbar, markers, size meter)', editor);

    await page.keyboard.press('Control+k');
    await clean('command palette', page.getByRole('dialog'));
    await page.keyboard.press('Escape');

    await tool('sandbox-world').click();
    const world = page.getByTestId('sandbox-world-tool');
    await world.locator('[data-testid="world-role"][data-role="xaccounts3access"] button[aria-expanded]').click();
    await expect(world.getByTestId('world-role-detail')).toBeVisible();
    await clean('sandbox world (a role open)', world);

    // The access key inspector with a key, a malformed one, and the table of every prefix open.
    await tool('access-key').click();
    const inspector = page.getByTestId('access-key-inspector');
    await inspector.locator('input').fill('AKIARTX3GSDSRMFQALIC');
    await expect(inspector.getByTestId('access-key-account')).toHaveText('111122223333');
    await inspector.locator('details summary').click();
    await clean('access key inspector (a key decoded, every prefix)', inspector);
    await inspector.locator('input').fill('AROA12');
    await expect(inspector.getByTestId('access-key-problems')).toBeVisible();
    await clean('access key inspector (a malformed ID)', inspector);

    await tool('permission-check').click();
    const check = page.getByTestId('permission-check-tool');
    await check.locator('input').first().fill('sts:GetCallerIdentity');
    await check.locator('button[type="submit"]').click();
    await expect(check.getByTestId('permission-result')).toBeVisible({ timeout: 15_000 });
    await clean('permission check (with a verdict)', check);

    await tool('labs').click();
    const labs = page.getByTestId('labs-area');
    await clean('labs list', labs);
    await labs.getByTestId('lab-first-assume-role').getByRole('link').click();
    await expect(labs.getByTestId('lab-view')).toBeVisible();
    await clean('a lab open', labs);
    // Back to an operation: the open lab's guide sits above its form.
    await page.getByTestId('operation-nav').locator('a[href="#/AssumeRole"]').click();
    await clean('the lab guide', page.getByTestId('lab-guide'));
  });

  test('every operation form (header, fields, hints, help, validation, send bar) comes from a catalog', async ({ page }) => {
    await openWorkbench(page, { operation: 'AssumeRole' });
    for (const op of OPERATIONS) {
      await page.goto(`/#/${op}`);
      await expect(operationHeading(page, op)).toBeVisible();
      const form = operationForm(page, op);
      // Every field's help open; on AssumeRole a bad value brings out a validation message (the workbench's
      // explanation, checked here, beside STS's clause, verbatim).
      const closedHelp = form.locator('button[aria-expanded="false"][aria-controls]');
      // Counted once the fields are drawn (their code may still be on its way): otherwise none is opened.
      await expect(form.locator('[data-fields-loading]')).toHaveCount(0);
      for (let n = await closedHelp.count(); n > 0; n--) await closedHelp.first().click();
      await expect(closedHelp).toHaveCount(0);
      if (op === 'AssumeRole') {
        await form.locator('[data-param="RoleSessionName"] input').fill('bad:name');
        await expect(form.locator('[data-param="RoleSessionName"] li')).toHaveCount(1);
      }
      const header = page.locator('header').filter({ has: operationHeading(page, op) });
      // The policy editor inside Policy fields and the send bar's jump to the federation verdict are in the catalogs too.
      const exempt = '';
      for (const [name, area] of [[`${op} header`, header], [`${op} form`, form], [`${op} send bar`, page.getByTestId('send-bar')]] as const) {
        await expect(area, name).toBeVisible();
        expect(await untranslatedText(area, exempt), name).toEqual([]);
      }
    }
  });
});

test.describe('the pseudo-locale, page by page', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('stsw.lang', 'en-XA'));
  });

  test('every page of the menus, whole (header, sidebar, main area, results, nothing marked pending), comes from a catalog', async ({ page }) => {
    await openWorkbench(page, { operation: 'AssumeRole' });
    // One call first, so the results and the credential set are on every page below.
    await assume(page, 'i18n-pages');
    const links = page.locator('[data-testid="operation-nav"] a[href^="#/"], [data-testid="tools-nav"] a[href^="#/"]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(12);
    // Every page is read before the verdict, so one run lists all that is left.
    const found: Record<string, string[]> = {};
    for (const href of hrefs) {
      await page.goto(`/${href}`);
      await expect(page.locator('main')).toBeVisible();
      // Whatever loads lazily (a tool, the federation panel, the policy editor) settles before the page is read.
      await page.waitForLoadState('networkidle');
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
      const pending = await page.locator('body [data-i18n="pending"]').allTextContents();
      const texts = [...(await untranslatedText(page.locator('body'))), ...pending.map((t) => `(pending) ${t}`)];
      if (texts.length > 0) found[href] = texts;
    }
    expect(found).toEqual({});
  });
});

test.describe('the pseudo-locale, federation', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('stsw.lang', 'en-XA'));
  });

  /**
   * Pastes what the sandbox IdP mints, first as it is (accepted) then with a fault (rejected: cause, fix, the
   * failing check), opens the complete table of checks, and reads each area: the verdict panel, the inspection
   * (with `ready` shown) and the trust-policy check beside it.
   */
  async function walkInspector(page: Page, operation: string, input: string, mint: (faults: Record<string, boolean>) => Promise<string>, fault: Record<string, boolean>, inspection: string, ready: string, trustVerdict: boolean) {
    await page.goto(`/#/${operation}`);
    const panel = page.locator(`[data-testid=federation-panel][data-operation=${operation}]`);
    for (const faults of [{}, fault]) {
      await panel.getByTestId(input).fill(await mint(faults));
      await expect(panel.getByTestId('verdict')).not.toHaveAttribute('data-verdict', 'pending', { timeout: 30_000 });
      const all = panel.getByTestId('all-checks');
      if ((await all.getAttribute('open')) === null) await all.locator('summary').click();
      await expect(panel.getByTestId(inspection).getByTestId(ready)).toBeVisible();
      // A SAML response names its role, so the trust policy is evaluated; a token needs a RoleArn (the check says so).
      if (trustVerdict) await expect(panel.getByTestId('trust-policy-check').getByTestId('trust-verdict')).toBeVisible();
      for (const id of ['verdict-panel', inspection, 'trust-policy-check']) {
        const area = panel.getByTestId(id);
        await expect(area).toBeVisible();
        expect(await untranslatedText(area), `${id} (${JSON.stringify(faults)})`).toEqual([]);
        // The policy evaluator's sentences (the trust-policy trace) are Messages too: nothing is left pending.
        expect(await area.locator('[data-i18n="pending"]').allTextContents(), `${id} pending`).toEqual([]);
      }
    }
  }

  test('the SAML inspector (its verdict panel, checks, causes, decoding notes, summary, signatures) and the trust-policy check come from a catalog', async ({ page, request }) => {
    // The pretty-printed XML is the response's own text, marked so.
    await walkInspector(page, 'AssumeRoleWithSAML', 'saml-input', async (faults) => {
      const res = await request.post('/_sandbox/saml/mint', { data: { roles: [{ roleArn: 'arn:aws:iam::123456789012:role/TestSaml', principalArn: 'arn:aws:iam::123456789012:saml-provider/SAML-test' }], faults } });
      expect(res.ok()).toBe(true);
      return ((await res.json()) as { samlResponse: string }).samlResponse;
    }, { tamperAfterSigning: true }, 'saml-inspection', 'signature-summary', true);
  });

  test('the OIDC token inspector (verdict, claims, checks, signature, advice) and its trust-policy check come from a catalog', async ({ page, request }) => {
    await walkInspector(page, 'AssumeRoleWithWebIdentity', 'token-input', async (faults) => {
      const res = await request.post('/_sandbox/oidc/mint', { data: { issuer: 'https://sandbox.idp.local', sub: 'sandbox-user', aud: ['workbench-client'], faults } });
      expect(res.ok()).toBe(true);
      return ((await res.json()) as { token: string }).token;
    }, { expired: true }, 'token-inspection', 'claims-table', false);
  });
});

test('the language follows the header switch, is remembered, sets lang, and fetches French only when chosen', async ({ page }) => {
  const scripts: string[] = [];
  // English is compiled at build time: Lingui never meets a raw message (it would warn "Uncompiled message").
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('Uncompiled')) warnings.push(m.text());
  });
  page.on('response', async (r) => {
    if (r.url().endsWith('.js')) scripts.push(await r.text().catch(() => ''));
  });
  await openWorkbench(page, { operation: 'AssumeRole' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(languageSwitch(page)).toHaveAccessibleName('Language');
  // English first screen: no script carrying the French catalog was fetched.
  expect(scripts.some((s) => s.includes('Ensembles d'))).toBe(false);

  await languageSwitch(page).selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(languageSwitch(page)).toHaveAccessibleName('Langue');
  await expect(page.getByRole('heading', { name: "Ensembles d'informations d'identification" })).toBeVisible();
  expect(scripts.some((s) => s.includes('Ensembles d'))).toBe(true);
  expect(await page.evaluate(() => localStorage.getItem('stsw.lang'))).toBe('fr');

  // Remembered: French again after a reload, and the credentials card counts down in French, with AWS's
  // words (ARN, operation) kept verbatim and marked English.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();
  const card = await assume(page, 'en-francais');
  await expect(card.getByTestId('countdown')).toHaveText(/^il reste \d+min \d\ds$/);
  const set = page.getByTestId('credential-set').first();
  await expect(set.getByText('Issu de AssumeRole · signé par DevAdmin')).toBeVisible();
  await expect(set.getByText('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/en-francais', { exact: true })).toHaveAttribute('lang', 'en');

  await languageSwitch(page).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(card.getByTestId('countdown')).toHaveText(/^\d+m \d\ds left$/);
  expect(warnings).toEqual([]);
});

test.describe('a browser that prefers French', () => {
  test.use({ locale: 'fr-FR' });

  test('opens in French with nothing stored', async ({ page }) => {
    await openWorkbench(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { name: 'Résultats' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('stsw.lang'))).toBeNull();
  });
});

test.describe('the labs in French', () => {
  test.use({ locale: 'fr-FR' });

  test("speak the lab file's French and the catalog's words, in the Labs area and the palette", async ({ page }) => {
    await openWorkbench(page, { operation: 'AssumeRole' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('navigation', { name: 'Outils' }).getByRole('link', { name: 'Exercices', exact: true }).click();
    const labs = page.getByTestId('labs-area');
    await expect(labs.getByRole('heading', { level: 1, name: 'Exercices' })).toBeVisible();
    await labs.getByRole('link', { name: 'Votre premier AssumeRole', exact: true }).click();
    const firstStep = labs.getByTestId('lab-view').getByRole('listitem').first();
    await expect(firstStep.getByRole('heading', { level: 3 })).toHaveText(/^Étape 1 sur \d+ : \S/);
    await expect(firstStep.getByRole('heading', { level: 3 }).locator('[data-i18n="lab-file"]')).toHaveAttribute('lang', 'fr');
    await expect(firstStep.getByRole('button', { name: /^Montrez-moi : / })).toHaveText('Montrez-moi');
    await expect(firstStep.getByText('Indice', { exact: true })).toBeVisible();
    await expect(labs.getByRole('button', { name: 'Réinitialiser cet exercice' })).toBeVisible();

    // The palette finds the lab by its French title.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Votre premier');
    await expect(page.getByRole('dialog').getByRole('option')).toHaveText([/Votre premier AssumeRole/]);
    await page.keyboard.press('Escape');
  });
});
