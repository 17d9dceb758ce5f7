/**
 * The Sandbox world tool: what the sandbox contains (organization, accounts, users, roles,
 * providers), a role found by the filter, its trust policy in the policy editor's trust mode
 * (markers included, edits local), and the role carried into AssumeRole and sent. Also the SAML
 * hand-over, and the message when calls do not go to the sandbox.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from './support/axe';
import { denyRoleLive, openRole } from './support/world-edit';
import {
  connectionPanel,
  demoUser,
  field,
  openConnectionEditor,
  openWorkbench,
  operationHeading,
  resultCards,
  SEED_ROLE_ARN,
  sendButton,
  settledResult,
  STATIC_ORIGIN,
  tabTo,
} from './support/workbench';

const tool = (page: Page): Locator => page.getByTestId('sandbox-world-tool');
const roleItem = (page: Page, name: string): Locator => tool(page).locator(`[data-testid=world-role][data-role="${name}"]`);
const editorBox = (page: Page, role: string): Locator => page.getByRole('textbox', { name: `Trust policy of ${role} (JSON editor)` });

async function openWorldTool(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Sandbox world', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sandbox world', exact: true })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/tools/sandbox-world');
}


test('find xaccounts3access, read its trust policy with the trust-mode markers, and assume it', async ({ page, request }) => {
  const demo = await demoUser(request);
  await openWorkbench(page);
  await openWorldTool(page);

  // The whole world: the organization, both accounts, the demo user (never its secret).
  await expect(tool(page).getByTestId('world-organization')).toContainText('123456789012 (dev)');
  await expect(tool(page).getByTestId('world-organization')).toContainText('111122223333 (prod)');
  await expect(tool(page).getByTestId('world-account')).toHaveCount(2);
  const devAdmin = tool(page).locator('[data-testid=world-user][data-user="DevAdmin"]');
  await expect(devAdmin).toContainText('Demo user');
  await expect(devAdmin).toContainText(demo.accessKeyId);
  await expect(devAdmin).toContainText('arn:aws:iam::123456789012:mfa/DevAdmin');
  await expect(tool(page)).not.toContainText(demo.secretAccessKey);
  await expect(tool(page).getByTestId('world-saml-provider')).toContainText('arn:aws:iam::123456789012:saml-provider/SAML-test');
  await expect(tool(page).getByTestId('world-oidc-provider').first()).toContainText('workbench-client');
  await expect(roleItem(page, 'TestSaml').getByTestId('world-role-principals')).toHaveText('Federated: SAML-test');
  await expectAccessibleInBothThemes(page, 'the sandbox world');
  await tool(page).screenshot({ path: test.info().outputPath('world.png') });

  // The filter narrows the world to the one role, found by part of its name.
  const filter = tool(page).getByLabel('Find a user, role or provider', { exact: true });
  await filter.fill('XACCOUNTS3');
  await expect(tool(page).getByTestId('world-role')).toHaveCount(1);
  await expect(tool(page).getByTestId('world-user')).toHaveCount(0);
  await expect(tool(page).getByTestId('world-account')).toHaveCount(1);
  const role = roleItem(page, 'xaccounts3access');
  await expect(role).toContainText(SEED_ROLE_ARN);
  await expect(role).toContainText('3,600 seconds (1 hour)');
  await expect(role.getByTestId('world-role-principals')).toHaveText('AWS: arn:aws:iam::123456789012:root');
  await filter.fill('no-such-principal');
  await expect(tool(page).getByText('Nothing in the world matches “no-such-principal”.')).toBeVisible();
  await filter.fill('role/xaccounts3access');

  // Keyboard: from the filter to the role's trust-policy button, opened with Enter.
  const toggle = role.getByRole('button', { name: 'Trust policy of xaccounts3access', exact: true });
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const detail = role.getByTestId('world-role-detail');
  await expect(detail.getByTestId('world-trust-check')).toContainText('no problems under the trust-policy rules');
  await expect(detail.getByTestId('world-local-note')).toContainText('Apply to my sandbox and the sandbox answers AssumeRole with this trust policy from the next call, for you only');
  const text = detail.getByTestId('world-trust-policy-text');
  await expect(text).toHaveValue(/^\{\n {2}"Version": "2012-10-17",\n {2}"Statement": \[/);
  await expect(text).toHaveValue(/"AWS": "arn:aws:iam::123456789012:root"/);

  // Focusing the policy opens the shared editor in trust mode: no problems in the world's policy.
  await text.click();
  await expect(editorBox(page, 'xaccounts3access')).toBeFocused();
  await expect(detail.getByTestId('policy-marker-summary')).toHaveText('No problems found in the policy.');
  await expectAccessibleInBothThemes(page, 'an open trust policy');
  await editorBox(page, 'xaccounts3access').focus();

  // A bad edit, typed: sts:AssumeRole (line 9, '      "Action": "sts:AssumeRole"') becomes s3:GetObject,
  // which has no place in a trust policy.
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'sts:AssumeRole'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('s3:GetObject', { delay: 40 });
  await page.keyboard.press('Escape'); // close any suggestion list
  await expect(detail.getByTestId('policy-editor').locator('.view-lines')).toContainText('"Action": "s3:GetObject"');
  const markers = page.getByRole('list', { name: 'Problems in Trust policy of xaccounts3access' });
  await expect(markers.locator('[data-code="trust-action"]')).toHaveCount(1);
  await expect(markers.locator('[data-code="trust-action"]')).toHaveAccessibleName(/"s3:GetObject" is not a trust-policy action/);
  await expect(detail.getByText('Edited here', { exact: true })).toBeVisible();
  await detail.screenshot({ path: test.info().outputPath('world-role.png') });
  // The edit is local: the world's policy comes back on request.
  await detail.getByRole('button', { name: 'Back to the world’s policy' }).click();
  await expect(detail.getByTestId('policy-marker-summary')).toHaveText('No problems found in the policy.');
  await expect(detail.getByText('Edited here', { exact: true })).toHaveCount(0);

  // Use in AssumeRole: the form with the role filled in; send it and get credentials.
  await detail.getByRole('button', { name: 'Use in AssumeRole', exact: true }).click();
  await expect(operationHeading(page, 'AssumeRole')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/AssumeRole');
  await expect(field(page, 'AssumeRole', 'Role ARN')).toHaveValue(SEED_ROLE_ARN);
  await field(page, 'AssumeRole', 'Role session name').fill('world-explorer');
  await sendButton(page).click();
  const card = await settledResult(page, 'AssumeRole');
  await expect(card).toHaveAttribute('data-status', 'ok');
  await expect(card).toContainText('arn:aws:sts::123456789012:assumed-role/xaccounts3access/world-explorer');
  await expect(card).toContainText(/ASIA[A-Z0-9]{16}/);
});

test('a SAML-trusting role fills AssumeRoleWithSAML with its role and provider ARNs', async ({ page }) => {
  await openWorkbench(page);
  await openWorldTool(page);
  await tool(page).getByLabel('Find a user, role or provider', { exact: true }).fill('TestSaml');
  const role = roleItem(page, 'TestSaml');
  await role.getByRole('button', { name: 'Trust policy of TestSaml', exact: true }).click();
  const detail = role.getByTestId('world-role-detail');
  await expect(detail.getByTestId('world-trust-check')).toContainText('no problems under the trust-policy rules');
  await expect(detail.getByRole('button', { name: 'Use in AssumeRoleWithWebIdentity' })).toHaveCount(0);
  await detail.getByRole('button', { name: 'Use in AssumeRoleWithSAML', exact: true }).click();
  await expect(operationHeading(page, 'AssumeRoleWithSAML')).toBeVisible();
  await expect(field(page, 'AssumeRoleWithSAML', 'Role ARN')).toHaveValue('arn:aws:iam::123456789012:role/TestSaml');
  await expect(field(page, 'AssumeRoleWithSAML', 'SAML provider ARN')).toHaveValue('arn:aws:iam::123456789012:saml-provider/SAML-test');
});

test('with AWS as the target, the tool says the world is only known for the sandbox', async ({ page }) => {
  await openWorkbench(page);
  const panel = await openConnectionEditor(page);
  const targets = panel.getByRole('radiogroup', { name: 'Target' });
  await targets.getByText('AWS', { exact: true }).click();
  await expect(targets.getByRole('radio', { name: 'AWS' })).toBeChecked();
  await openWorldTool(page);
  await expect(tool(page).getByTestId('world-unavailable')).toContainText('The world is only known for the sandbox');
  await expect(tool(page).getByTestId('world-account')).toHaveCount(0);
  // Back to the sandbox: the world is there again.
  await targets.getByText('Sandbox', { exact: true }).click();
  await expect(connectionPanel(page).getByText('Sandbox · this server', { exact: true })).toBeVisible();
  await expect(tool(page).getByTestId('world-account')).toHaveCount(2);
});

test.describe('the in-page sandbox (dist/ on a static server)', () => {
  test.use({ baseURL: STATIC_ORIGIN });

  test('its world is listed the same way, and its role is assumed from the tool', async ({ page }) => {
    await openWorkbench(page, { sandbox: 'in-page' });
    await openWorldTool(page);
    await expect(tool(page).getByTestId('world-account')).toHaveCount(2);
    const role = roleItem(page, 'xaccounts3access');
    await expect(role.getByTestId('world-role-principals')).toHaveText('AWS: arn:aws:iam::123456789012:root');
    await role.getByRole('button', { name: 'Trust policy of xaccounts3access', exact: true }).click();
    await role.getByRole('button', { name: 'Use in AssumeRole', exact: true }).click();
    await expect(field(page, 'AssumeRole', 'Role ARN')).toHaveValue(SEED_ROLE_ARN);
    await field(page, 'AssumeRole', 'Role session name').fill('world-in-page');
    await sendButton(page).click();
    const card = await settledResult(page, 'AssumeRole');
    await expect(card).toHaveAttribute('data-status', 'ok');
    await expect(card).toContainText('arn:aws:sts::123456789012:assumed-role/xaccounts3access/world-in-page');
  });

  test('a live trust-policy edit changes what AssumeRole answers in the page, and Reset to the world file undoes it', async ({ page }) => {
    await openWorkbench(page, { sandbox: 'in-page' });
    await openWorldTool(page);
    const detail = await denyRoleLive(page, 'xaccounts3access');
    await detail.getByRole('button', { name: 'Use in AssumeRole', exact: true }).click();
    await field(page, 'AssumeRole', 'Role session name').fill('denied-live');
    await sendButton(page).click();
    const denied = await settledResult(page, 'AssumeRole');
    await expect(denied).toHaveAttribute('data-status', 'error');
    await expect(denied).toContainText('AccessDenied');
    await openWorldTool(page);
    await openRole(page, 'xaccounts3access');
    await detail.getByRole('button', { name: 'Reset to the world file' }).first().click();
    await expect(detail.getByTestId('world-live-status').first()).toContainText('Back to the world file.');
    await detail.getByRole('button', { name: 'Use in AssumeRole', exact: true }).click();
    await field(page, 'AssumeRole', 'Role session name').fill('allowed-again');
    await sendButton(page).click();
    await expect(resultCards(page, 'AssumeRole').first()).toHaveAttribute('data-status', 'ok', { timeout: 15_000 });
  });
});
