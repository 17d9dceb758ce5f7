/**
 * The canonical headers block: one `name:value\n` line per signed header, in the order of the
 * (sorted, lower-case) SignedHeaders list, the value trimmed with inner whitespace runs collapsed
 * to one space. Repeated headers arrive already joined with `,` (SandboxRequest's rule), which is
 * also how SigV4 joins them. A signed header missing from the request contributes no line, so
 * the signature cannot match.
 */
function canonicalHeaderValue(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

export function canonicalHeaders(headers: Readonly<Record<string, string>>, signedHeaders: readonly string[]): string {
  let out = '';
  for (const name of signedHeaders) {
    const value = headers[name];
    if (value === undefined) continue;
    out += `${name}:${canonicalHeaderValue(value)}\n`;
  }
  return out;
}
