/**
 * A room on one server (`npm start -- --workshop 2`): the instructor page makes one link per
 * attendee; each link opens the workbench signed in as that attendee with the code gone from the
 * address bar; attendee A's live trust-policy edit denies A's AssumeRole while B's is still allowed,
 * and A's Reset to the world file allows it again; the instructor page shows A's live edit.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectTraces } from './support/storage';
import { untranslatedText } from './support/untranslated';
import { doStep, labFiles, openLab } from './support/labs';
import { advanceClock, connectionPanel, field, openConnectionEditor, operationHeading, resultCards, SEED_ROLE_ARN, sendButton, settledResult, chooseFromMenu } from './support/workbench';
import { denyRoleLive, openRole, openWorldTool } from './support/world-edit';

let server: ChildProcess | null = null;
let origin = '';
let token = '';
let stateDir = '';

test.beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'stsw-e2e-room-'));
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', '0', '--state-dir', stateDir, '--workshop', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the room server did not start:\n${out}`)), 60_000);
    server?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /STS Workbench and its sandbox STS: (\S+)/.exec(out)?.[1];
      const t = /instructor token[^\n]*\n\s+(\S+)/.exec(out)?.[1];
      if (url && t) {
        origin = url;
        token = t;
        clearTimeout(timer);
        resolve();
      }
    });
  });
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  rmSync(stateDir, { recursive: true, force: true });
});

async function openInstructorPage(browser: Browser): Promise<Page> {
  const instructor = await (await browser.newContext()).newPage();
  await instructor.goto(`${origin}/#instructor`);
  await instructor.getByLabel(/Instructor token/).fill(token);
  await instructor.getByRole('button', { name: 'Open the room' }).click();
  await expect(instructor.getByTestId('room-attendee')).toHaveCount(2);
  return instructor;
}

async function attendeePage(browser: Browser, link: string, id: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(connectionPanel(page).getByText(`Signing as demo user ${id}`, { exact: false })).toBeVisible();
  // The one-time code left the address bar at once.
  expect(page.url()).not.toContain('join=');
  return page;
}

async function assume(page: Page, session: string) {
  if (!(await operationHeading(page, 'AssumeRole').isVisible())) await chooseFromMenu(page, 'AssumeRole');
  await field(page, 'AssumeRole', 'Role ARN').fill(SEED_ROLE_ARN);
  await field(page, 'AssumeRole', 'Role session name').fill(session);
  await sendButton(page).click();
  return settledResult(page, 'AssumeRole');
}

test('the instructor\'s links sign two attendees in; A\'s live trust edit and reset leave B\'s AssumeRole alone', async ({ browser }) => {
  test.setTimeout(180_000); // three browser pages and two sign-ins in one journey
  const instructor = await openInstructorPage(browser);
  expect(instructor.url()).not.toContain(token);
  await instructor.getByRole('button', { name: 'Make a link for every attendee' }).click();
  const linkTexts = instructor.getByTestId('room-link');
  await expect(linkTexts).toHaveCount(2);
  const [linkA, linkB] = await linkTexts.allTextContents();
  expect(linkA).toMatch(/\/#join=[0-9A-Z]{5}-[0-9A-Z]{5}$/);

  const a = await attendeePage(browser, linkA ?? '', 'attendee-01');
  const b = await attendeePage(browser, linkB ?? '', 'attendee-02');

  await openWorldTool(a);
  const detail = await denyRoleLive(a, 'xaccounts3access');
  const denied = await assume(a, 'a-after-edit');
  await expect(denied).toHaveAttribute('data-status', 'error');
  await expect(denied).toContainText('AccessDenied');
  await expect(denied).toContainText('user/workshop/attendee-01 is not authorized to perform: sts:AssumeRole');

  const allowed = await assume(b, 'b-while-a-edits');
  await expect(allowed).toHaveAttribute('data-status', 'ok');
  await expect(allowed).toContainText('assumed-role/xaccounts3access/b-while-a-edits');

  // The instructor page (polled) names A's live edit and none for B; no secret anywhere on it.
  await expect(instructor.getByTestId('room-attendee').nth(0)).toContainText(SEED_ROLE_ARN, { timeout: 15_000 });
  await expect(instructor.getByTestId('room-attendee').nth(1)).toContainText('none');
  await expect(instructor.getByTestId('instructor-page')).not.toContainText(token);

  await openWorldTool(a);
  await openRole(a, 'xaccounts3access');
  await detail.getByRole('button', { name: 'Reset to the world file' }).first().click();
  await expect(detail.getByTestId('world-live-status').first()).toContainText('Back to the world file.');
  const again = await assume(a, 'a-after-reset');
  await expect(again).toHaveAttribute('data-status', 'ok');
  await expect(again).toContainText('assumed-role/xaccounts3access/a-after-reset');

  // A used link is spent: opening it again is refused with the server's reason.
  const reused = await (await browser.newContext()).newPage();
  await reused.goto(linkA ?? '');
  await expect(connectionPanel(reused).getByText('Sandbox · unavailable', { exact: true })).toBeVisible();
  await openConnectionEditor(reused);
  await expect(reused.getByText(/This join code is not valid/)).toBeVisible();
});

test('an attendee who reloads stays that attendee (their keys, their clock); the instructor page shows A\'s lab step and not B\'s', async ({ browser }) => {
  test.setTimeout(180_000);
  const instructor = await openInstructorPage(browser);
  await instructor.getByRole('button', { name: 'Make a link for every attendee' }).click();
  await expect(instructor.getByTestId('room-link')).toHaveCount(2);
  const [linkA, linkB] = await instructor.getByTestId('room-link').allTextContents();
  const a = await attendeePage(browser, linkA ?? '', 'attendee-01');
  const b = await attendeePage(browser, linkB ?? '', 'attendee-02');

  // A completes the first step of a lab; B does nothing.
  const lab = labFiles().find((l) => l.id === 'expiry-clock')!;
  await openLab(a, lab);
  await doStep(a, lab, 0);
  const rowA = instructor.getByTestId('room-attendee').nth(0);
  const rowB = instructor.getByTestId('room-attendee').nth(1);
  await expect(rowA.getByTestId('room-progress')).toContainText(`${lab.id}: ${lab.steps[0]!.id}`, { timeout: 15_000 });
  await expect(rowB.getByTestId('room-progress')).toHaveText('none yet');
  // The sandbox's record: ids and times, no key of either attendee anywhere on the page.
  await expect(instructor.getByTestId('instructor-page')).not.toContainText(/AKIA|ASIA|EXAMPLEKEY|IQoJ/);

  // A moves their clock, then reloads: still attendee-01, the clock still theirs, their keys still work.
  await advanceClock(a, '1 hour');
  await a.reload();
  await expect(connectionPanel(a).getByText('Signing as demo user attendee-01', { exact: false })).toBeVisible();
  await expect((await openConnectionEditor(a)).getByTestId('sandbox-clock-offset')).toHaveText('+1h 00m');
  const assumed = await assume(a, 'a-after-reload');
  await expect(assumed).toHaveAttribute('data-status', 'ok');
  await expect(assumed).toContainText('assumed-role/xaccounts3access/a-after-reload');
  // The ticket is this tab's only, never in the address bar; no AWS key or secret is stored.
  expect(a.url()).not.toMatch(/join=|ticket/);
  const traces = await collectTraces(a);
  expect(Object.keys(traces.sessionStorage)).toContain('stsw.attendeeTicket');
  expect(JSON.stringify(traces.localStorage) + JSON.stringify(traces.sessionStorage)).not.toMatch(/AKIA|ASIA|EXAMPLEKEY|IQoJ/);
  // B's clock never moved.
  await expect((await openConnectionEditor(b)).getByTestId('sandbox-clock-offset')).toHaveText('real time');
  await expect(rowA).toContainText('+3600 s', { timeout: 15_000 });
  await expect(rowB).toContainText('real time');
});

test('an attendee completes the labs that name the signed-in user (01, 05) and the permission-check lab (03) as their own user; the instructor page shows the steps', async ({ browser }) => {
  test.setTimeout(300_000);
  const instructor = await openInstructorPage(browser);
  await instructor.getByRole('button', { name: 'Make a link for every attendee' }).click();
  await expect(instructor.getByTestId('room-link')).toHaveCount(2);
  const [, linkB] = await instructor.getByTestId('room-link').allTextContents();
  const b = await attendeePage(browser, linkB ?? '', 'attendee-02');
  const rowB = instructor.getByTestId('room-attendee').nth(1);
  for (const id of ['first-assume-role', 'mfa', 'session-policies']) {
    const lab = labFiles().find((l) => l.id === id)!;
    await openLab(b, lab);
    for (let i = 0; i < lab.steps.length; i++) await doStep(b, lab, i);
    await expect(rowB.getByTestId('room-progress')).toContainText(lab.steps.at(-1)!.id, { timeout: 15_000 });
    // Back to the list of labs for the next one.
    await b.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Labs', exact: true }).click();
    await b.getByRole('button', { name: '← All labs' }).click();
  }
  // The attendee's own user answered GetCallerIdentity (lab 01's check is the signed-in user's ARN, not DevAdmin's).
  await chooseFromMenu(b, 'GetCallerIdentity');
  await expect(resultCards(b, 'GetCallerIdentity').filter({ hasText: 'arn:aws:iam::123456789012:user/workshop/attendee-02' }).first()).toBeVisible();
  await expect(instructor.getByTestId('instructor-page')).not.toContainText(/AKIA|ASIA|EXAMPLEKEY|IQoJ/);
});

test('the instructor page, in the pseudo-locale, comes from the catalogs: the sign-in, a wrong token, the room with its links', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(() => localStorage.setItem('stsw.lang', 'en-XA'));
  await page.goto(`${origin}/#instructor`);
  const area = page.getByTestId('instructor-page');
  await expect(area).toBeVisible();
  expect(await untranslatedText(area), 'sign-in').toEqual([]);
  // Found by structure: the token field and the form's button, whatever their (accented) names.
  await area.locator('input').first().fill('not-the-token');
  await area.locator('button[type="submit"], form button').first().click();
  await expect(page.getByTestId('instructor-error')).toBeVisible();
  expect(await untranslatedText(area), 'a wrong token').toEqual([]);
  await area.locator('input').first().fill(token);
  await area.locator('button[type="submit"], form button').first().click();
  await expect(page.getByTestId('room-attendee')).toHaveCount(2);
  expect(await untranslatedText(area), 'the room').toEqual([]);
});
