/**
 * What a lab text must carry word for word in every language: the things AWS spells one way
 * (operation and parameter names, error codes, ARNs, condition keys, URLs) and code spans in
 * backticks. A translation changes the prose around them, never them; the validator compares the
 * set found in each language so a translator cannot drop, translate or mistype one.
 */

/** `…` spans, URLs and ARNs: taken whole (before the narrower patterns below look inside them). */
const WHOLE = /`[^`]+`|https?:\/\/[^\s«»"]+|\barn:[^\s«»"]+/g;
/** Condition keys and actions (`aws:PrincipalTag/team`, `sts:AssumeRole`, `token.actions.githubusercontent.com:sub`). */
const KEYED = /\b[a-z][a-z0-9.-]*:[A-Za-z][\w/.-]*/g;
/**
 * Identifiers AWS writes in CamelCase or with an acronym (AssumeRole, RoleArn, ExternalId,
 * AccessDenied, IDPRejectedClaim, SAMLAssertion): a lower-case letter followed by a capital, or
 * two capitals followed by two lower-case letters, inside one word. Ordinary prose, French or
 * English, has neither (a plural such as "ARNs" is not an identifier: French writes "ARN").
 */
const IDENTIFIER = /\b[A-Za-z0-9]*(?:[a-z][A-Z]|[A-Z]{2}[a-z]{2})[A-Za-z0-9]*\b/g;
/** Sentence punctuation that can follow a token without being part of it. */
const TRAILING = /[.,;:!?)]+$/;

/** The verbatim tokens of one text, in order of first appearance, without repeats. */
export function verbatimTokens(text: string): string[] {
  const found: string[] = [];
  const take = (t: string) => {
    const token = t.startsWith('`') ? t : t.replace(TRAILING, '');
    if (token && !found.includes(token)) found.push(token);
  };
  const rest = text.replace(WHOLE, (m) => {
    take(m);
    return ' ';
  });
  const prose = rest.replace(KEYED, (m) => {
    take(m);
    return ' ';
  });
  for (const m of prose.match(IDENTIFIER) ?? []) take(m);
  return found;
}

/** Tokens of `a` that `b` lacks. */
export function missingTokens(a: string, b: string): string[] {
  const inB = new Set(verbatimTokens(b));
  return verbatimTokens(a).filter((t) => !inB.has(t));
}
