/**
 * The policy editor on AssumeRole's inline session policy: markers (squiggles and the accessible
 * list) from the policy validator, completion of condition keys, the 2,048-character meter that
 * blocks Send, Send anyway with the sandbox's answer, Minify, templates, and the diff against the
 * last send. And Monaco stays out of the entry chunk.
 */
import { firstScreenFiles } from '../scripts/bench/bundle';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { field, openWorkbench, operationSection, SEED_ROLE_ARN, sendButton, setAssumeRolePolicy, settledResult } from './support/workbench';

const EDITOR_NAME = 'Inline session policy (JSON editor)';
const editorBox = (page: Page): Locator => page.getByRole('textbox', { name: EDITOR_NAME });
const editorView = (page: Page): Locator => operationSection(page, 'AssumeRole').getByTestId('policy-editor');
const markerList = (page: Page): Locator => page.getByRole('list', { name: 'Problems in Inline session policy' });
const sendBarStatus = (page: Page): Locator => operationSection(page, 'AssumeRole').getByRole('status').filter({ hasText: /Ready|problem|too large|Required/ });

/** Opens AssumeRole with the seed role filled in and the policy field's Monaco editor focused. */
async function openPolicyEditor(page: Page): Promise<void> {
  await openWorkbench(page, { operation: 'AssumeRole' });
  await field(page, 'AssumeRole', 'Role ARN').fill(SEED_ROLE_ARN);
  await field(page, 'AssumeRole', 'Role session name').fill('policy-editor');
  await field(page, 'AssumeRole', 'Inline session policy').click();
  await expect(editorBox(page)).toBeFocused();
}

/** Nine statements: about 1,570 characters minified, about 2,400 formatted. */
function largePolicy(): string {
  const statement = (i: number) => ({
    Sid: `ReadBucket${i}`,
    Effect: 'Allow',
    Action: ['s3:GetObject', 's3:ListBucket'],
    Resource: [`arn:aws:s3:::amzn-s3-demo-bucket-${i}`, `arn:aws:s3:::amzn-s3-demo-bucket-${i}/*`],
  });
  return JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 9 }, (_, i) => statement(i)) });
}

test('a typo gets a squiggle and an entry in the problem list at its line; completion inserts a condition key', async ({ page }) => {
  await openPolicyEditor(page);
  await setAssumeRolePolicy(page, '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Efect": "Allow",\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }]\n}');

  // Monaco's own error decoration, and the same markers in the accessible list with line and column.
  await expect(editorView(page).locator('.squiggly-error').first()).toBeVisible();
  const typo = markerList(page).getByRole('button', { name: 'Error, line 4, column 5: Unknown element "Efect" in a statement: did you mean "Effect"?', exact: true });
  await expect(typo).toBeVisible();
  await expect(markerList(page).getByRole('button', { name: /^Error, line 3, column 17: The statement has no Effect/ })).toBeVisible();
  // Each entry's name carries its visible words (axe: label-content-name-mismatch).
  await expectNoSeriousViolations(page, 'the problem list', '[data-testid=policy-markers]');
  // Choosing the entry moves the focus (and the cursor) into the editor.
  await typo.click();
  await expect(editorBox(page)).toBeFocused();

  // Fixing the typo in the editor clears the list (after the short debounce).
  // The entry selected "Efect" (quotes included); collapse to its end and step back to after "Ef".
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('f');
  await expect(page.getByTestId('policy-marker-summary')).toHaveText('No problems found in the policy.');
  await expect(editorView(page).locator('.squiggly-error')).toHaveCount(0);
  await expect(page.getByLabel('AWS CLI command', { exact: true })).toContainText('"Effect": "Allow"');

  // An unknown condition operator is reported on its own line.
  await setAssumeRolePolicy(page, '{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Deny",\n    "Action": "*",\n    "Resource": "*",\n    "Condition": {"StringEqual": {"aws:RequestedRegion": "eu-west-1"}}\n  }]\n}');
  await expect(
    markerList(page).getByRole('button', { name: 'Error, line 7, column 19: Unknown condition operator "StringEqual" (did you mean "StringEquals"?)', exact: true }),
  ).toBeVisible();

  // Completion: a condition key from the policy language services, typed into the Bool block.
  await setAssumeRolePolicy(page, '{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Bool": {}}}]}');
  await editorBox(page).focus();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < '}}}]}'.length; i++) await page.keyboard.press('ArrowLeft');
  // Typed key by key, each landing before the next: quick suggestions open as you type and must not eat keys.
  await page.keyboard.type('"aws:Mul', { delay: 40 });
  await expect(editorView(page).locator('.view-lines')).toContainText('{"Bool": {"aws:Mul');
  await page.keyboard.press('Escape');
  const suggest = page.locator('.suggest-widget');
  await expect(suggest).toBeHidden();
  await page.keyboard.press('Control+Space');
  await expect(suggest).toBeVisible();
  const option = suggest.getByRole('option', { name: /aws:MultiFactorAuthPresent/ }).first();
  await expect(option).toBeVisible();
  await option.click();
  await expect(editorView(page).locator('.view-lines')).toContainText('"Bool": {"aws:MultiFactorAuthPresent": ""}}}]}');
  await expect(page.getByLabel('AWS CLI command', { exact: true })).toContainText('aws:MultiFactorAuthPresent');
});

test('over 2,048 characters blocks Send; Send anyway gets the sandbox error; Minify unblocks; templates; diff with the last send', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPolicyEditor(page);
  const meter = page.getByRole('meter', { name: 'Session policy size' });
  await expect(meter).toHaveAttribute('aria-valuenow', '0');

  // Paste a minified policy: format on paste lays it out, which takes it over the limit.
  const policy = largePolicy();
  expect(policy.length).toBeLessThan(2048);
  await page.evaluate((text) => navigator.clipboard.writeText(text), policy);
  await editorBox(page).focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+v');
  const formattedLength = JSON.stringify(JSON.parse(policy), null, 2).length;
  expect(formattedLength).toBeGreaterThan(2048);
  await expect(meter).toHaveAttribute('aria-valuenow', String(formattedLength));
  await expect(page.getByTestId('policy-size-value')).toHaveText(`${formattedLength.toLocaleString('en-US')} of 2,048 characters`);

  // Send is blocked, and the Send bar names the size.
  await expect(sendButton(page)).toBeDisabled();
  await expect(sendBarStatus(page)).toContainText(`Session policies too large: ${formattedLength.toLocaleString('en-US')} of 2,048 characters`);

  // Send anyway: the sandbox answers as STS does, naming the size.
  await operationSection(page, 'AssumeRole').getByRole('button', { name: 'Send anyway' }).click();
  const refused = await settledResult(page, 'AssumeRole');
  await expect(refused).toHaveAttribute('data-status', 'error');
  await expect(refused.getByTestId('error-code')).toHaveText('ValidationError');
  await expect(refused.getByTestId('error-message')).toContainText(`is ${formattedLength} characters; it must not exceed 2048`);

  // Minify brings it under the limit and Send works again.
  await operationSection(page, 'AssumeRole').getByRole('button', { name: 'Minify', exact: true }).click();
  await expect(meter).toHaveAttribute('aria-valuenow', String(policy.length));
  await expect(sendButton(page)).toBeEnabled();
  await expect(sendBarStatus(page)).toContainText('Ready');
  await sendButton(page).click();
  await expect(page.getByRole('complementary', { name: 'Results' }).getByRole('article').first()).toHaveAttribute('data-status', 'ok', { timeout: 15_000 });
  // The PackedPolicySize STS returned shows beside the meter, with what it means.
  await expect(page.getByTestId('packed-policy-size')).toContainText(/Packed: \d+%/);
  await expect(page.getByTestId('packed-policy-size')).toContainText('compressed binary form');

  // A template replaces the policy.
  await page.getByRole('combobox', { name: 'Insert a template' }).selectOption({ label: 'Read-only access to one S3 bucket' });
  await expect(editorView(page).locator('.view-lines')).toContainText('"Sid": "ListBucket"');
  await expect(page.getByTestId('policy-marker-summary')).toHaveText('No problems found in the policy.');

  // Compare with last sent: Monaco's diff editor, the template against the minified policy.
  const compare = page.getByRole('button', { name: 'Compare with last sent' });
  await compare.click();
  await expect(compare).toHaveAttribute('aria-pressed', 'true');
  const diff = page.getByTestId('policy-diff');
  await expect(diff.locator('.monaco-diff-editor')).toBeVisible();
  await expect(diff.locator('.line-insert, .char-insert').first()).toBeVisible();
  await expect(diff).toContainText('ReadBucket0');
  await compare.click();
  await expect(diff).toBeHidden();
  await expect(editorView(page)).toBeVisible();
});

test('Monaco is not in the entry chunk nor its static imports, and loads only when the policy field is used', async ({ page }) => {
  const dist = join(process.cwd(), 'dist');
  // The entry and everything it imports statically (not import() calls: those are the lazy chunks), as the bench counts them.
  const seen = new Set(firstScreenFiles(dist).filter((f) => f.endsWith('.js')));
  expect([...seen].some((f) => f.startsWith('assets/index-')), 'index.html has a module entry script').toBe(true);
  for (const file of seen) {
    const code = readFileSync(join(dist, file), 'utf8');
    expect(code.includes('MonacoEnvironment') || code.includes('monaco-editor'), `${file} has no Monaco code`).toBe(false);
  }
  // The check can fail: Monaco is in the build, just elsewhere.
  const assets = (await import('node:fs')).readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  expect(assets.some((f) => !seen.has(join('assets', f)) && readFileSync(join(dist, 'assets', f), 'utf8').includes('MonacoEnvironment'))).toBe(true);

  // At run time: no Monaco chunk or worker until the policy field is focused.
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await openWorkbench(page, { operation: 'AssumeRole' });
  await expect(field(page, 'AssumeRole', 'Inline session policy')).toBeVisible();
  expect(loaded.filter((p) => /PolicyMonaco|editor\.worker|json\.worker/.test(p))).toEqual([]);
  await field(page, 'AssumeRole', 'Inline session policy').click();
  await expect(editorBox(page)).toBeFocused();
  expect(loaded.some((p) => p.includes('PolicyMonaco'))).toBe(true);
});

test('trust mode: the same editor in the trust-policy check wants a Principal and sts actions only', async ({ page }) => {
  // An unsigned operation: no "Signing as" line to wait for, only the sandbox.
  await page.goto('/#/AssumeRoleWithWebIdentity');
  await expect(page.getByTestId('target-summary')).toContainText(/this server/, { timeout: 30_000 });
  const trust = page.locator('[data-testid=federation-panel][data-operation=AssumeRoleWithWebIdentity]').getByTestId('trust-policy-check');
  await trust.getByTestId('trust-policy-text').fill('{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }]\n}');
  await trust.getByRole('button', { name: 'JSON editor' }).click();
  await expect(trust.getByRole('textbox', { name: 'Trust policy (JSON)' })).toBeFocused();
  await expect(trust.getByTestId('policy-editor').locator('.squiggly-error').first()).toBeVisible();
  const problems = trust.getByRole('list', { name: 'Problems in Trust policy' });
  await expect(problems.getByRole('button', { name: /^Error, line 3, column 17: The statement has no Principal/ })).toBeVisible();
  await expect(problems.getByRole('button', { name: /^Error, line 5, column 15: "s3:GetObject" is not a trust-policy action/ })).toBeVisible();
  await expect(problems.getByRole('button', { name: /^Error, line 6, column 5: Resource is not allowed in a trust policy/ })).toBeVisible();
  // Trust templates only, and no session-policy size meter here.
  await trust.getByRole('combobox', { name: 'Insert a template' }).selectOption({ label: 'Trust policy: GitHub Actions' });
  await expect(trust.getByTestId('policy-marker-summary')).toHaveText('No problems found in the policy.');
  await expect(trust.getByRole('meter')).toHaveCount(0);
});
