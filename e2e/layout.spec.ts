/**
 * The workbench on three screens — a phone (390x844), a projector (1280x720) and a desktop (1440x900) —
 * checked for what a user notices: nothing wider than the screen, no box drawn over another, every operation
 * within reach whatever the number of credential sets, a header that never scrolls away, the result of a
 * call in view (and announced), presenter mode, and no Ctrl-K advertised on a touch screen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from './support/axe';
import { collectTraces } from './support/storage';
import { field, OPERATIONS, openWorkbench, operationHeading, operationSection, results, sendButton, settledResult } from './support/workbench';

const SCREENS = [
  { name: 'phone', width: 390, height: 844, wide: false },
  { name: 'projector', width: 1280, height: 720, wide: true },
  { name: 'desktop', width: 1440, height: 900, wide: true },
] as const;
type Screen = (typeof SCREENS)[number];

const header = (page: Page): Locator => page.getByRole('banner');
const menuButton = (page: Page): Locator => header(page).getByRole('button', { name: 'Menu', exact: true });
const menu = (page: Page): Locator => page.getByRole('dialog', { name: 'Menu' });
const nav = (page: Page): Locator => page.getByRole('navigation', { name: 'Operations' });
const sidebar = (page: Page): Locator => page.getByTestId('sidebar');
const presenterButton = (page: Page): Locator => header(page).getByRole('button', { name: 'Presenter mode', exact: true });

async function noHorizontalOverflow(page: Page, when: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `nothing is wider than the screen ${when}`).toBeLessThanOrEqual(client);
}

/** The shell's visible boxes (header, sidebar column, form column, results column) do not overlap. */
async function noOverlap(page: Page, when: string): Promise<void> {
  // At the top of the page: on a phone the sticky header is over the page by design once it scrolls.
  // (A smooth scroll bringing a new result into view may still be running: wait until the top holds.)
  await expect
    .poll(() => page.evaluate(() => new Promise<number>((resolve) => { window.scrollTo({ top: 0, behavior: 'instant' }); requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY))); })))
    .toBe(0);
  const boxes: Array<{ name: string; x: number; y: number; width: number; height: number }> = [];
  for (const [name, loc] of [
    ['header', header(page)],
    ['sidebar', sidebar(page)],
    ['form column', page.locator('main#main')],
    ['results column', results(page)],
  ] as const) {
    if (!(await loc.isVisible())) continue;
    const b = await loc.boundingBox();
    if (b && b.width > 0 && b.height > 0) boxes.push({ name, ...b });
  }
  expect(boxes.length, 'at least the header, the form and the results are on screen').toBeGreaterThanOrEqual(3);
  const overlaps: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      // Shared borders (1 px) are not overlaps.
      if (w > 1 && h > 1) overlaps.push(`${a.name} × ${b.name}: ${Math.round(w)}×${Math.round(h)} px`);
    }
  }
  expect(overlaps, `no box over another ${when}`).toEqual([]);
}

/** Every operation can be picked: in the sidebar on wide screens (all in view, no scrolling), from the menu on a phone. */
async function everyOperationReachable(page: Page, screen: Screen, when: string): Promise<void> {
  if (screen.wide) {
    const viewport = page.viewportSize()!;
    for (const op of OPERATIONS) {
      const link = nav(page).getByRole('link', { name: op, exact: true });
      const box = await link.boundingBox();
      expect(box, `${op} is in the sidebar ${when}`).not.toBeNull();
      expect(box!.y, `${op} is not above the sidebar ${when}`).toBeGreaterThanOrEqual(44);
      expect(box!.y + box!.height, `${op} shows without scrolling ${when}`).toBeLessThanOrEqual(viewport.height);
    }
    // Where the sidebar scrolls (the credential sets under the operations), its scrollbar shows.
    const bar = await sidebar(page).evaluate((el) => ({ scrolls: el.scrollHeight > el.clientHeight, width: (el as HTMLElement).offsetWidth - el.clientWidth }));
    if (bar.scrolls) expect(bar.width, `the sidebar shows its scrollbar ${when}`).toBeGreaterThan(0);
    const last = 'DecodeAuthorizationMessage';
    await nav(page).getByRole('link', { name: last, exact: true }).click();
    await expect(operationHeading(page, last)).toBeVisible();
    return;
  }
  // Phone: the sidebar is not on the page until the menu opens.
  await expect(nav(page)).toBeHidden();
  for (const op of OPERATIONS) {
    await menuButton(page).click();
    await expect(menu(page)).toBeVisible();
    const link = menu(page).getByRole('link', { name: op, exact: true });
    await link.scrollIntoViewIfNeeded();
    await expect(link).toBeInViewport({ ratio: 1 });
    await link.click();
    await expect(menu(page), 'choosing closes the menu').toBeHidden();
    await expect(operationHeading(page, op)).toBeInViewport();
    await expect(operationSection(page, op).locator(':focus'), `the keyboard is in the ${op} form`).toHaveCount(1);
  }
}

async function makeThreeCredentialSets(page: Page): Promise<void> {
  await page.goto('/#/GetSessionToken');
  await expect(operationHeading(page, 'GetSessionToken')).toBeVisible();
  for (let i = 1; i <= 3; i++) {
    await sendButton(page).click();
    await expect(await settledResult(page, 'GetSessionToken')).toHaveAttribute('data-status', 'ok');
    await expect(page.getByTestId('credential-set')).toHaveCount(i);
  }
}

for (const screen of SCREENS) {
  test.describe(`${screen.name} (${screen.width}x${screen.height})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
    });

    test('fits the screen, nothing overlaps, and every operation is reachable with 0 and 3 credential sets', async ({ page }) => {
      await openWorkbench(page);
      await noHorizontalOverflow(page, 'on the first screen');
      await noOverlap(page, 'on the first screen');
      await everyOperationReachable(page, screen, 'with no credential set');

      await makeThreeCredentialSets(page);
      await noHorizontalOverflow(page, 'with three credential sets');
      await noOverlap(page, 'with three credential sets');
      await everyOperationReachable(page, screen, 'with three credential sets');
    });

    test('the header stays in view on the long SAML page, and the page scrolls in one place', async ({ page }) => {
      // Unsigned: the connection panel does not say "Signing as…" there, so open on the first screen and move.
      await openWorkbench(page);
      await page.evaluate(() => { location.hash = '#/AssumeRoleWithSAML'; });
      await expect(operationHeading(page, 'AssumeRoleWithSAML')).toBeVisible();
      const viewport = page.viewportSize()!;
      const form = page.locator('main#main');
      for (const over of ['header', 'form'] as const) {
        const target = over === 'header' ? header(page) : form;
        const box = (await target.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, Math.min(box.y + 20, viewport.height - 20));
        for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 500);
        await expect.poll(async () => (await header(page).boundingBox())?.y, `the header stays at the top (wheel over the ${over})`).toBe(0);
        const doc = await page.evaluate(() => ({ top: document.documentElement.scrollTop, height: document.documentElement.scrollHeight, view: document.documentElement.clientHeight }));
        if (screen.wide) {
          // The shell never scrolls: no blank band where the header was.
          expect(doc.top, `the shell does not move (wheel over the ${over})`).toBe(0);
          expect(doc.height).toBeLessThanOrEqual(doc.view);
          const main = (await form.boundingBox())!;
          expect(Math.round(main.y + main.height), 'the form column reaches the bottom of the window').toBe(viewport.height);
        } else if (over === 'form') {
          // One page scroll: the page moved, and the form is not a box of its own.
          expect(doc.top, 'the page scrolls').toBeGreaterThan(0);
        }
      }
      // No scroll box of its own around the form on a phone: the page is the one scroll.
      if (!screen.wide) {
        const innerScrollers = await operationSection(page, 'AssumeRoleWithSAML').evaluate((el) => {
          const found: string[] = [];
          for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
            const oy = getComputedStyle(e).overflowY;
            if ((oy === 'auto' || oy === 'scroll') && e.scrollHeight > e.clientHeight + 1) found.push(e.tagName + (e.id ? `#${e.id}` : ''));
          }
          return found;
        });
        expect(innerScrollers, 'no inner scroll box around the form').toEqual([]);
      }
    });

    test('the result of a call comes into view, below the header, and is announced', async ({ page }) => {
      await openWorkbench(page, { operation: 'GetCallerIdentity' });
      await sendButton(page).click();
      const card = await settledResult(page, 'GetCallerIdentity');
      await expect(card).toHaveAttribute('data-status', 'ok');
      await expect(card).toBeInViewport();
      const headerBox = (await header(page).boundingBox())!;
      await expect.poll(async () => (await card.getByRole('heading', { level: 3 }).boundingBox())!.y, 'the card title is not under the header').toBeGreaterThanOrEqual(headerBox.y + headerBox.height - 1);
      await expect(page.locator('[aria-live="polite"]').filter({ hasText: /^GetCallerIdentity succeeded, HTTP 200\.$/ })).toHaveCount(1);
      await noHorizontalOverflow(page, 'after a call');
      await noOverlap(page, 'after a call');

      // A second call, sent from the top of the page again, is brought into view too.
      await page.evaluate(() => { window.scrollTo({ top: 0 }); document.getElementById('main')?.scrollTo({ top: 0 }); });
      await sendButton(page).scrollIntoViewIfNeeded();
      await sendButton(page).click();
      await expect(results(page).getByRole('article')).toHaveCount(2);
      const newest = await settledResult(page, 'GetCallerIdentity');
      await expect(newest).toBeInViewport();
    });
  });
}

test.describe('phone menu', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('opens from the header, takes the keyboard, closes on Escape and gives the focus back', async ({ page }) => {
    await openWorkbench(page);
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
    await menuButton(page).click();
    await expect(menu(page)).toBeVisible();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
    // The keyboard starts on the current operation.
    await expect(nav(page).getByRole('link', { name: 'GetCallerIdentity', exact: true })).toBeFocused();
    await expect(menu(page).getByRole('navigation', { name: 'Tools' })).toBeVisible();
    await expect(menu(page).getByRole('region', { name: 'Credential sets', exact: true })).toBeVisible();
    // Behind the menu, the page does not take clicks or focus.
    await expect(page.locator('main#main')).toHaveAttribute('inert', '');
    await page.keyboard.press('Escape');
    await expect(menu(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    await expect(page.locator('main#main')).not.toHaveAttribute('inert', '');

    // A tool from the menu: the menu closes and the tool shows.
    await menuButton(page).click();
    await menu(page).getByRole('navigation', { name: 'Tools' }).getByRole('link', { name: 'Access key inspector', exact: true }).click();
    await expect(menu(page)).toBeHidden();
    await expect(page).toHaveURL(/#\/tools\/access-key$/);

    // Growing the window to the wide layout puts the sidebar back as a column.
    await menuButton(page).click();
    await expect(menu(page)).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(menu(page)).toBeHidden();
    await expect(nav(page)).toBeVisible();
    await expect(page.locator('main#main')).not.toHaveAttribute('inert', '');
  });

  test('the open menu has no serious accessibility violation, light and dark', async ({ page }) => {
    await openWorkbench(page);
    await menuButton(page).click();
    await expect(menu(page)).toBeVisible();
    await expectAccessibleInBothThemes(page, 'the phone menu');
  });
});

test('on a projector, a problem in the Send bar reads as a line under the buttons, not a column squeezed between them', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openWorkbench(page, { operation: 'AssumeRole' });
  await field(page, 'AssumeRole', 'Role session name').fill('x');
  const bar = page.getByTestId('send-bar');
  const line = bar.getByRole('status');
  await expect(bar.getByRole('button', { name: 'Send anyway' })).toBeVisible();
  await expect(line).toContainText('STS would refuse it');
  const [barBox, lineBox, sendBox] = await Promise.all([bar.boundingBox(), line.boundingBox(), sendButton(page).boundingBox()]);
  expect(lineBox!.width, 'the line spans the bar').toBeGreaterThan(barBox!.width * 0.9);
  expect(lineBox!.y, 'the line is under the buttons').toBeGreaterThanOrEqual(sendBox!.y + sendBox!.height);
  expect(lineBox!.height, 'one or two lines of text, not a column').toBeLessThan(40);
});

test('sidebar sections fold and unfold', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openWorkbench(page);
  for (const section of ['Operations', 'Tools', 'Credential sets']) {
    const toggle = sidebar(page).getByRole('button', { name: section, exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  }
  await expect(nav(page).getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Tools' }).getByRole('link')).toHaveCount(0);
  await sidebar(page).getByRole('button', { name: 'Operations', exact: true }).click();
  await expect(nav(page).getByRole('link')).toHaveCount(OPERATIONS.length);
});

test('presenter mode draws everything larger, from the header, and is remembered across a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openWorkbench(page);
  const heading = operationHeading(page, 'GetCallerIdentity');
  const normal = (await heading.boundingBox())!.height;
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'false');
  expect((await collectTraces(page)).localStorage).toEqual({});

  await presenterButton(page).click();
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await heading.boundingBox())!.height / normal, 'the type is at least 1.2× larger').toBeGreaterThanOrEqual(1.2);
  expect((await collectTraces(page)).localStorage).toEqual({ 'stsw.presenter': 'on' });
  await noHorizontalOverflow(page, 'in presenter mode');
  await noOverlap(page, 'in presenter mode');
  await everyOperationReachable(page, SCREENS[1], 'in presenter mode');

  await page.goto('/#/GetCallerIdentity');
  await page.reload();
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveClass(/(^|\s)presenter(\s|$)/);
  expect((await heading.boundingBox())!.height / normal).toBeGreaterThanOrEqual(1.2);

  await presenterButton(page).click();
  await expect(presenterButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => Math.round((await heading.boundingBox())!.height)).toBe(Math.round(normal));
  expect((await collectTraces(page)).localStorage, 'turning it off forgets it').toEqual({});
});

test.describe('touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('no Ctrl-K (or other shortcut) advertised; a tappable button opens the palette', async ({ page }) => {
    await openWorkbench(page);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/Ctrl|⌘/);
    const search = header(page).getByRole('button', { name: /^Switch operation/ });
    await expect(search).toBeVisible();
    await search.tap();
    const palette = page.getByRole('dialog', { name: 'Switch operation' });
    await expect(palette).toBeVisible();
    await palette.getByRole('combobox', { name: 'Search operations' }).fill('AssumeRoot');
    await page.keyboard.press('Enter');
    await expect(operationHeading(page, 'AssumeRoot')).toBeVisible();
  });
});

test('with a mouse and keyboard, the shortcut is shown next to the search', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openWorkbench(page);
  await expect(header(page).getByRole('button', { name: /^Switch operation/ })).toContainText(/(Ctrl|⌘)\s*K/);
});

test.describe('first load on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('nothing moves when the sandbox answers after the first paint (no layout shift)', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Hold the sandbox's answer until the page has painted its first screen: what arrives with it must not push anything.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/_sandbox/info', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await expect(page.getByTestId('target-summary')).toHaveText('Sandbox · starting…');
    await expect(page.getByTestId('operation-form')).toBeVisible();
    release();
    await expect(page.getByTestId('target-summary')).toHaveText('Sandbox · this server');
    await expect(page.getByText(/^Signing as demo user /)).toBeVisible();
    await expect(page.getByTestId('what-leaves')).toBeVisible();
    await expect(page.getByTestId('cli-command')).toContainText('--endpoint-url');
    // Two animation frames: the last layout is recorded before reading the total.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // Without the placeholders the paragraph and the preview pushed the form down (0.31 here). A line that
    // reflows in place still counts a few ten-thousandths.
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift), 'cumulative layout shift').toBeLessThan(0.01);
  });
});
