/**
 * RFC 3986 encoding as SigV4 wants it: every byte of the UTF-8 form except the unreserved
 * characters A–Z a–z 0–9 - . _ ~ becomes %XX with upper-case hex. Space is %20, never +.
 */
const UNRESERVED = /[A-Za-z0-9\-._~]/;
const encoder = new TextEncoder();

export function uriEncode(text: string): string {
  let out = '';
  for (const ch of text) {
    if (UNRESERVED.test(ch)) {
      out += ch;
      continue;
    }
    // Lone surrogates cannot be UTF-8 encoded; encode U+FFFD as TextEncoder would.
    for (const b of encoder.encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
