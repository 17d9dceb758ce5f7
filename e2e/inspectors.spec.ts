/**
 * The tools and the history: a sandbox denial's error text pasted into the Authorization message
 * tool becomes a report; the History tab lists every call with no secret in sight (nor in its
 * export) and re-opens a call in its form; the access key inspector decodes an account offline.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from './support/axe';
import { readFileSync } from 'node:fs';
import {
  chooseFromMenu,
  demoUser,
  field,
  openWorkbench,
  operationHeading,
  results,
  revealCredentials,
  SEED_ROLE_ARN,
  sendButton,
  settledResult,
} from './support/workbench';
import { sharedFile } from '../test/shared-files';

const MFA_ROLE = 'arn:aws:iam::123456789012:role/MfaProtectedAdmin';

const tools = (page: Page): Locator => page.getByRole('navigation', { name: 'Tools' });
const toolHeading = (page: Page, name: string): Locator => page.getByRole('heading', { level: 1, name, exact: true });
const asideTab = (page: Page, name: RegExp): Locator => results(page).getByRole('tab', { name });
const historyPanel = (page: Page): Locator => page.getByTestId('history');


async function openTool(page: Page, name: string): Promise<void> {
  await tools(page).getByRole('link', { name, exact: true }).click();
  await expect(toolHeading(page, name)).toBeVisible();
  await expect(tools(page).getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
}

test("a denied AssumeRole reads exactly as AWS's; the sandbox's explanation, pasted into the Authorization message tool, becomes a readable report", async ({ page }) => {
  await openWorkbench(page, { operation: 'AssumeRole' });
  // The demo user may not assume MfaProtectedAdmin without MFA.
  await field(page, 'AssumeRole', 'Role ARN').fill(MFA_ROLE);
  await field(page, 'AssumeRole', 'Role session name').fill('no-mfa');
  await sendButton(page).click();
  const card = await settledResult(page, 'AssumeRole');
  await expect(card.getByTestId('error-code')).toHaveText('AccessDenied');

  // The error as the AWS CLI prints it: exactly AWS's text, no encoded message appended.
  await card.getByText('The error as the AWS CLI prints it').click();
  const errorText = (await card.getByLabel('The error as the AWS CLI prints it', { exact: true }).textContent()) ?? '';
  expect(errorText).toBe(
    `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::123456789012:user/DevAdmin is not authorized to perform: sts:AssumeRole on resource: ${MFA_ROLE}`,
  );
  // The sandbox's explanation travels beside it, in its own response header.
  await expect(card.getByTestId('sandbox-explanation-note')).toContainText('x-sandbox-authorization-message');
  await card.getByRole('button', { name: "Decode the sandbox's explanation" }).click();
  await expect(operationHeading(page, 'DecodeAuthorizationMessage')).toBeVisible();
  const explanation = await field(page, 'DecodeAuthorizationMessage', 'Encoded message').inputValue();
  expect(explanation).toMatch(/^[\w-]{100,}$/);

  await openTool(page, 'Authorization message');
  expect(new URL(page.url()).hash).toBe('#/tools/authorization-message');
  const tool = page.getByTestId('authorization-message-tool');
  const paste = tool.getByLabel('Paste the error text or encoded message', { exact: true });

  // AWS's text carries no encoded message: refused with a reason that points at the sandbox's header.
  await paste.fill(errorText);
  await tool.getByRole('button', { name: 'Decode', exact: true }).click();
  await expect(tool.getByTestId('authorization-problem')).toContainText('carries no encoded authorization message');
  await expect(tool.getByTestId('authorization-problem')).toContainText('x-sandbox-authorization-message');

  await paste.fill(explanation);
  await tool.getByRole('button', { name: 'Decode', exact: true }).click();
  const report = tool.getByTestId('authorization-report');
  await expect(report).toHaveAttribute('data-verdict', 'implicit-deny');
  await expect(report.getByTestId('authorization-verdict')).toContainText('Implicit deny');
  await expect(report.getByTestId('report-action')).toHaveText('sts:AssumeRole');
  await expect(report.getByTestId('report-resource')).toHaveText(MFA_ROLE);
  const parts = report.getByTestId('report-principal').getByLabel('Parts of the principal ARN');
  await expect(parts).toContainText('DevAdmin');
  await expect(parts).toContainText('123456789012');
  await expect(report.getByText('None: no statement allowed the request', { exact: false })).toBeVisible();

  // The context keys, sorted, and searchable.
  const rows = report.getByTestId('context-key');
  expect(await rows.count()).toBeGreaterThan(5);
  const keys = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-key') ?? ''));
  expect(keys).toEqual([...keys].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) || a.localeCompare(b)));
  await report.getByLabel('Search context keys').fill('rolesession');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-key', 'sts:RoleSessionName');
  await expect(rows.first()).toContainText('no-mfa');

  await report.getByRole('button', { name: 'Show raw JSON' }).click();
  await expect(report.getByLabel('Decoded message JSON')).toContainText('"action": "sts:AssumeRole"');
  await expectAccessibleInBothThemes(page, 'the authorization report');

  // The decode was a real call: it is under Results like any other.
  const decoded = await settledResult(page, 'DecodeAuthorizationMessage');
  await expect(decoded).toHaveAttribute('data-status', 'ok');
  await expect(decoded.getByTestId('authorization-report')).toHaveAttribute('data-verdict', 'implicit-deny');
});

test("the seed's practice denial reads fully in the DecodeAuthorizationMessage result", async ({ page, request }) => {
  const res = await request.post('/_sandbox/authorization-message', { data: {} });
  expect(res.ok()).toBe(true);
  const { encodedMessage } = (await res.json()) as { encodedMessage: string };
  await openWorkbench(page, { operation: 'DecodeAuthorizationMessage' });
  await field(page, 'DecodeAuthorizationMessage', 'Encoded message').fill(encodedMessage);
  await sendButton(page).click();
  const card = await settledResult(page, 'DecodeAuthorizationMessage');
  const report = card.getByTestId('authorization-report');
  await expect(report).toHaveAttribute('data-verdict', 'explicit-deny');
  const statement = report.getByTestId('matched-statement');
  await expect(statement).toHaveCount(1);
  await expect(statement).toContainText('DenyOutsideFrankfurt');
  await expect(statement).toContainText('identity policy DenyLargeInstances');
  await expect(statement).toContainText('aws:Region = eu-central-1');
  await expect(report.getByTestId('report-action')).toHaveText('ec2:RunInstances');
});

test('History: every call listed with secrets redacted, exported without secrets, re-opened in its form', async ({ page }) => {
  await openWorkbench(page, { operation: 'AssumeRole' });
  await field(page, 'AssumeRole', 'Role ARN').fill(SEED_ROLE_ARN);
  await field(page, 'AssumeRole', 'Role session name').fill('history-check');
  await field(page, 'AssumeRole', 'MFA serial number').fill('YourMFADeviceSerialNumber');
  await field(page, 'AssumeRole', 'MFA code').fill('123456');
  await sendButton(page).click();
  const card = await settledResult(page, 'AssumeRole');
  await expect(card).toHaveAttribute('data-status', 'ok');
  const creds = await revealCredentials(page, card);

  await chooseFromMenu(page, 'GetAccessKeyInfo');
  await field(page, 'GetAccessKeyInfo', 'Access key ID').fill(creds.accessKeyId);
  await sendButton(page).click();
  await expect(await settledResult(page, 'GetAccessKeyInfo')).toHaveAttribute('data-status', 'ok');

  // Clearing the results does not touch the history.
  await results(page).getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(results(page).getByRole('article')).toHaveCount(0);

  await asideTab(page, /^History/).click();
  const history = historyPanel(page);
  const items = history.getByTestId('history-item');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toHaveAttribute('data-operation', 'GetAccessKeyInfo');
  await expect(items.nth(1)).toHaveAttribute('data-operation', 'AssumeRole');
  await expect(items.nth(1)).toContainText('HTTP 200');
  await expect(items.nth(1)).toContainText('Sandbox');
  await expect(items.nth(1)).toContainText(/\d+ ms/);
  await expect(items.nth(1).getByTestId('history-input')).toContainText('TokenCode•••• (redacted)');
  await expect(items.nth(0).getByTestId('history-input')).toContainText(`${creds.accessKeyId.slice(0, 4)}…${creds.accessKeyId.slice(-4)}`);
  for (const secret of [creds.secretAccessKey, creds.sessionToken, creds.accessKeyId]) await expect(history).not.toContainText(secret);
  await expectAccessibleInBothThemes(page, 'the history');

  // Export JSON: a download with the calls and no secret.
  const download = page.waitForEvent('download');
  await history.getByRole('button', { name: 'Export JSON' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  const doc = JSON.parse(text) as { calls: Array<{ operation: string; input: Record<string, unknown> }> };
  expect(doc.calls.map((c) => c.operation)).toEqual(['AssumeRole', 'GetAccessKeyInfo']);
  expect(doc.calls[0]?.input.TokenCode).toBe('•••• (redacted)');
  for (const secret of [creds.secretAccessKey, creds.sessionToken, creds.accessKeyId]) expect(text).not.toContain(secret);

  // Open in form: the AssumeRole inputs come back, MFA code included (it never left this page's memory).
  await chooseFromMenu(page, 'GetCallerIdentity');
  await asideTab(page, /^History/).click();
  await items.nth(1).getByRole('button', { name: 'Open in form' }).click();
  await expect(operationHeading(page, 'AssumeRole')).toBeVisible();
  await expect(field(page, 'AssumeRole', 'Role ARN')).toHaveValue(SEED_ROLE_ARN);
  await expect(field(page, 'AssumeRole', 'Role session name')).toHaveValue('history-check');
  await expect(field(page, 'AssumeRole', 'MFA code')).toHaveValue('123456');

  await history.getByRole('button', { name: 'Clear all' }).click();
  await expect(items).toHaveCount(0);
  await expect(history).toContainText('Every call you send appears here');
});

test('the access key inspector decodes the account offline, names malformed input, and hands over to GetAccessKeyInfo', async ({ page, request }) => {
  const demo = await demoUser(request);
  await openWorkbench(page);
  await openTool(page, 'Access key inspector');
  const tool = page.getByTestId('access-key-inspector');
  const input = tool.getByLabel('Access key ID', { exact: true });

  await input.fill('AKIARTX3GSDSRMFQALIC');
  await expect(tool.getByTestId('access-key-kind')).toHaveText('Long-term access key (IAM user or root)');
  await expect(tool.getByTestId('access-key-account')).toHaveText('111122223333');
  await expect(tool.getByText(/^Decoded offline/)).toBeVisible();
  await expect(tool.getByTestId('access-key-problems')).toHaveCount(0);

  await expectAccessibleInBothThemes(page, 'the access key inspector');
  await input.fill('AKIARTX3GSDSRMFQAL1C');
  await expect(tool.getByTestId('access-key-problems')).toContainText('“1” is not allowed');
  await expect(tool.getByTestId('access-key-account')).toHaveText('Not decoded');
  await input.fill('AKIA1234');
  await expect(tool.getByTestId('access-key-problems')).toContainText('Access key IDs are 20 characters; this one has 8');
  await input.fill('AKIAIOSFODNN7EXAMPLE');
  await expect(tool.getByText(/older layout/)).toBeVisible();
  await input.fill('AROARTX3GSDSRMFQALICX');
  await expect(tool.getByTestId('access-key-kind')).toHaveText('IAM role');
  await expect(tool.getByTestId('access-key-problems')).toContainText('not of an access key');

  // Compare with STS's answer.
  await input.fill(demo.accessKeyId);
  await expect(tool.getByTestId('access-key-account')).toHaveText('123456789012');
  await tool.getByRole('button', { name: 'Ask GetAccessKeyInfo' }).click();
  await expect(operationHeading(page, 'GetAccessKeyInfo')).toBeVisible();
  await expect(field(page, 'GetAccessKeyInfo', 'Access key ID')).toHaveValue(demo.accessKeyId);
  await sendButton(page).click();
  const card = await settledResult(page, 'GetAccessKeyInfo');
  await expect(card).toHaveAttribute('data-status', 'ok');
  await expect(card).toContainText('123456789012');

});

test("the seed's decoded message, pasted as JSON, renders every field", async ({ page }) => {
  const seed = JSON.parse(readFileSync(sharedFile('seed/cli-examples.json'), 'utf8')) as { examples: Array<{ operation: string; sampleDecodedMessage?: unknown }> };
  const message = seed.examples.find((e) => e.operation === 'DecodeAuthorizationMessage')?.sampleDecodedMessage;
  // A tool is reachable by its address too.
  await page.goto('/#/tools/authorization-message');
  await expect(toolHeading(page, 'Authorization message')).toBeVisible();
  const tool = page.getByTestId('authorization-message-tool');
  await tool.getByLabel('Paste the error text or encoded message', { exact: true }).fill(JSON.stringify(message, null, 2));
  await tool.getByRole('button', { name: 'Read the JSON', exact: true }).click();
  const report = tool.getByTestId('authorization-report');
  await expect(report).toHaveAttribute('data-verdict', 'explicit-deny');
  await expect(report.getByTestId('authorization-verdict')).toContainText('Explicit deny');
  await expect(report.getByTestId('report-action')).toHaveText('RunInstances(service ec2)');
  await expect(report.getByTestId('report-resource')).toHaveText('arn:aws:ec2:us-east-1:111122223333:instance/*');
  const principal = report.getByTestId('report-principal');
  await expect(principal).toContainText('arn:aws:sts::111122223333:assumed-role/Developer/Ana');
  await expect(principal).toContainText('AROA123456789EXAMPLE:Ana');
  await expect(principal.getByLabel('Parts of the principal ARN')).toContainText('sessionAna');
  const statement = report.getByTestId('matched-statement');
  await expect(statement).toContainText('VisualEditor0');
  await expect(statement).toContainText('Deny');
  await expect(statement).toContainText('ec2:RunInstances');
  await expect(statement).toContainText('AROA123456789EXAMPLE');
  await expect(report.getByTestId('context-key')).toHaveCount(18);
  await expect(report.locator('[data-testid=context-key][data-key="ec2:MetadataHttpTokens"]')).toContainText('required');
  await report.getByLabel('Search context keys').fill('t2.micro');
  await expect(report.getByTestId('context-key')).toHaveCount(1);
  await expect(report.getByTestId('context-key')).toHaveAttribute('data-key', 'ec2:InstanceType');
  await report.getByLabel('Search context keys').fill('');
  await report.screenshot({ path: test.info().outputPath('seed-report.png') });
});

test('the command palette finds the tools too, and takes you back to an operation', async ({ page }) => {
  await openWorkbench(page, { operation: 'GetCallerIdentity' });
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Switch operation' });
  await page.keyboard.type('world');
  const option = palette.getByRole('option', { name: /Sandbox world/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(option).toContainText('Tools');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(toolHeading(page, 'Sandbox world')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#/tools/sandbox-world');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('get-caller');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'GetCallerIdentity' })).toBeVisible();
  await expect(toolHeading(page, 'Sandbox world')).toBeHidden();
});
