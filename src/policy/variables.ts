/**
 * Policy variables: `${aws:username}`, `${aws:PrincipalTag/team}`, `${saml:sub}`, the literal
 * escapes `${*}`, `${?}`, `${$}`, and defaults `${aws:username, 'nobody'}`. Only documents with
 * Version "2012-10-17" have variables; older ones keep the text as written.
 */
import { ONE, STAR, type Pattern } from './wildcard';

export type Substitution =
  | {
      ok: true;
      /** The value with variables replaced; `*` and `?` from the policy text kept as characters. */
      text: string;
      /** The same as a wildcard pattern: `*`/`?` written in the policy are wildcards, substituted text is literal. */
      pattern: Pattern;
      /** The variables replaced, for the trace. */
      replaced: { variable: string; value: string }[];
    }
  | { ok: false; missing: string };

// ${name} or ${name, 'default'}; names are condition keys such as aws:PrincipalTag/team or accounts.google.com:sub.
const VARIABLE = /^\$\{\s*([^\s{}$,']+)\s*(?:,\s*'([^']*)'\s*)?\}/;

/**
 * Replaces the variables in one policy value. lookup returns a key's values (undefined when absent);
 * a key with several values cannot stand in a variable, so it counts as missing. A missing key with
 * no default makes the whole value unusable: the caller treats it as matching nothing.
 */
export function substituteVariables(template: string, lookup: (key: string) => string[] | undefined): Substitution {
  let text = '';
  const pattern: Pattern = [];
  const replaced: { variable: string; value: string }[] = [];
  const literal = (s: string): void => {
    text += s;
    for (let i = 0; i < s.length; i++) pattern.push(s[i] as string);
  };
  let i = 0;
  while (i < template.length) {
    const c = template[i] as string;
    if (c === '$' && template[i + 1] === '{') {
      const rest = template.slice(i);
      const special = /^\$\{([*?$])\}/.exec(rest);
      if (special) {
        literal(special[1] as string);
        i += 4;
        continue;
      }
      const m = VARIABLE.exec(rest);
      if (m) {
        const name = m[1] as string;
        const values = lookup(name);
        const value = values && values.length === 1 ? values[0] : m[2];
        if (value === undefined) return { ok: false, missing: m[0] };
        literal(value);
        replaced.push({ variable: m[0], value });
        i += m[0].length;
        continue;
      }
    }
    text += c;
    pattern.push(c === '*' ? STAR : c === '?' ? ONE : c);
    i++;
  }
  return { ok: true, text, pattern, replaced };
}
