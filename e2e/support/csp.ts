/** Reading the page's Content-Security-Policy: the response header and the <meta http-equiv> one. */
import type { Page, Response } from '@playwright/test';

export interface PagePolicies {
  header: string | null;
  meta: string | null;
}

export async function pagePolicies(page: Page, response: Response | null): Promise<PagePolicies> {
  const header = response ? ((await response.allHeaders())['content-security-policy'] ?? null) : null;
  const meta = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null);
  return { header, meta };
}

/** directive name → its sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** The sources scripts may come from: script-src, else default-src (CSP's fallback). */
export function scriptSources(policy: string): string[] | undefined {
  const p = parsePolicy(policy);
  return p.get('script-src-elem') ?? p.get('script-src') ?? p.get('default-src');
}

/** Sources in a script-src that admit code from elsewhere than the page's own origin, or inline code. */
export function foreignScriptSources(sources: readonly string[]): string[] {
  // Only keywords that keep scripts on the page's own origin are acceptable.
  const ok = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", "'report-sample'"]);
  return sources.filter((s) => !ok.has(s.toLowerCase()));
}
