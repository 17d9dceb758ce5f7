/**
 * Credentials you can use: every result with Credentials becomes a set in the sidebar; a set
 * becomes the source of the next call (role chaining, with STS's 1-hour rule shown before the
 * call); sets expire by the sandbox clock with a notice; the bash export works in the real AWS CLI;
 * and the opt-in encrypted vault keeps sets across a reload only behind the passphrase.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectTraces, whereFound } from './support/storage';
import { credentialSidebar, storageGroup, turnOnPersistence, unlockVault } from './support/vault';
import { advanceClock, field, openWorkbench, sendButton, SERVER_ORIGIN, settledResult, STATIC_ORIGIN } from './support/workbench';

const AUDITOR = 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor';
const ENDPOINT = SERVER_ORIGIN;
const VAULT_DB = 'sts-workbench-vault';

const sidebar = credentialSidebar;
// A set by its name (the item's accessible name): the name also shows, verbatim, as the signer of the sets it signed.
const setItem = (page: Page, name: string): Locator => sidebar(page).getByRole('listitem', { name, exact: true });
const chainBanner = (page: Page): Locator => page.getByRole('region', { name: 'Source credentials chain' });

async function assumeAuditor(page: Page, session: string, duration?: string): Promise<Locator> {
  await field(page, 'AssumeRole', 'Role ARN').fill(AUDITOR);
  await field(page, 'AssumeRole', 'Role session name').fill(session);
  await field(page, 'AssumeRole', 'Duration (seconds)').fill(duration ?? '');
  await sendButton(page).click();
  return settledResult(page, 'AssumeRole');
}

/** "59m 12s left" → seconds. */
function secondsLeft(text: string): number {
  const part = (unit: string) => Number(new RegExp(`(\\d+)${unit}`).exec(text)?.[1] ?? 0);
  return part('h') * 3600 + part('m') * 60 + part('s');
}

async function exportText(page: Page, setName: string, tab: string): Promise<string> {
  await setItem(page, setName).getByRole('button', { name: `Export ${setName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Export ${setName}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('tab', { name: tab, exact: true }).click();
  const text = (await dialog.getByLabel(`${tab} export`, { exact: true }).textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return text;
}

test('a role chain: sets, use as source, the 1-hour rule, expiry by the sandbox clock, and a bash export the AWS CLI accepts', async ({ page }) => {
  await openWorkbench(page, { operation: 'AssumeRole' });
  await expect(sidebar(page).getByTestId('credential-set')).toHaveCount(0);

  // The demo user assumes role A: the result becomes a set, with identity, countdown and source.
  expect(await (await assumeAuditor(page, 'auditor-a')).getAttribute('data-status')).toBe('ok');
  const a = setItem(page, 'ReadOnlyAuditor/auditor-a');
  await expect(a).toBeVisible();
  await expect(a.getByText('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/auditor-a', { exact: true })).toBeVisible();
  await expect(a.getByText(/From AssumeRole · signed by DevAdmin/)).toBeVisible();
  await expect(a.getByTestId('set-countdown')).toHaveText(/left$/);
  // The sidebar never shows secrets.
  await expect(sidebar(page).getByText(/IQoJ|secret/i)).toHaveCount(0);

  // Use as source: the chain is user → role A, and AssumeRole now falls under the 1-hour cap.
  await a.getByRole('button', { name: 'Use as source: ReadOnlyAuditor/auditor-a' }).click();
  await expect(a.getByText('in use', { exact: true })).toBeVisible();
  const chain = chainBanner(page).getByRole('list', { name: 'Chain path' }).getByRole('listitem');
  await expect(chain).toHaveText([/^DevAdmin \(IAM user\)$/, /ReadOnlyAuditor\/auditor-a \(role session\)$/]);
  await expect(chainBanner(page).getByText(/^1-hour cap: this is role chaining/)).toBeVisible();

  // Asking for 2 hours while chaining: the banner says STS will refuse, and STS (the sandbox) does.
  await field(page, 'AssumeRole', 'Role session name').fill('auditor-b');
  await field(page, 'AssumeRole', 'Duration (seconds)').fill('7200');
  const block = chainBanner(page).getByRole('alert');
  await expect(block).toContainText('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
  const refused = await assumeAuditor(page, 'auditor-b', '7200');
  await expect(refused).toHaveAttribute('data-status', 'error');
  await expect(refused.getByText('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.').first()).toBeVisible();
  await expect(sidebar(page).getByTestId('credential-set')).toHaveCount(1);

  // Within the cap it works; the new set lasts at most an hour.
  const ok = await assumeAuditor(page, 'auditor-b', '3600');
  await expect(ok).toHaveAttribute('data-status', 'ok');
  await expect(block).toHaveCount(0);
  const b = setItem(page, 'ReadOnlyAuditor/auditor-b');
  await expect(b.getByText(/signed by ReadOnlyAuditor\/auditor-a/)).toBeVisible();
  const left = secondsLeft((await b.getByTestId('set-countdown').textContent()) ?? '');
  expect(left).toBeGreaterThan(3500);
  expect(left).toBeLessThanOrEqual(3600);

  // Role B as source: three identities.
  await b.getByRole('button', { name: 'Use as source: ReadOnlyAuditor/auditor-b' }).click();
  await expect(chain).toHaveText([/^DevAdmin \(IAM user\)$/, /ReadOnlyAuditor\/auditor-a \(role session\)$/, /ReadOnlyAuditor\/auditor-b \(role session\)$/]);

  // The bash export, run as written by bash, signs a real AWS CLI call to the sandbox.
  const bash = await exportText(page, 'ReadOnlyAuditor/auditor-b', 'bash / zsh');
  expect(bash).toMatch(/^export AWS_ACCESS_KEY_ID='ASIA[A-Z2-7]{16}'$/m);
  expect(bash).toMatch(/^export AWS_SESSION_TOKEN='/m);
  const hasAws = spawnSync('sh', ['-c', 'command -v aws']).status === 0;
  if (!hasAws) {
    test.info().annotations.push({ type: 'skipped-step', description: 'aws CLI not installed: the export was not run through it' });
  } else {
    const env: Record<string, string> = { AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_EC2_METADATA_DISABLED: 'true' };
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('AWS_')) env[k] = v;
    env.AWS_CONFIG_FILE = '/dev/null';
    env.AWS_SHARED_CREDENTIALS_FILE = '/dev/null';
    // No --endpoint-url: the export itself points the CLI at the sandbox (AWS_ENDPOINT_URL_STS), so it cannot reach AWS.
    expect(bash).toContain(`export AWS_ENDPOINT_URL_STS='${ENDPOINT}'`);
    const out = execFileSync('bash', ['-c', `${bash}\nexec aws sts get-caller-identity --region us-east-1 --output json`], { env, timeout: 30_000 }).toString();
    expect((JSON.parse(out) as { Arn: string }).Arn).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/auditor-b');
  }

  // The sandbox clock moves 55 minutes: both sets are within 5 minutes of expiry, and say so once.
  await advanceClock(page, '15 minutes', 3);
  await advanceClock(page, '5 minutes', 2);
  const notices = page.getByRole('status', { name: 'Credential notifications' });
  await expect(notices.getByText('Credential set ReadOnlyAuditor/auditor-b expires in less than 5 minutes.')).toBeVisible();
  await expect(b).toHaveAttribute('data-status', 'expiring');

  // Past expiry: marked Expired (still listed), and a notice.
  await advanceClock(page, '5 minutes', 1);
  await expect(b).toHaveAttribute('data-status', 'expired');
  await expect(b.getByTestId('set-countdown')).toHaveText('Expired');
  await expect(a).toHaveAttribute('data-status', 'expired');
  await expect(notices.getByText('Credential set ReadOnlyAuditor/auditor-b has expired.')).toBeVisible();
  await expect(notices.getByText('Credential set ReadOnlyAuditor/auditor-b expires in less than 5 minutes.')).toHaveCount(0);
  await expect(sidebar(page).getByTestId('credential-set')).toHaveCount(2);
});

test('refresh re-runs the call with the parent\'s keys and replaces the set', async ({ page }) => {
  await openWorkbench(page, { operation: 'AssumeRole' });
  await assumeAuditor(page, 'refresh-me');
  const set = setItem(page, 'ReadOnlyAuditor/refresh-me');
  await expect(set).toBeVisible();
  const bashBefore = await exportText(page, 'ReadOnlyAuditor/refresh-me', 'bash / zsh');
  await set.getByRole('button', { name: 'Refresh ReadOnlyAuditor/refresh-me' }).click();
  await expect(set.getByText('Refreshed.')).toBeVisible();
  await expect(sidebar(page).getByTestId('credential-set')).toHaveCount(1);
  const bashAfter = await exportText(page, 'ReadOnlyAuditor/refresh-me', 'bash / zsh');
  expect(bashAfter.split('\n')[0]).not.toBe(bashBefore.split('\n')[0]);
});

test('refreshing a set made with an MFA code asks for a new code', async ({ page }) => {
  await openWorkbench(page, { operation: 'AssumeRole' });
  await field(page, 'AssumeRole', 'Role ARN').fill('arn:aws:iam::123456789012:role/MfaProtectedAdmin');
  await field(page, 'AssumeRole', 'Role session name').fill('with-mfa');
  await field(page, 'AssumeRole', 'MFA serial number').fill('YourMFADeviceSerialNumber');
  await field(page, 'AssumeRole', 'MFA code').fill('123456');
  await sendButton(page).click();
  await expect(await settledResult(page, 'AssumeRole')).toHaveAttribute('data-status', 'ok');
  const set = setItem(page, 'MfaProtectedAdmin/with-mfa');
  await set.getByRole('button', { name: 'Refresh MfaProtectedAdmin/with-mfa' }).click();
  const dialog = page.getByRole('dialog', { name: 'MFA code for refresh' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Refresh', exact: true })).toBeDisabled();
  // The sandbox device's code is shown in the dialog and typed in by one button (this device has a fixed code).
  await expect(dialog.getByTestId('sandbox-mfa-code')).toContainText('This sandbox device shows 123456 (a fixed code)');
  await dialog.getByRole('button', { name: 'Fill the code' }).click();
  await expect(dialog.getByLabel('MFA code (6 digits)')).toHaveValue('123456');
  await dialog.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(set.getByText('Refreshed.')).toBeVisible();
});

test('persistence is off by default: after a reload nothing of the credentials is left in the browser', async ({ page }) => {
  await openWorkbench(page, { operation: 'AssumeRole' });
  await assumeAuditor(page, 'no-trace');
  await expect(setItem(page, 'ReadOnlyAuditor/no-trace')).toBeVisible();
  const bash = await exportText(page, 'ReadOnlyAuditor/no-trace', 'bash / zsh');
  const secret = /AWS_SECRET_ACCESS_KEY='([^']+)'/.exec(bash)?.[1] ?? '';
  const token = /AWS_SESSION_TOKEN='([^']+)'/.exec(bash)?.[1] ?? '';
  expect(secret.length).toBe(40);

  await page.reload();
  await openWorkbench(page, { operation: 'AssumeRole' });
  await expect(sidebar(page).getByTestId('credential-set')).toHaveCount(0);
  const traces = await collectTraces(page);
  expect(whereFound(traces, secret)).toEqual([]);
  expect(whereFound(traces, token)).toEqual([]);
  expect(Object.keys(traces.indexedDB)).not.toContain(VAULT_DB);
  expect(JSON.stringify(traces.localStorage) + JSON.stringify(traces.sessionStorage)).not.toContain('auditor');
});

test('opt-in encrypted persistence: locked after reload, wrong passphrase refused, the right one restores the sets', async ({ page }) => {
  await openWorkbench(page, { operation: 'AssumeRole' });
  await assumeAuditor(page, 'kept');
  await expect(setItem(page, 'ReadOnlyAuditor/kept')).toBeVisible();
  const bash = await exportText(page, 'ReadOnlyAuditor/kept', 'bash / zsh');
  const secret = /AWS_SECRET_ACCESS_KEY='([^']+)'/.exec(bash)?.[1] ?? '';

  const storage = await turnOnPersistence(page, 'correct horse battery');

  // What is stored is ciphertext: the secret is nowhere in clear.
  const traces = await collectTraces(page);
  expect(Object.keys(traces.indexedDB)).toContain(VAULT_DB);
  expect(whereFound(traces, secret)).toEqual([]);
  expect(JSON.stringify(traces.indexedDB)).not.toContain('auditor');

  await page.reload();
  await openWorkbench(page, { operation: 'AssumeRole' });
  await expect(storage.getByText('Saved credentials and history are locked.', { exact: true })).toBeVisible();
  await expect(sidebar(page).getByTestId('credential-set')).toHaveCount(0);

  await storage.getByLabel('Passphrase to unlock').fill('wrong horse battery');
  await storage.getByRole('button', { name: 'Unlock' }).click();
  await expect(storage.getByRole('alert')).toHaveText('Wrong passphrase: nothing was loaded.');
  await expect(sidebar(page).getByTestId('credential-set')).toHaveCount(0);

  await storage.getByLabel('Passphrase to unlock').fill('correct horse battery');
  await storage.getByRole('button', { name: 'Unlock' }).click();
  await expect(setItem(page, 'ReadOnlyAuditor/kept')).toBeVisible();
  await expect(storage.getByText(/^Unlocked: 1 credential set and \d+ history entr/)).toBeVisible();
  expect(await exportText(page, 'ReadOnlyAuditor/kept', 'bash / zsh')).toBe(bash);

  // Forget: the database is gone.
  await storage.getByRole('button', { name: 'Forget saved data' }).click();
  await expect(storage.getByText('Saved data deleted from this device.')).toBeVisible();
  expect(Object.keys((await collectTraces(page)).indexedDB)).not.toContain(VAULT_DB);
});

test.describe('the in-page sandbox with persistence on', () => {
  test.use({ baseURL: STATIC_ORIGIN });

  test('its sessions survive a reload: its keys and clock come back with the sets', async ({ page }) => {
    await openWorkbench(page, { operation: 'AssumeRole', sandbox: 'in-page' });
    await assumeAuditor(page, 'in-page-kept');
    await turnOnPersistence(page, 'correct horse battery');
    // 15 minutes on the in-page sandbox's clock: after the reload the set must still count from there.
    await advanceClock(page, '15 minutes');
    await expect.poll(async () => secondsLeft((await setItem(page, 'ReadOnlyAuditor/in-page-kept').getByTestId('set-countdown').textContent()) ?? '')).toBeLessThanOrEqual(2700);
    // Written once the vault says so (writes are debounced).
    await expect(storageGroup(page).getByText('Kept on this device, encrypted.', { exact: true })).toBeVisible();

    await page.reload();
    await openWorkbench(page, { operation: 'AssumeRole', sandbox: 'in-page' });
    await unlockVault(page, 'correct horse battery');
    const kept = setItem(page, 'ReadOnlyAuditor/in-page-kept');
    await expect(kept).toHaveAttribute('data-status', 'valid');
    const left = secondsLeft((await kept.getByTestId('set-countdown').textContent()) ?? '');
    expect(left).toBeGreaterThan(2400);
    expect(left).toBeLessThanOrEqual(2700);

    // And the keys work: they sign GetCallerIdentity in the revived sandbox.
    await kept.getByRole('button', { name: 'Use as source: ReadOnlyAuditor/in-page-kept' }).click();
    await page.goto(`${STATIC_ORIGIN}/#/GetCallerIdentity`);
    await sendButton(page).click();
    const who = await settledResult(page, 'GetCallerIdentity');
    await expect(who).toHaveAttribute('data-status', 'ok');
    await expect(who.getByText('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/in-page-kept', { exact: true })).toBeVisible();
  });

  test('when this visit\'s sandbox already issued credentials, the restored sets say they no longer work (no countdown)', async ({ page }) => {
    await openWorkbench(page, { operation: 'AssumeRole', sandbox: 'in-page' });
    await assumeAuditor(page, 'earlier-visit');
    await turnOnPersistence(page, 'correct horse battery');

    await page.reload();
    await openWorkbench(page, { operation: 'AssumeRole', sandbox: 'in-page' });
    await assumeAuditor(page, 'this-visit');
    await unlockVault(page, 'correct horse battery');
    const earlier = setItem(page, 'ReadOnlyAuditor/earlier-visit');
    await expect(earlier).toHaveAttribute('data-status', 'invalid');
    await expect(earlier.getByTestId('set-countdown')).toHaveText('No longer valid');
    await expect(earlier.getByText(/so the earlier one was not put back: these keys no longer work/)).toBeVisible();
    await expect(earlier.getByRole('button', { name: 'Use as source: ReadOnlyAuditor/earlier-visit' })).toBeDisabled();
    await expect(setItem(page, 'ReadOnlyAuditor/this-visit')).toHaveAttribute('data-status', 'valid');
  });
});
