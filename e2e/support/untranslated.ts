import type { Locator } from '@playwright/test';

/**
 * Visible text nodes under `root` that look like source-language words: a run of two or more plain ASCII
 * letters. In the pseudo-locale every catalog message is accented ("Ŕēśũĺţś"), so such a run is text that
 * bypassed the catalogs. Exempt: what is marked verbatim (translate="no": ARNs, codes, AWS's messages,
 * names), <time> (formatted by Intl in the page's language), form controls' values, text marked
 * data-i18n="pending": English from modules converted next round (error explanations, export notes…),
 * marked lang="en" meanwhile; `grep -rn 'data-i18n="pending"' src` is that list, and data-i18n="lab-file":
 * a lab file's own text, which carries its English and French itself (the pseudo-locale gets its English).
 */
export async function untranslatedText(root: Locator, exempt = ''): Promise<string[]> {
  return root.evaluate((el, extra) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/[A-Za-z]{2,}/.test(text)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest(`[translate="no"], [data-i18n="pending"], [data-i18n="lab-file"], time, script, style, textarea, option${extra}`)) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      found.push(text.trim());
    }
    return found;
  }, exempt ? `, ${exempt}` : '');
}
