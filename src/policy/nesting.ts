/**
 * The one nesting limit for decoded documents: policies (JSON), JWT headers and claims, decoded
 * authorization messages (JSON) and SAML messages (XML). Real ones nest fewer than 15 levels; the
 * limit keeps every recursive walk over them (parsers, validators, pretty printers, C14N, React
 * trees) far from the stack's end, and refusing early keeps the cost linear.
 *
 * It lives in policy, the leaf layer, so that policy's readers, inspect's decoders, the sandbox
 * and the UI all import the same number.
 */
export const MAX_NESTING_DEPTH = 64;

/** The message every decoder gives: `<what> is nested too deeply (more than 64 levels)`. */
export const nestedTooDeeply = (what: string): string => `${what} is nested too deeply (more than ${MAX_NESTING_DEPTH} levels)`;

/**
 * A linear pre-scan of JSON text: the message when objects and arrays nest deeper than the limit,
 * otherwise null. Brackets inside strings do not count. Malformed JSON is left to the parser.
 */
export function jsonNestingProblem(text: string, what = 'The JSON'): string | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > MAX_NESTING_DEPTH) return nestedTooDeeply(what);
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return null;
}
