/**
 * IAM wildcard patterns: `*` matches any run of characters (including none), `?` exactly one.
 * A pattern is kept as a list of single characters and wildcard markers, so that characters that
 * came from a policy variable (`${*}`, or a user name containing `*`) stay literal.
 */

export const STAR: unique symbol = Symbol('*');
export const ONE: unique symbol = Symbol('?');
export type PatternItem = string | typeof STAR | typeof ONE;
export type Pattern = PatternItem[];

/** `*` and `?` in raw become wildcards; every other character is literal. */
export function compilePattern(raw: string): Pattern {
  const out: Pattern = [];
  for (const c of raw) {
    if (c === '*') out.push(STAR);
    else if (c === '?') out.push(ONE);
    else for (let i = 0; i < c.length; i++) out.push(c[i] as string);
  }
  return out;
}

/** Every character literal. */
export function literalPattern(text: string): Pattern {
  return text.split('');
}

/** The pattern written back as text (wildcards as `*` and `?`), for messages. */
export function patternText(p: Pattern): string {
  return p.map((x) => (x === STAR ? '*' : x === ONE ? '?' : x)).join('');
}

/**
 * Does value match the pattern? Greedy matching with one backtrack point for the last `*`:
 * linear in practice and never exponential, whatever the pattern.
 */
export function matchPattern(pattern: Pattern, value: string, caseInsensitive = false): boolean {
  const fold = (s: string): string => (caseInsensitive ? s.toLowerCase() : s);
  const v = value.split('').map(fold);
  const p = pattern.map((x) => (typeof x === 'string' ? fold(x) : x));
  let pi = 0;
  let vi = 0;
  let starAt = -1;
  let starMatch = 0;
  while (vi < v.length) {
    const item = p[pi];
    if (pi < p.length && (item === ONE || item === v[vi])) {
      pi++;
      vi++;
    } else if (pi < p.length && item === STAR) {
      starAt = pi++;
      starMatch = vi;
    } else if (starAt >= 0) {
      pi = starAt + 1;
      vi = ++starMatch;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === STAR) pi++;
  return pi === p.length;
}

/** Convenience: match raw pattern text (with `*` and `?` active) against a value. */
export function wildcardMatch(raw: string, value: string, caseInsensitive = false): boolean {
  return matchPattern(compilePattern(raw), value, caseInsensitive);
}
