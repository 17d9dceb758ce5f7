/**
 * Content-coding negotiation for the built workbench (RFC 9110 §12.5.3, Accept-Encoding): which of the
 * precompressed files next to an asset (x.js.br, x.js.gz; written by the build's precompress plugin)
 * a client gets, or the file itself ("identity"); and the compression of dynamic responses (compressDynamic).
 */
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

/** Codings the build writes, in the server's order of preference when a client weighs them equally. */
export const PRECOMPRESSED = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

export type Coding = (typeof PRECOMPRESSED)[number]['coding'] | 'identity';

/** q-values by coding name (lower-case; x-gzip read as gzip); a malformed q counts as 0 (never chosen). */
function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const item of header.split(',')) {
    const [rawName = '', ...params] = item.split(';');
    let name = rawName.trim().toLowerCase();
    if (name === '') continue;
    if (name === 'x-gzip') name = 'gzip';
    let q = 1;
    for (const param of params) {
      const m = /^\s*q\s*=\s*(\S*)\s*$/i.exec(param);
      if (m) q = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(m[1] ?? '') ? Number(m[1]) : 0;
    }
    // A coding listed twice keeps its highest weight.
    weights.set(name, Math.max(q, weights.get(name) ?? 0));
  }
  return weights;
}

/**
 * The coding to send, given the request's Accept-Encoding and the codings present for this file; null
 * when every representation is refused (identity;q=0 or *;q=0 and nothing acceptable is available: 406).
 * No header means the client said nothing: identity (compression only for clients that ask for it).
 */
export function negotiateCoding(acceptEncoding: string | undefined, available: readonly Coding[]): Coding | null {
  if (acceptEncoding === undefined) return 'identity';
  const weights = parseAcceptEncoding(acceptEncoding);
  const star = weights.get('*');
  const weightOf = (coding: Coding): number => {
    const listed = weights.get(coding);
    if (listed !== undefined) return listed;
    if (star !== undefined) return star;
    // identity is acceptable unless refused by name or by *;q=0, but an unlisted identity states no
    // preference: any coding the client lists (q > 0) comes before it. Other codings only when listed.
    return coding === 'identity' ? Number.MIN_VALUE : 0;
  };
  let best: Coding | null = null;
  let bestQ = 0;
  for (const coding of [...PRECOMPRESSED.map((p) => p.coding), 'identity'] as const) {
    if (coding !== 'identity' && !available.includes(coding)) continue;
    const q = weightOf(coding);
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  return best;
}

/** Dynamic bodies under this size go as they are: compressing them saves less than it costs. */
export const DYNAMIC_COMPRESSION_MIN_BYTES = 1024;

/**
 * A response body built per request (the /_sandbox/ controls' JSON), compressed by the client's
 * Accept-Encoding when it is at least DYNAMIC_COMPRESSION_MIN_BYTES: brotli at a quality that keeps
 * per-request cost low, or gzip; otherwise (small body, no header, nothing acceptable) the bytes as they are.
 */
export function compressDynamic(body: Buffer, acceptEncoding: string | undefined): { body: Buffer; coding: Coding } {
  if (body.length < DYNAMIC_COMPRESSION_MIN_BYTES) return { body, coding: 'identity' };
  const coding = negotiateCoding(acceptEncoding, ['br', 'gzip']);
  if (coding === 'br') return { body: brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } }), coding };
  if (coding === 'gzip') return { body: gzipSync(body, { level: 6 }), coding };
  return { body, coding: 'identity' };
}
