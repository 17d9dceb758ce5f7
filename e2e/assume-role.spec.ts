/**
 * AssumeRole with the AWS CLI documentation's example: the live CLI preview equals the documented
 * command, Ctrl+Enter sends it to the sandbox, and the result shows the credentials, the identity
 * and an expiry countdown that ticks.
 */
import { expect, test, type Locator } from '@playwright/test';
import { getOperation } from '../src/catalog/operations';
import { field, openWorkbench, resultCards, seedExample, settledResult, shellLine } from './support/workbench';

const DOCUMENTED = 'aws sts assume-role --role-arn arn:aws:iam::123456789012:role/xaccounts3access --role-session-name s3-access-example';

/** "1h 02m 03s left" → seconds. */
function secondsLeft(text: string): number {
  const part = (unit: string) => Number(new RegExp(`(\\d+)${unit}`).exec(text)?.[1] ?? 0);
  return part('d') * 86400 + part('h') * 3600 + part('m') * 60 + part('s');
}

/** term → definition pairs of a <dl>. */
async function terms(list: Locator): Promise<Record<string, string>> {
  const names = await list.getByRole('term').allInnerTexts();
  const values = await list.getByRole('definition').allInnerTexts();
  return Object.fromEntries(names.map((n, i) => [n.trim(), (values[i] ?? '').trim()]));
}

test('the seed example: documented CLI command, Ctrl+Enter, credentials, identity and a live countdown', async ({ page }) => {
  const cli = seedExample('AssumeRole');
  expect(cli.join(' '), 'the seed still documents this command').toBe(DOCUMENTED);

  await openWorkbench(page, { operation: 'AssumeRole' });
  // Fill the form from the documented command: each --flag names a catalog parameter, hence a label.
  const spec = getOperation('AssumeRole');
  for (let i = 3; i < cli.length; i += 2) {
    const param = spec.params.find((p) => `--${p.cliFlag}` === cli[i]);
    expect(param, `${cli[i]} is a parameter of AssumeRole`).toBeDefined();
    await field(page, 'AssumeRole', param!.label.message).fill(cli[i + 1]!);
  }

  // The live preview: the documented command byte for byte, then only the flags that reach the sandbox.
  const preview = page.getByLabel('AWS CLI command', { exact: true });
  await expect(preview).toContainText('--role-session-name s3-access-example');
  const line = shellLine((await preview.textContent()) ?? '');
  expect(line.slice(0, DOCUMENTED.length)).toBe(DOCUMENTED);
  expect(line[DOCUMENTED.length]).toBe(' ');
  const added = line.slice(DOCUMENTED.length + 1).split(' ');
  const flags = Object.fromEntries(added.flatMap((t, i) => (t.startsWith('--') ? [[t, added[i + 1]]] : [])));
  expect(added).toHaveLength(Object.keys(flags).length * 2);
  expect(flags['--endpoint-url'], 'the preview points the CLI at this sandbox').toBe(new URL(page.url()).origin);
  expect(Object.keys(flags).sort()).toEqual(['--endpoint-url', '--region']);
  expect(flags['--region']).toMatch(/^[a-z]{2}(-[a-z]+)+-\d$/);

  // Ctrl+Enter sends (the focus is still in the last field typed in).
  const sent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === '/');
  await page.keyboard.press('Control+Enter');
  await sent;
  const card = await settledResult(page, 'AssumeRole');
  await expect(card).toHaveAttribute('data-status', 'ok');
  await expect(card.getByText('HTTP 200', { exact: true })).toBeVisible();
  await expect(resultCards(page)).toHaveCount(1);

  // Credentials: a temporary key, its kind and the account it encodes.
  const credentials = card.locator('section').filter({ has: page.getByRole('heading', { name: 'Credentials', exact: true }) });
  const akid = credentials.getByRole('definition').filter({ has: page.getByRole('button', { name: 'Copy access key ID' }) }).getByRole('code');
  await expect(akid).toHaveText(/^ASIA[A-Z2-7]{16}$/);
  await expect(credentials.getByText('ASIA · temporary', { exact: true })).toBeVisible();
  await expect(credentials.getByText('encodes account 123456789012', { exact: true })).toBeVisible();

  // The secret is masked until revealed.
  const reveal = credentials.getByRole('button', { name: 'Reveal secret access key' });
  const secretValue = credentials.getByRole('definition').filter({ has: page.getByRole('button', { name: 'Copy secret access key' }) }).getByRole('code');
  await expect(secretValue).toHaveText(/^•+$/);
  await reveal.click();
  await expect(credentials.getByRole('button', { name: 'Hide secret access key' })).toHaveAttribute('aria-pressed', 'true');
  await expect(secretValue).toHaveText(/^[A-Za-z0-9/+]{40}$/);
  await expect(credentials.getByRole('button', { name: 'Reveal session token' })).toBeVisible();

  // The identity, with the ARN broken into its parts.
  const arn = 'arn:aws:sts::123456789012:assumed-role/xaccounts3access/s3-access-example';
  await expect(card.getByText(arn, { exact: true })).toBeVisible();
  await expect(card.getByText(/^AROA[A-Z0-9]+:s3-access-example$/)).toBeVisible();
  expect(await terms(card.getByLabel('Parts of the Assumed role ARN'))).toEqual({
    partition: 'aws',
    service: 'sts',
    account: '123456789012',
    type: 'assumed-role',
    role: 'xaccounts3access',
    session: 's3-access-example',
  });

  // The countdown ticks: read it, then wait for it to show another value (no fixed sleep).
  const countdown = card.getByTestId('countdown');
  await expect(countdown).toHaveText(/left$/);
  const first = (await countdown.textContent()) ?? '';
  expect(secondsLeft(first)).toBeGreaterThan(3500);
  expect(secondsLeft(first)).toBeLessThanOrEqual(3600);
  await expect(countdown).not.toHaveText(first);
  const second = (await countdown.textContent()) ?? '';
  expect(secondsLeft(second)).toBeLessThan(secondsLeft(first));
  await expect(countdown).toHaveAttribute('data-level', 'ok');
});

test('a new result is brought into view however far the results were scrolled, and announced', async ({ page }) => {
  await openWorkbench(page, { operation: 'GetCallerIdentity' });
  const send = page.getByRole('button', { name: 'Send', exact: true });
  for (let i = 0; i < 5; i++) {
    await send.click();
    await expect(resultCards(page, 'GetCallerIdentity')).toHaveCount(i + 1);
    await expect(resultCards(page, 'GetCallerIdentity').first()).toHaveAttribute('data-status', 'ok');
  }
  // Read the oldest card: the list scrolls down, the newest card leaves the view.
  await resultCards(page, 'GetCallerIdentity').last().scrollIntoViewIfNeeded();
  await expect(resultCards(page, 'GetCallerIdentity').first()).not.toBeInViewport();

  await send.click();
  const newest = await settledResult(page, 'GetCallerIdentity');
  await expect(resultCards(page, 'GetCallerIdentity')).toHaveCount(6);
  await expect(newest).toBeInViewport();
  await expect(page.getByText('GetCallerIdentity succeeded, HTTP 200.')).toBeAttached();
});

test('what leaves the browser is said in full until the first call, then folds to one line that reopens', async ({ page }) => {
  await openWorkbench(page, { operation: 'GetCallerIdentity' });
  const disclosure = page.getByTestId('what-leaves');
  await expect(disclosure).toHaveAttribute('open', '');
  await expect(disclosure.getByText(/The secret access key itself never leaves the browser\./)).toBeVisible();

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(resultCards(page, 'GetCallerIdentity').first()).toHaveAttribute('data-status', 'ok');
  await expect(disclosure).not.toHaveAttribute('open', '');
  await expect(disclosure.getByText(/never leaves the browser/)).toBeHidden();

  await disclosure.getByText('What leaves the browser', { exact: true }).click();
  await expect(disclosure.getByText(/The secret access key itself never leaves the browser\./)).toBeVisible();
});
