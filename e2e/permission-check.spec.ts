/**
 * "What can these credentials do?": the same role assumed twice, once plainly and once with a session
 * policy that allows only s3:GetObject. The Permission check tool answers, from the sandbox's own
 * evaluator, that the plain session may put an object and the narrowed one may not (the session policy
 * decided), while both may still read. Against `npm start` and the in-page sandbox on a static host;
 * the check sends the key ID and token to the sandbox's own origin only, never the secret.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from './support/axe';
import { field, openWorkbench, operationSection, SEED_ROLE_ARN, sendButton, settledResult, SERVER_ORIGIN, STATIC_ORIGIN } from './support/workbench';

const READ_ONLY = '{"Version": "2012-10-17", "Statement": [{"Sid": "ReadOnly", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}';
const OBJECT = 'arn:aws:s3:::reports/q3.csv';

const tool = (page: Page): Locator => page.getByTestId('permission-check-tool');

async function assume(page: Page, sessionName: string, policy?: string): Promise<void> {
  await field(page, 'AssumeRole', 'Role ARN').fill(SEED_ROLE_ARN);
  await field(page, 'AssumeRole', 'Role session name').fill(sessionName);
  if (policy) {
    const plain = operationSection(page, 'AssumeRole').getByRole('button', { name: 'Plain text editor' });
    await plain.click();
    await expect(plain).toHaveAttribute('aria-pressed', 'true');
    await field(page, 'AssumeRole', 'Inline session policy').fill(policy);
  }
  await sendButton(page).click();
  await expect(await settledResult(page, 'AssumeRole')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('credential-set').filter({ hasText: `xaccounts3access/${sessionName}` })).toHaveCount(1);
}

async function check(page: Page, sessionName: string, action: string): Promise<Locator> {
  const select = tool(page).getByLabel('Credentials', { exact: true });
  const label = await select.locator('option', { hasText: `xaccounts3access/${sessionName} ` }).textContent();
  await select.selectOption({ label: label ?? '' });
  await tool(page).getByLabel('Action', { exact: true }).fill(action);
  await tool(page).getByLabel('Resource', { exact: true }).fill(OBJECT);
  await tool(page).getByRole('button', { name: 'Check', exact: true }).click();
  const verdict = tool(page).getByTestId('permission-verdict');
  await expect(verdict).toContainText(`${action} on ${OBJECT}`);
  return verdict;
}

for (const where of ['server', 'in-page'] as const) {
  test.describe(`against the ${where === 'server' ? 'sandbox server' : 'in-page sandbox'}`, () => {
    test.use({ baseURL: where === 'server' ? SERVER_ORIGIN : STATIC_ORIGIN });

    test('a session policy narrows what the role may do, and the tool says which policy decided', async ({ page }) => {
      const sent: { url: string; body: string }[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/_sandbox/permission-check')) sent.push({ url: r.url(), body: r.postData() ?? '' });
      });
      await openWorkbench(page, { operation: 'AssumeRole', sandbox: where });
      await assume(page, 'wide');
      await assume(page, 'narrow', READ_ONLY);

      await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Permission check', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Permission check', exact: true })).toBeVisible();
      expect(new URL(page.url()).hash).toBe('#/tools/permission-check');

      // The role alone may put the object: its identity policy allows s3:*.
      const wide = await check(page, 'wide', 's3:PutObject');
      await expect(wide).toHaveText(/^Allowed\s*Allowed: s3:PutObject on arn:aws:s3:::reports\/q3\.csv \(statement 0 of role\/xaccounts3access policy 1\)\.$/);

      // The same role with the session policy may not: the session policy decided, and AWS's message says so.
      const narrow = await check(page, 'narrow', 's3:PutObject');
      await expect(narrow).toHaveText(/^Denied\s*Denied: s3:PutObject on arn:aws:s3:::reports\/q3\.csv: the session policy does not allow it\.$/);
      await expect(tool(page).getByTestId('permission-aws-message')).toHaveText(
        'User: arn:aws:sts::123456789012:assumed-role/xaccounts3access/narrow is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::reports/q3.csv because no session policy allows the s3:PutObject action',
      );
      await expect(tool(page).getByTestId('permission-policies')).toContainText('role/xaccounts3access policy 1');
      await expect(tool(page).getByTestId('permission-policies')).toContainText('session policy 1');
      // axe once (the page is the same against either sandbox).
      if (where === 'server') await expectAccessibleInBothThemes(page, 'the permission check');

      // Reading is still allowed: by the role's statement and the session policy's ReadOnly statement together.
      const read = await check(page, 'narrow', 's3:GetObject');
      await expect(read).toContainText('Allowed: s3:GetObject');
      await expect(tool(page).getByTestId('permission-statements')).toContainText('Sid ReadOnly of session policy 1');

      // The same answer in French: the sandbox sends each sentence's Message beside its English, so the verdict,
      // the policies read and every statement's reason follow the page's language; nothing stays English but
      // what is AWS's (marked translate="no").
      await page.getByRole('banner').getByRole('combobox').selectOption('fr');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(tool(page).getByTestId('permission-verdict')).toHaveText(/^Autorisé\s*Autorisé : s3:GetObject sur arn:aws:s3:::reports\/q3\.csv \(/);
      await expect(tool(page).getByTestId('permission-policies')).toContainText('politique de session 1');
      await expect(tool(page).getByTestId('permission-statements')).toContainText("(Allow) s'applique : ");
      await expect(tool(page).getByTestId('permission-result').locator('[data-i18n="pending"], [lang="en"]:not([translate="no"])')).toHaveCount(0);
      await page.getByRole('banner').getByRole('combobox').selectOption('en');

      // Only the sandbox's own origin was asked (in the page, nothing went over the network), and never with the secret.
      if (where === 'server') {
        expect(sent.length).toBe(3);
        for (const r of sent) {
          expect(new URL(r.url).origin).toBe(SERVER_ORIGIN);
          expect(Object.keys(JSON.parse(r.body) as object).sort()).toEqual(['accessKeyId', 'action', 'resource', 'sessionToken']);
        }
      } else expect(sent).toEqual([]);
    });
  });
}
