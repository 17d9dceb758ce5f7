/**
 * Shared steps for the workbench journeys: open the page with its sandbox ready, move between
 * operations, fill fields by their labels, send, and find result cards. Everything goes through
 * accessible names (roles, labels) so the specs read like what a user does.
 */
import { expect, type Locator, type Page, type Response } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { sharedFile } from '../../test/shared-files';
import { SERVER_PORT, STATIC_PORT } from './ports';

/** The static server of playwright.config.ts: dist/ with no sandbox behind it. */
export const STATIC_ORIGIN = `http://127.0.0.1:${STATIC_PORT}`;
/** This worker's own sandbox server (see ports.ts). */
export const SERVER_ORIGIN = `http://127.0.0.1:${SERVER_PORT}`;

/** Every operation @aws-sdk/client-sts exports today, in menu order. */
export const OPERATIONS = [
  'AssumeRole',
  'AssumeRoleWithSAML',
  'AssumeRoleWithWebIdentity',
  'AssumeRoot',
  'GetSessionToken',
  'GetFederationToken',
  'GetScopedCredentials',
  'GetWebIdentityToken',
  'GetDelegatedAccessToken',
  'GetCallerIdentity',
  'GetAccessKeyInfo',
  'DecodeAuthorizationMessage',
] as const;
export type OperationName = (typeof OPERATIONS)[number];

export const SEED_ROLE_ARN = 'arn:aws:iam::123456789012:role/xaccounts3access';

/**
 * Opens the workbench (optionally at `#/Operation`) and waits until the sandbox has been found, so
 * the first send is possible: "this server" on `npm start`, "in this page" on a static host.
 */
export async function openWorkbench(page: Page, options: { operation?: OperationName; sandbox?: 'server' | 'in-page' } = {}): Promise<Response | null> {
  const response = await page.goto(options.operation ? `/#/${options.operation}` : '/');
  // By state, not by words: the panel speaks the page's language ("Sandbox · this server", « Bac à sable · ce serveur »).
  await expect(connectionPanel(page).getByTestId('target-summary')).toHaveAttribute('data-sandbox', options.sandbox === 'in-page' ? 'in-page' : 'server');
  await expect(connectionPanel(page).getByTestId('signing-summary')).toHaveAttribute('data-signing', 'demo');
  if (options.operation) await expect(operationHeading(page, options.operation)).toBeVisible();
  return response;
}

export const connectionPanel = (page: Page): Locator => page.getByTestId('connection-panel');
export const operationNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Operations' });
export const operationHeading = (page: Page, op: string): Locator => page.getByRole('heading', { level: 1, name: op, exact: true });
/** The operation's section: header, form and the Send bar. */
export const operationSection = (page: Page, op: string): Locator => page.getByRole('region', { name: op, exact: true });
export const operationForm = (page: Page, op: string): Locator => page.getByRole('form', { name: op, exact: true });
export const sendButton = (page: Page): Locator => page.getByRole('button', { name: 'Send', exact: true });
export const results = (page: Page): Locator => page.getByRole('complementary', { name: 'Results' });

/** A single-control parameter by its label (exact, so "Role ARN" does not match list items). */
export const field = (page: Page, op: string, label: string): Locator => operationForm(page, op).getByLabel(label, { exact: true });

export async function chooseFromMenu(page: Page, op: string): Promise<void> {
  await operationNav(page).getByRole('link', { name: op, exact: true }).click();
  await expect(operationHeading(page, op)).toBeVisible();
}

/** Ctrl+K, type part of the name, Enter. */
export async function chooseFromPalette(page: Page, op: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Switch operation' });
  await expect(palette).toBeVisible();
  const search = palette.getByRole('combobox', { name: 'Search operations' });
  await expect(search).toBeFocused();
  // Read at once, not retried: the palette must open empty, so what is typed next is the whole query.
  expect(await search.inputValue(), 'the palette opens with an empty search').toBe('');
  await page.keyboard.type(op);
  // Other operations may match too (AssumeRole…, or a summary naming it): arrow down to this one.
  const options = palette.getByRole('option');
  const target = options.filter({ has: page.getByText(op, { exact: true }) });
  await expect(target, `${op} is offered by the palette`).toHaveCount(1);
  const index = await options.evaluateAll((els, t) => els.indexOf(t as HTMLElement), await target.elementHandle());
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(target).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(operationHeading(page, op)).toBeVisible();
  // The keyboard is in the chosen form (its first field), or on Send when it has no fields.
  await expect(operationSection(page, op).locator(':focus')).toHaveCount(1);
}

/** Result cards, newest first. */
export const resultCards = (page: Page, op?: string): Locator => {
  const cards = results(page).getByRole('article');
  return op ? cards.filter({ has: page.getByRole('heading', { level: 3, name: op, exact: true }) }) : cards;
};

/** Waits for the newest card of `op` to settle, and returns it. */
export async function settledResult(page: Page, op: string): Promise<Locator> {
  const card = resultCards(page, op).first();
  await expect(card).toBeVisible();
  await expect(card).not.toHaveAttribute('data-status', 'pending', { timeout: 15_000 });
  return card;
}

export async function openConnectionEditor(page: Page): Promise<Locator> {
  const panel = connectionPanel(page);
  const toggle = panel.getByRole('button', { name: 'Edit connection' });
  if (await toggle.isVisible()) await toggle.click();
  await expect(panel.getByRole('group', { name: 'Source credentials' })).toBeVisible();
  return panel;
}

export async function enterSourceCredentials(page: Page, creds: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }): Promise<void> {
  const panel = await openConnectionEditor(page);
  const group = panel.getByRole('group', { name: 'Source credentials' });
  await group.getByLabel('Access key ID', { exact: true }).fill(creds.accessKeyId);
  await group.getByLabel('Secret access key', { exact: true }).fill(creds.secretAccessKey);
  await group.getByLabel('Session token (temporary credentials only)', { exact: true }).fill(creds.sessionToken ?? '');
}

export interface DemoUser {
  accessKeyId: string;
  secretAccessKey: string;
  arn: string;
  user: string;
}

/** The sandbox's demo user, read the way `npm start` documents it (GET /_sandbox/info), outside the page. */
export async function demoUser(request: { get: (url: string) => Promise<{ ok: () => boolean; json: () => Promise<unknown> }> }): Promise<DemoUser> {
  const res = await request.get('/_sandbox/info');
  expect(res.ok()).toBe(true);
  const info = (await res.json()) as { demo: DemoUser | null };
  expect(info.demo, 'the sandbox world has a demo user').not.toBeNull();
  return info.demo!;
}

/** The AWS CLI documentation's example for an operation (../shared/seed/cli-examples.json). */
export function seedExample(operation: string): readonly string[] {
  const file = sharedFile('seed/cli-examples.json');
  const seed = JSON.parse(readFileSync(file, 'utf8')) as { examples: Array<{ operation: string; cli: string[] }> };
  const example = seed.examples.find((e) => e.operation === operation);
  if (!example) throw new Error(`The seed has no ${operation} example.`);
  return example.cli;
}

/** A multi-line shell command (`\` + newline continuations) as the one line the shell runs. */
export function shellLine(text: string): string {
  return text.replace(/ \\\n\s*/g, ' ').trim();
}

/** A loopback port with nothing listening on it: bound by the OS, then released. */
export async function closedLoopbackPort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Moves the sandbox clock forward with the connection panel's control, `times` steps of `step`. */
export async function advanceClock(page: Page, step: '5 minutes' | '15 minutes' | '1 hour', times = 1): Promise<void> {
  const panel = await openConnectionEditor(page);
  // By value (seconds): the option labels are Intl-formatted in the page's language ("5 min", « 5 min »).
  await panel.getByLabel('Advance by').selectOption(String({ '5 minutes': 300, '15 minutes': 900, '1 hour': 3600 }[step]));
  for (let i = 0; i < times; i++) {
    const before = await panel.getByTestId('sandbox-clock-offset').textContent();
    await panel.getByRole('button', { name: 'Advance clock' }).click();
    await expect(panel.getByTestId('sandbox-clock-offset')).not.toHaveText(before ?? '');
  }
}

/** Presses Tab until `target` has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `Tab reaches it within ${max} presses`).toBeFocused({ timeout: 1 });
}

/** AssumeRole of the seed's role (the sandbox world has it), sent with Send; returns the settled card. */
export async function assumeSeedRole(page: Page, sessionName = 's3-access-example'): Promise<Locator> {
  if (!(await operationHeading(page, 'AssumeRole').isVisible())) await chooseFromMenu(page, 'AssumeRole');
  await field(page, 'AssumeRole', 'Role ARN').fill(SEED_ROLE_ARN);
  await field(page, 'AssumeRole', 'Role session name').fill(sessionName);
  await sendButton(page).click();
  const card = await settledResult(page, 'AssumeRole');
  await expect(card).toHaveAttribute('data-status', 'ok');
  return card;
}

/** The credentials an AssumeRole (or other) card shows, with the secret and token revealed to read them. */
export async function revealCredentials(page: Page, card: Locator): Promise<{ accessKeyId: string; secretAccessKey: string; sessionToken: string }> {
  const value = (copyLabel: string) => card.getByRole('definition').filter({ has: page.getByRole('button', { name: copyLabel, exact: true }) }).getByRole('code');
  for (const what of ['secret access key', 'session token']) {
    await card.getByRole('button', { name: `Reveal ${what}`, exact: true }).click();
    await expect(card.getByRole('button', { name: `Hide ${what}`, exact: true })).toBeVisible();
  }
  const accessKeyId = (await value('Copy access key ID').textContent()) ?? '';
  const secretAccessKey = (await value('Copy secret access key').textContent()) ?? '';
  const sessionToken = (await value('Copy session token').textContent()) ?? '';
  expect(accessKeyId).toMatch(/^ASIA/);
  expect(secretAccessKey).not.toMatch(/•/);
  expect(sessionToken.length).toBeGreaterThan(100);
  return { accessKeyId, secretAccessKey, sessionToken };
}

/**
 * Sets AssumeRole's inline session policy through the plain text editor and switches back to Monaco,
 * which then validates the whole text. (Typed character by character, Monaco's auto-closing brackets
 * and indentation would reshape it.)
 */
export async function setAssumeRolePolicy(page: Page, text: string): Promise<void> {
  const plain = operationSection(page, 'AssumeRole').getByRole('button', { name: 'Plain text editor' });
  await plain.click();
  await expect(plain).toHaveAttribute('aria-pressed', 'true');
  await field(page, 'AssumeRole', 'Inline session policy').fill(text);
  await plain.click();
  await expect(plain).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('textbox', { name: 'Inline session policy (JSON editor)' })).toBeAttached();
}
