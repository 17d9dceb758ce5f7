/**
 * Every operation's form: reached through the menu and through the command palette, every catalog
 * parameter shown with its label, and validation in STS's own words before anything is sent.
 */
import { expect, test, type Locator, type Page, type Request } from '@playwright/test';
import { operations } from '../src/catalog/operations';
import type { ParamSpec } from '../src/catalog/types';
import {
  chooseFromMenu,
  chooseFromPalette,
  field,
  openWorkbench,
  operationForm,
  operationNav,
  operationSection,
  OPERATIONS,
  resultCards,
  SEED_ROLE_ARN,
  sendButton,
  settledResult,
} from './support/workbench';

/** Widgets rendered as a labelled group of controls (fieldset) rather than one labelled control. */
const GROUP_WIDGETS = new Set(['stringList', 'policyArns', 'tags', 'providedContexts']);
const visibleParams = (params: readonly ParamSpec[]) => params.filter((p) => p.widget !== 'transitiveTagKeys');

/** STS calls the page sent (POSTs to the sandbox), as opposed to page loads and /_sandbox/ reads. */
function watchStsCalls(page: Page): Request[] {
  const calls: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && !new URL(r.url()).pathname.startsWith('/_sandbox/')) calls.push(r);
  });
  return calls;
}

/** The links inside `within`, by accessible name, in order. */
async function expectLinks(within: Locator, names: string[]): Promise<void> {
  const links = within.getByRole('link');
  await expect(links).toHaveCount(names.length);
  for (const [i, name] of names.entries()) await expect(links.nth(i)).toHaveAccessibleName(name);
}

test('the menu offers the twelve STS operations, grouped the way users think', async ({ page }) => {
  expect(operations.map((o) => o.name)).toEqual([...OPERATIONS]);
  await openWorkbench(page);
  const nav = operationNav(page);
  await expectLinks(nav, [...OPERATIONS]);
  await expectLinks(nav.getByRole('list', { name: 'Assume a role' }), ['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity', 'AssumeRoot']);
  await expectLinks(nav.getByRole('list', { name: 'Get tokens' }), [
    'GetSessionToken',
    'GetFederationToken',
    'GetScopedCredentials',
    'GetWebIdentityToken',
    'GetDelegatedAccessToken',
  ]);
  await expectLinks(nav.getByRole('list', { name: 'Inspect' }), ['GetCallerIdentity', 'GetAccessKeyInfo', 'DecodeAuthorizationMessage']);
});

for (const spec of operations) {
  test(`${spec.name}: reached by menu and palette, every field labelled, validated before sending`, async ({ page }) => {
    const stsCalls = watchStsCalls(page);
    const other = spec.name === 'GetCallerIdentity' ? 'AssumeRole' : 'GetCallerIdentity';
    await openWorkbench(page, { operation: other });

    await chooseFromMenu(page, spec.name);
    await expect(operationNav(page).getByRole('link', { name: spec.name, exact: true })).toHaveAttribute('aria-current', 'page');
    expect(new URL(page.url()).hash).toBe(`#/${spec.name}`);
    await chooseFromPalette(page, other);
    await chooseFromPalette(page, spec.name);

    const section = operationSection(page, spec.name);
    await expect(section.getByText(`aws sts ${spec.cliName}`, { exact: true })).toBeVisible();
    await expect(section.getByText(spec.summary.message, { exact: true })).toBeVisible();

    // Every parameter of the catalog, by its label; required ones say so to assistive technology.
    const params = visibleParams(spec.params);
    const form = operationForm(page, spec.name);
    for (const p of params) {
      if (GROUP_WIDGETS.has(p.widget)) {
        await expect(form.getByRole('group', { name: p.label.message, exact: true }), `${p.name} is a labelled group`).toBeVisible();
      } else {
        const control = field(page, spec.name, p.label.message);
        await expect(control, `${p.name} has a labelled control`).toBeVisible();
        if (p.required) await expect(control).toHaveAttribute('aria-required', 'true');
      }
    }
    await expect(form.getByRole('button', { name: 'Parameter help' })).toHaveCount(params.length);

    if (params.length === 0) {
      await expect(form.getByText('This operation takes no parameters')).toBeVisible();
      await expect(sendButton(page)).toBeEnabled();
      return;
    }

    // Ctrl+Enter on an empty form: nothing is sent, every required parameter gets STS's "null" message.
    const required = params.filter((p) => p.required);
    if (required.length > 0) {
      await expect(sendButton(page)).toBeDisabled();
      await page.keyboard.press('Control+Enter');
      for (const p of required) {
        const target = GROUP_WIDGETS.has(p.widget) ? form.getByRole('group', { name: p.label.message, exact: true }) : field(page, spec.name, p.label.message);
        await expect(target, `${p.name} says it is missing`).toHaveAccessibleDescription(/failed to satisfy constraint: Member must not be null/);
      }
      const first = required[0]!;
      if (!GROUP_WIDGETS.has(first.widget)) await expect(field(page, spec.name, first.label.message), 'the first problem gets the focus').toBeFocused();
    }

    // Numbers out of range, worded as STS words them.
    const ranged = params.find((p) => p.type.kind === 'integer' && p.type.min !== undefined && p.type.min > 0 && p.type.max !== undefined);
    if (ranged && ranged.type.kind === 'integer') {
      const control = field(page, spec.name, ranged.label.message);
      const path = ranged.memberPath;
      await control.fill(String(ranged.type.min! - 1));
      await expect(control).toHaveAccessibleDescription(
        new RegExp(`Value '${ranged.type.min! - 1}' at '${path}' failed to satisfy constraint: Member must have value greater than or equal to ${ranged.type.min}`),
      );
      await control.fill(String(ranged.type.max! + 1));
      await expect(control).toHaveAccessibleDescription(
        new RegExp(`Value '${ranged.type.max! + 1}' at '${path}' failed to satisfy constraint: Member must have value less than or equal to ${ranged.type.max}`),
      );
      await expect(control).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(sendButton(page)).toBeDisabled();
    await expect(section.getByRole('status').filter({ hasText: /problems? in the input; STS would refuse it/ })).toBeVisible();
    await expect(resultCards(page)).toHaveCount(0);
    expect(stsCalls, 'nothing was sent').toHaveLength(0);
  });
}

test('an invalid RoleSessionName: STS\'s message before sending, the server\'s ValidationError after "Send anyway"', async ({ page }) => {
  const stsCalls = watchStsCalls(page);
  const clause = "Value 'bad:name' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*";
  await openWorkbench(page, { operation: 'AssumeRole' });
  await field(page, 'AssumeRole', 'Role ARN').fill(SEED_ROLE_ARN);
  const name = field(page, 'AssumeRole', 'Role session name');
  await name.fill('bad:name');

  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(operationForm(page, 'AssumeRole').getByText(clause, { exact: true })).toBeVisible();
  await expect(name).toHaveAccessibleDescription(new RegExp(clause.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(sendButton(page)).toBeDisabled();
  await page.keyboard.press('Control+Enter');
  await expect(resultCards(page)).toHaveCount(0);
  expect(stsCalls, 'nothing was sent before "Send anyway"').toHaveLength(0);

  await page.getByRole('button', { name: 'Send anyway' }).click();
  const card = await settledResult(page, 'AssumeRole');
  expect(stsCalls).toHaveLength(1);
  await expect(card).toHaveAttribute('data-status', 'error');
  await expect(card.getByTestId('error-code')).toHaveText('ValidationError');
  await expect(card.getByText(`1 validation error detected: ${clause}`, { exact: true })).toBeVisible();
  await expect(card.getByText('HTTP 400 · ValidationError')).toBeVisible();
  await expect(card.getByText('sent anyway', { exact: true })).toBeVisible();
});
