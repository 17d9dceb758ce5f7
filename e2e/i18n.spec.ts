/**
 * Languages: the browser's preference, the header's switch (remembered, `lang` on the document, the French
 * catalog fetched only when chosen), and a pseudo-locale walk that fails on any visible text in a converted
 * area that did not come from a catalog.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { field, openWorkbench, sendButton } from './support/workbench';

const AUDITOR = 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor';
const languageSwitch = (page: Page) => page.getByRole('banner').getByRole('combobox');

async function assume(page: Page, session: string): Promise<Locator> {
  await field(page, 'AssumeRole', 'Role ARN').fill(AUDITOR);
  await field(page, 'AssumeRole', 'Role session name').fill(session);
  await sendButton(page).click();
  // The results column's name is translated: find the newest card by its (verbatim) operation heading.
  const card = page.getByTestId('results').getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: 'AssumeRole', exact: true }) }).first();
  await expect(card).toHaveAttribute('data-status', 'ok', { timeout: 15_000 });
  return card;
}

/**
 * Visible text nodes under `root` that look like source-language words: a run of two or more plain ASCII
 * letters. In the pseudo-locale every catalog message is accented ("Ŕēśũĺţś"), so such a run is text that
 * bypassed the catalogs. Exempt: what is marked verbatim (translate="no": ARNs, codes, AWS's messages,
 * names), <time> (formatted by Intl in the page's language), form controls' values, and text marked
 * data-i18n="pending": English from modules converted next round (error explanations, export notes…),
 * marked lang="en" meanwhile; `grep -rn 'data-i18n="pending"' src` is that list.
 */
async function untranslatedText(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/[A-Za-z]{2,}/.test(text)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('[translate="no"], [data-i18n="pending"], time, script, style, textarea, option')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      found.push(text.trim());
    }
    return found;
  });
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

    // The export dialog (Export is the set's third button), on a translated tab and on a verbatim one.
    await set.getByRole('button').nth(2).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    expect(await untranslatedText(dialog), 'export dialog (bash)').toEqual([]);
    await dialog.getByRole('tab').nth(3).click();
    await expect(dialog.getByText('~/.aws/credentials', { exact: true })).toBeVisible();
    expect(await untranslatedText(dialog), 'export dialog (credentials file)').toEqual([]);
  });
});

test.describe('the pseudo-locale, federation', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('stsw.lang', 'en-XA'));
  });

  test("the SAML inspector's verdict panel, its checks and causes come from a catalog", async ({ page, request }) => {
    const mint = async (faults: Record<string, boolean>) => {
      const res = await request.post('/_sandbox/saml/mint', { data: { roles: [{ roleArn: 'arn:aws:iam::123456789012:role/TestSaml', principalArn: 'arn:aws:iam::123456789012:saml-provider/SAML-test' }], faults } });
      expect(res.ok()).toBe(true);
      return ((await res.json()) as { samlResponse: string }).samlResponse;
    };
    await page.goto('/#/AssumeRoleWithSAML');
    const panel = page.locator('[data-testid=federation-panel][data-operation=AssumeRoleWithSAML]');
    // Accepted, then rejected (cause, fix, failing check): each with the complete table of checks open.
    for (const faults of [{}, { tamperAfterSigning: true }] as Record<string, boolean>[]) {
      await panel.getByTestId('saml-input').fill(await mint(faults));
      const verdict = panel.getByTestId('verdict');
      await expect(verdict).not.toHaveAttribute('data-verdict', 'pending', { timeout: 30_000 });
      const all = panel.getByTestId('all-checks');
      if ((await all.getAttribute('open')) === null) await all.locator('summary').click();
      const area = panel.getByTestId('verdict-panel');
      await expect(area).toBeVisible();
      expect(await untranslatedText(area), `verdict panel (${JSON.stringify(faults)})`).toEqual([]);
    }
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
