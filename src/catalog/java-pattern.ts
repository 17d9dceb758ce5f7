/**
 * AWS model patterns are Java regexes applied to the whole value. This turns one into an
 * anchored JavaScript RegExp with the `u` flag (so `\p{L}` and astral code points work) and caches it.
 *
 * Differences handled:
 * - Java accepts `\u10000`-style escapes above U+FFFF in AWS's printed text; JS needs `\u{10000}`.
 * - With `u`, JS `\w`/`\d` are ASCII-only, matching Java's defaults.
 */
const cache = new Map<string, RegExp>();

export function compileJavaPattern(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const js = pattern.replace(/\\u([0-9A-Fa-f]{5,6})(?![0-9A-Fa-f])/g, (_m, hex: string) => `\\u{${hex}}`);
    re = new RegExp(`^(?:${js})$`, 'u');
    cache.set(pattern, re);
  }
  return re;
}

/** Whether `value` as a whole satisfies the AWS pattern. */
export function matchesJavaPattern(pattern: string, value: string): boolean {
  return compileJavaPattern(pattern).test(value);
}
