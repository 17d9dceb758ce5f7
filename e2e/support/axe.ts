/** axe-core checks shared by the specs: WCAG 2.1 A/AA and best practice, serious and critical violations only. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The page (or the part under `include`) as it is now: no serious or critical violation. */
export async function expectNoSeriousViolations(page: Page, what: string, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`);
  expect(report, `axe on ${what}`).toEqual([]);
}

/** The same in the light and then the dark theme, with reduced motion so no colour is mid-fade when contrast is measured. */
export async function expectAccessibleInBothThemes(page: Page, what: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await expectNoSeriousViolations(page, `${what} (${scheme})`);
  }
}
