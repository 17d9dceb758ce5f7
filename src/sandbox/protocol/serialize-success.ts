/**
 * The success envelope of the Query protocol, indented the way STS indents it:
 *   <XResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
 *     <XResult>…</XResult>
 *     <ResponseMetadata><RequestId>…</RequestId></ResponseMetadata>
 *   </XResponse>
 * Output members are written generically: objects become nested elements in key order, arrays
 * become <member> items, Dates ISO 8601 to the second with Z, numbers decimal, booleans
 * true/false; undefined and null members are left out, as are SDK-only `$` keys.
 */
import { escapeXmlText, isXmlName } from './xml';

export const STS_XML_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';

const LAST_FOUR_DIGIT_YEAR_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/** 0000-01-01T00:00:00Z (Date.UTC would read year 0 as 1900). */
const FIRST_FOUR_DIGIT_YEAR_MS = -62167219200000;

/**
 * `2026-01-01T13:00:00Z`: every time the sandbox puts on the wire. Only four-digit years: beyond 9999
 * toISOString writes `+010000-…`, which the AWS SDKs cannot parse. The sandbox clock's ceiling
 * (core/clock.ts) keeps issued times far inside the range; this refuses rather than emit such a date.
 */
export function isoSeconds(date: Date): string {
  const t = date.getTime();
  if (Number.isNaN(t)) throw new TypeError('Cannot serialise an invalid Date');
  if (t < FIRST_FOUR_DIGIT_YEAR_MS || t > LAST_FOUR_DIGIT_YEAR_MS) throw new RangeError(`Cannot serialise a time outside the years 0000-9999 (${t} ms since 1970)`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return escapeXmlText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`Cannot serialise the number ${value}`);
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoSeconds(value);
  return null;
}

/** Appends the lines of one element, indented by `depth` levels of two spaces, to `out`. */
function writeElement(name: string, value: unknown, depth: number, out: string[]): void {
  if (value === undefined || value === null) return;
  if (!isXmlName(name)) throw new TypeError(`'${name}' is not usable as an XML element name`);
  const pad = '  '.repeat(depth);
  const text = scalarText(value);
  if (text !== null) {
    out.push(`${pad}<${name}>${text}</${name}>`);
    return;
  }
  if (typeof value !== 'object') throw new TypeError(`Cannot serialise a ${typeof value} as XML`);
  const open = out.length;
  out.push(`${pad}<${name}>`);
  if (Array.isArray(value)) {
    for (const item of value) writeElement('member', item, depth + 1, out);
  } else {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!key.startsWith('$')) writeElement(key, record[key], depth + 1, out);
    }
  }
  if (out.length === open + 1) out[open] = `${pad}<${name}/>`;
  else out.push(`${pad}</${name}>`);
}

export function serializeSuccess(operation: string, output: Record<string, unknown>, requestId: string): string {
  const lines = [`<${operation}Response xmlns="${STS_XML_NAMESPACE}">`];
  writeElement(`${operation}Result`, output, 1, lines);
  lines.push('  <ResponseMetadata>', `    <RequestId>${escapeXmlText(requestId)}</RequestId>`, '  </ResponseMetadata>', `</${operation}Response>`);
  return `${lines.join('\n')}\n`;
}
