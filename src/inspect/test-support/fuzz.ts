/**
 * Test support shared by every fuzz test (the request fuzzer, the SAML/OIDC fuzzers, the decoder
 * fuzz): a small seeded PRNG (mulberry32), text mutators, and structural attacks (deep nesting,
 * huge sizes, invalid UTF-8 and base64, truncation). Every fuzz case gets its own generator
 * derived from (seed, case index), so one failing case can be replayed alone.
 */
import { toBase64, toBase64Url } from '../../kernel/encoding';
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A generator for case `index` of a run seeded with `seed`. */
  static forCase(seed: number, index: number): Rng {
    return new Rng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** A length that is usually small and sometimes very large (up to `max`). */
  length(max = 100_000): number {
    const r = this.next();
    if (r < 0.5) return this.int(12);
    if (r < 0.8) return this.int(80);
    if (r < 0.95) return this.int(3000);
    return this.range(Math.min(max, 60_000), max);
  }

  string(alphabet: string, length: number): string {
    const chars = [...alphabet];
    let out = '';
    for (let i = 0; i < length; i++) out += chars[this.int(chars.length)];
    return out;
  }

  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.int(256);
    return out;
  }
}

/** Characters that break parsers: markup, quotes, escapes, controls, lone surrogates, non-characters. */
export const NOISE = ['<', '>', '&', '"', "'", '=', '/', '\\', '{', '}', '[', ']', ':', ',', '.', '%', '+', '-', '_', ' ', '\n', '\r', '\t', '\u0000', '\u001f', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '\u00e9', '\u{1F600}', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&#0;', '&#x110000;', '<!DOCTYPE x>', 'xmlns:a="u"', '%ZZ', '%E9', '==', '\\u0000', '1e999', 'null'] as const;

/** A small random change of `text`: flip, insert, delete, duplicate, truncate or splice in noise. */
function mutateText(rng: Rng, text: string): string {
  let out = text;
  for (let n = 1 + rng.int(4); n > 0; n--) {
    const at = rng.int(out.length + 1);
    switch (rng.int(7)) {
      case 0:
        out = out.slice(0, at) + rng.pick(NOISE) + out.slice(at + 1);
        break;
      case 1:
        out = out.slice(0, at) + rng.pick(NOISE) + out.slice(at);
        break;
      case 2:
        out = out.slice(0, at) + out.slice(at + 1 + rng.int(40));
        break;
      case 3:
        out = out.slice(0, at);
        break;
      case 4: {
        const from = rng.int(out.length + 1);
        out = out.slice(0, at) + out.slice(from, from + rng.int(200)) + out.slice(at);
        break;
      }
      case 5:
        out = out.slice(0, at) + String.fromCharCode(out.charCodeAt(at) ^ (1 << rng.int(16))) + out.slice(at + 1);
        break;
      default:
        out = out.slice(0, at) + rng.pick(NOISE).repeat(1 + rng.int(64)) + out.slice(at);
    }
  }
  return out;
}

/** `<a><a>…</a></a>` nested `depth` deep, inside `open`/`close` (e.g. a samlp:Response). */
export function deepXml(depth: number, open = '<r>', close = '</r>'): string {
  return open + '<a>'.repeat(depth) + '</a>'.repeat(depth) + close;
}

/** `{"a":{"a":…}}` or `[[…]]` nested `depth` deep. */
const deepJson = (depth: number, kind: 'object' | 'array' = 'object'): string =>
  kind === 'object' ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) : '['.repeat(depth) + ']'.repeat(depth);

/** Bytes that are not UTF-8 (lone continuation bytes, overlong forms, truncated sequences). */
function invalidUtf8(rng: Rng, length: number): Uint8Array {
  const bad = [0x80, 0xbf, 0xc0, 0xc1, 0xe0, 0xed, 0xf5, 0xff, 0xfe];
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = rng.chance(0.5) ? rng.pick(bad) : 0x20 + rng.int(0x5f);
  return out;
}

/**
 * A structural attack on a decoder that reads `base` (a valid input): deep nesting, a huge input,
 * invalid UTF-8 behind valid base64, invalid base64, truncation, or the input repeated.
 */
function structuralAttack(rng: Rng, base: string): string {
  switch (rng.int(9)) {
    case 0:
      return deepXml(rng.pick([65, 500, 13_000]));
    case 1:
      return deepJson(rng.pick([65, 500, 20_000]), rng.chance(0.5) ? 'object' : 'array');
    case 2:
      return base + rng.pick(NOISE).repeat(rng.range(10_000, 100_000));
    case 3:
      return toBase64(invalidUtf8(rng, rng.range(1, 4000)));
    case 4:
      return toBase64Url(invalidUtf8(rng, rng.range(1, 4000))) + '.' + toBase64Url(invalidUtf8(rng, 40)) + '.';
    case 5:
      return rng.string('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_!* \n', rng.length(70_000));
    case 6:
      return base.slice(0, rng.int(base.length + 1));
    case 7:
      return base.repeat(rng.range(2, 30));
    default:
      return toBase64(rng.bytes(rng.length(20_000)));
  }
}

/** A fuzz input derived from one of `seeds`: mostly mutations, sometimes a structural attack. */
export function fuzzInput(rng: Rng, seeds: readonly string[]): string {
  const base = rng.pick(seeds);
  return rng.chance(0.05) ? structuralAttack(rng, base) : mutateText(rng, base);
}
