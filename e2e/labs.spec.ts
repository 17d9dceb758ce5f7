/**
 * Every lab of the repository, completed end to end through the UI (Show me, the step's own
 * action, Send), against the sandbox server and against the sandbox in the page; progress is kept
 * as lab and step ids only, and a lab resets.
 */
import { expect, test } from '@playwright/test';
import { collectTraces } from './support/storage';
import { doStep, labFiles, labGuide, labsArea, openLab } from './support/labs';
import { storageGroup, turnOnPersistence, unlockVault } from './support/vault';
import { assumeSeedRole, chooseFromMenu, field, openWorkbench, resultCards, SEED_ROLE_ARN, sendButton, settledResult, STATIC_ORIGIN } from './support/workbench';
import { denyRoleLive, openWorldTool, worldTool } from './support/world-edit';

const LABS = labFiles();

for (const sandbox of ['server', 'in-page'] as const) {
  test.describe(`labs against the sandbox ${sandbox === 'server' ? 'server' : 'in the page'}`, () => {
    if (sandbox === 'in-page') test.use({ baseURL: STATIC_ORIGIN });

    for (const lab of LABS) {
      test(`${lab.id}: every step checked from the calls sent`, async ({ page }) => {
        await openWorkbench(page, { sandbox });
        await openLab(page, lab);
        for (let i = 0; i < lab.steps.length; i++) await doStep(page, lab, i);
        // The list shows the lab completed; progress is lab and step ids, nothing else.
        await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Labs', exact: true }).click();
        await page.getByRole('button', { name: '← All labs' }).click();
        await expect(labsArea(page).getByTestId(`lab-${lab.id}`)).toContainText('Completed');
        const traces = await collectTraces(page);
        expect(JSON.parse(traces.localStorage['stsw.labs'] ?? '{}')[lab.id]).toEqual(lab.steps.map((s) => s.id));
      });
    }
  });
}

test('Labs from the command palette; progress survives a reload, holds no secret, and Reset clears it', async ({ page }) => {
  const lab = LABS.find((l) => l.id === 'first-assume-role')!;
  await openWorkbench(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Labs');
  await page.keyboard.press('Enter');
  await expect(labsArea(page)).toBeVisible();
  await labsArea(page).getByRole('link', { name: lab.title.en, exact: true }).click();
  for (let i = 0; i < 2; i++) await doStep(page, lab, i);
  await expect(resultCards(page, 'AssumeRole').first()).toHaveAttribute('data-status', 'ok');
  // The guide's title goes back to the lab in the Labs area.
  await labGuide(page).getByRole('link', { name: lab.title.en, exact: true }).click();
  await expect(page.getByTestId('lab-view')).toHaveAttribute('data-lab', lab.id);
  await expect(page.getByTestId(`lab-step-${lab.steps[2]!.id}`)).toHaveAttribute('data-state', 'current');

  const traces = await collectTraces(page);
  const stored = traces.localStorage['stsw.labs'] ?? '';
  expect(JSON.parse(stored)).toEqual({ [lab.id]: [lab.steps[0]!.id, lab.steps[1]!.id] });
  // Never a key, a secret or a token: the page's own keys and the role's appear nowhere in storage.
  const everything = JSON.stringify(traces.localStorage) + JSON.stringify(traces.sessionStorage);
  expect(everything).not.toMatch(/AKIA|ASIA|EXAMPLEKEY|IQoJ/);

  await page.reload();
  await openWorkbench(page);
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Labs', exact: true }).click();
  await expect(labsArea(page).getByTestId(`lab-${lab.id}`)).toContainText(`2 of ${lab.steps.length} steps`);
  await labsArea(page).getByRole('link', { name: lab.title.en, exact: true }).click();
  await expect(page.getByTestId(`lab-step-${lab.steps[1]!.id}`)).toHaveAttribute('data-state', 'done');
  await page.getByRole('button', { name: 'Reset this lab' }).click();
  await expect(page.getByTestId(`lab-step-${lab.steps[0]!.id}`)).toHaveAttribute('data-state', 'current');
  await expect(page.getByTestId(`lab-step-${lab.steps[1]!.id}`)).toHaveAttribute('data-state', 'todo');
  expect((await collectTraces(page)).localStorage['stsw.labs']).toBe('{}');
  await expect(labGuide(page)).toHaveCount(0);
});

test('a reset lasts across a reload: the history restored from the vault does not mark the lab\'s steps again', async ({ page }) => {
  test.setTimeout(180_000); // two lab steps, the vault's key derivation twice and a reload
  const lab = LABS.find((l) => l.id === 'first-assume-role')!;
  await openWorkbench(page);
  await openLab(page, lab);
  for (let i = 0; i < 2; i++) await doStep(page, lab, i);
  await turnOnPersistence(page, 'correct horse battery');
  // Labs shows the open lab.
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Labs', exact: true }).click();
  await page.getByRole('button', { name: 'Reset this lab' }).click();
  await expect(page.getByTestId(`lab-step-${lab.steps[0]!.id}`)).toHaveAttribute('data-state', 'current');

  await page.reload();
  await openWorkbench(page);
  await unlockVault(page, 'correct horse battery');
  // The calls are back in the history (the vault held them)…
  await expect(storageGroup(page).getByText(/^Unlocked: .* ([2-9]|\d{2,}) history entr/)).toBeVisible();
  // …and the lab is still at its start.
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Labs', exact: true }).click();
  await labsArea(page).getByRole('link', { name: lab.title.en, exact: true }).click();
  await expect(page.getByTestId(`lab-step-${lab.steps[0]!.id}`)).toHaveAttribute('data-state', 'current');
  await expect(page.getByTestId(`lab-step-${lab.steps[1]!.id}`)).toHaveAttribute('data-state', 'todo');
});

test.describe('the in-page sandbox\'s live world edits across a reload', () => {
  test.use({ baseURL: STATIC_ORIGIN });

  // FIXME (room helper, Dec 4): the "edits are gone" notice shows after the reload, but the next
  // AssumeRole of that role still answered AccessDenied in this journey; not yet explained (the unit
  // test in src/sandbox/room/room.test.ts shows a new in-page sandbox without the edit allows it).
  test('with persistence on they are kept in the vault; without it the World tool says they are gone', async ({ page }) => {
    test.setTimeout(180_000); // two live edits in the policy editor, two reloads and the vault's key derivation twice
    await openWorkbench(page, { sandbox: 'in-page' });
    await openWorldTool(page);
    await denyRoleLive(page, 'xaccounts3access');
    await page.reload();
    await openWorkbench(page, { sandbox: 'in-page' });
    await openWorldTool(page);
    await expect(worldTool(page).getByTestId('world-edits-lost')).toContainText('arn:aws:iam::123456789012:role/xaccounts3access');
    await expect(worldTool(page).getByTestId('world-edits-lost')).toContainText('gone');
    await expect(await assumeSeedRole(page, 'edit-forgotten')).toHaveAttribute('data-status', 'ok');

    await openWorldTool(page);
    await denyRoleLive(page, 'xaccounts3access');
    await turnOnPersistence(page, 'correct horse battery');
    await page.reload();
    await openWorkbench(page, { sandbox: 'in-page' });
    await unlockVault(page, 'correct horse battery');
    await openWorldTool(page);
    await expect(worldTool(page).getByTestId('world-edits-lost')).toHaveCount(0);
    // The kept edit still denies: send by hand (assumeSeedRole expects success).
    await chooseFromMenu(page, 'AssumeRole');
    await field(page, 'AssumeRole', 'Role ARN').fill(SEED_ROLE_ARN);
    await field(page, 'AssumeRole', 'Role session name').fill('edit-kept');
    await sendButton(page).click();
    const denied = await settledResult(page, 'AssumeRole');
    await expect(denied).toHaveAttribute('data-status', 'error');
    await expect(denied).toContainText('AccessDenied');
  });
});
