/**
 * Driving a lab through the UI as an attendee would: open it from Labs, and for each step press
 * Show me, do what the step needs (advance the clock), and Send (Send anyway where the workbench
 * warns first); the step must then be checked from that call.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { operationHeading, resultCards, sendButton } from './workbench';

export interface LabFileStep {
  id: string;
  title: { en: string };
  showMe: { operation: string } | { permissionCheck: { action: string; resource: string } };
  clock?: { advanceSeconds: number };
}
export interface LabFile {
  id: string;
  title: { en: string };
  steps: LabFileStep[];
}

/** The lab files of the repository, the ones that move the sandbox clock last (they change the server's clock for what follows). */
export function labFiles(): LabFile[] {
  const dir = new URL('../../labs/', import.meta.url);
  const labs = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as LabFile);
  const movesClock = (l: LabFile) => Number(l.steps.some((s) => s.clock));
  return labs.sort((a, b) => movesClock(a) - movesClock(b));
}

export const labsArea = (page: Page): Locator => page.getByTestId('labs-area');
export const labGuide = (page: Page): Locator => page.getByTestId('lab-guide');

/** Tools → Labs, then the lab by its title. */
export async function openLab(page: Page, lab: LabFile): Promise<void> {
  await page.getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Labs', exact: true }).click();
  await labsArea(page).getByRole('link', { name: lab.title.en, exact: true }).click();
  await expect(page.getByTestId('lab-view')).toHaveAttribute('data-lab', lab.id);
}

/** One step, from the lab view (first step) or the guide above the form (the others). */
export async function doStep(page: Page, lab: LabFile, index: number): Promise<void> {
  const step = lab.steps[index]!;
  const where = index === 0 ? page.getByTestId('lab-view') : labGuide(page);
  const card = where.getByTestId(`lab-step-${step.id}`);
  await expect(card).toBeVisible();
  if (step.clock) {
    const offset = page.getByTestId('sandbox-clock-offset');
    const panelToggle = page.getByTestId('connection-panel').getByRole('button', { name: 'Edit connection' });
    if (await panelToggle.isVisible()) await panelToggle.click();
    const before = await offset.textContent();
    await card.getByRole('button', { name: /^Advance the sandbox clock/ }).click();
    await expect(offset).not.toHaveText(before ?? '');
  }
  const cardsBefore = await resultCards(page).count();
  await card.getByRole('button', { name: `Show me: ${step.title.en}`, exact: true }).click();
  const last = index === lab.steps.length - 1;
  if ('permissionCheck' in step.showMe) {
    // The permission check opens with the question filled, on the step's keys; Check is the user's.
    const tool = page.getByTestId('permission-check-tool');
    await expect(tool.getByLabel('Action')).toHaveValue(step.showMe.permissionCheck.action);
    await expect(tool.getByLabel('Resource')).toHaveValue(step.showMe.permissionCheck.resource);
    await expect(tool.getByTestId('permission-verdict')).toHaveCount(0);
    await expect(labGuide(page)).toContainText(`${index} of ${lab.steps.length} steps done`);
    await tool.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(tool.getByTestId('permission-verdict')).toBeVisible();
    await expect(labGuide(page)).toContainText(last ? 'Lab completed' : `${index + 1} of ${lab.steps.length} steps done`, { timeout: 20_000 });
    return;
  }
  await expect(operationHeading(page, step.showMe.operation)).toBeVisible();
  // Show me fills, never sends.
  await expect(labGuide(page)).toContainText(`${index} of ${lab.steps.length} steps done`);
  expect(await resultCards(page).count(), 'Show me sends nothing').toBe(cardsBefore);
  // Send; where the workbench warns first (a chained or AssumeRoot duration past its cap), Send anyway.
  const anyway = page.getByRole('button', { name: 'Send anyway' });
  await expect(async () => expect((await sendButton(page).isEnabled()) || (await anyway.isVisible())).toBe(true)).toPass();
  if (await sendButton(page).isEnabled()) await sendButton(page).click();
  else await anyway.click();
  await expect(labGuide(page)).toContainText(last ? 'Lab completed' : `${index + 1} of ${lab.steps.length} steps done`, { timeout: 20_000 });
}
