/**
 * A small DER reader and writer: enough to describe X.509 certificates, pull out their public
 * keys, and build the sandbox IdP's self-signed certificate. The reader throws DerError with the
 * byte offset; callers turn it into a message.
 */

export class DerError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (at byte ${offset})`);
    this.name = 'DerError';
  }
}

export interface DerNode {
  /** The identifier octet, e.g. 0x30 for SEQUENCE. */
  tag: number;
  constructed: boolean;
  /** Offset of the identifier octet in the input. */
  start: number;
  /** Offset just after the node. */
  end: number;
  content: Uint8Array;
  /** The whole TLV, header included. */
  raw: Uint8Array;
}

export const TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  teletexString: 0x14,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  universalString: 0x1c,
  bmpString: 0x1e,
  sequence: 0x30,
  set: 0x31,
} as const;

/** Reads one TLV at `offset` of `bytes`. */
export function readDer(bytes: Uint8Array, offset = 0): DerNode {
  const tag = bytes[offset];
  if (tag === undefined) throw new DerError('unexpected end of data', offset);
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not supported', offset);
  let pos = offset + 1;
  const first = bytes[pos++];
  if (first === undefined) throw new DerError('missing length', offset);
  let length = first;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0) throw new DerError('indefinite length is not DER', offset);
    if (count > 4) throw new DerError('length too large', offset);
    length = 0;
    for (let i = 0; i < count; i++) {
      const b = bytes[pos++];
      if (b === undefined) throw new DerError('truncated length', offset);
      length = length * 256 + b;
    }
  }
  const end = pos + length;
  if (end > bytes.length) throw new DerError(`length ${length} runs past the end of the data`, offset);
  return { tag, constructed: (tag & 0x20) !== 0, start: offset, end, content: bytes.subarray(pos, end), raw: bytes.subarray(offset, end) };
}

/** The children of a constructed node. */
export function derChildren(node: DerNode): DerNode[] {
  if (!node.constructed) throw new DerError('expected a constructed value', node.start);
  const out: DerNode[] = [];
  const base = node.end - node.content.length;
  let pos = 0;
  while (pos < node.content.length) {
    const child = readDer(node.content, pos);
    out.push({ ...child, start: base + child.start, end: base + child.end });
    pos = child.end;
  }
  return out;
}

export function expectTag(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node) throw new DerError(`missing ${what}`, 0);
  if (node.tag !== tag) throw new DerError(`expected ${what} (tag 0x${tag.toString(16)}), found tag 0x${node.tag.toString(16)}`, node.start);
  return node;
}

export function decodeOid(content: Uint8Array): string {
  if (content.length === 0) throw new DerError('empty OID', 0);
  const first = content[0] as number;
  const parts: number[] = [first < 80 ? Math.floor(first / 40) : 2, first < 80 ? first % 40 : first - 80];
  let value = 0;
  for (let i = 1; i < content.length; i++) {
    const b = content[i] as number;
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

// ---- writer ----

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function derEncode(tag: number, content: Uint8Array): Uint8Array {
  const n = content.length;
  let header: number[];
  if (n < 0x80) header = [tag, n];
  else {
    const lenBytes: number[] = [];
    for (let v = n; v > 0; v = Math.floor(v / 256)) lenBytes.unshift(v & 0xff);
    header = [tag, 0x80 | lenBytes.length, ...lenBytes];
  }
  return concat([new Uint8Array(header), content]);
}

export const derSequence = (...parts: Uint8Array[]): Uint8Array => derEncode(TAG.sequence, concat(parts));
export const derSet = (...parts: Uint8Array[]): Uint8Array => derEncode(TAG.set, concat(parts));
export const derNull = (): Uint8Array => new Uint8Array([TAG.null, 0]);
export const derUtf8 = (text: string): Uint8Array => derEncode(TAG.utf8String, new TextEncoder().encode(text));
export const derBitString = (bytes: Uint8Array): Uint8Array => derEncode(TAG.bitString, concat([new Uint8Array([0]), bytes]));
export const derOctetString = (bytes: Uint8Array): Uint8Array => derEncode(TAG.octetString, bytes);
export const derBoolean = (value: boolean): Uint8Array => new Uint8Array([TAG.boolean, 1, value ? 0xff : 0]);
/** Context-specific tag [n], constructed (explicit tagging). */
export const derExplicit = (n: number, content: Uint8Array): Uint8Array => derEncode(0xa0 | n, content);

/** A non-negative INTEGER from big-endian magnitude bytes. */
export function derUnsignedInteger(magnitude: Uint8Array): Uint8Array {
  let i = 0;
  while (i < magnitude.length - 1 && magnitude[i] === 0) i++;
  const trimmed = magnitude.subarray(i);
  const needsZero = ((trimmed[0] ?? 0) & 0x80) !== 0;
  return derEncode(TAG.integer, needsZero ? concat([new Uint8Array([0]), trimmed]) : trimmed);
}

export function derOid(oid: string): Uint8Array {
  const nums = oid.split('.').map(Number);
  const bytes: number[] = [(nums[0] ?? 0) * 40 + (nums[1] ?? 0)];
  for (const n of nums.slice(2)) {
    const chunk: number[] = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return derEncode(TAG.oid, new Uint8Array(bytes));
}

/** UTCTime through 2049, GeneralizedTime after (RFC 5280 §4.1.2.5). Whole seconds, UTC. */
export function derTime(ms: number): Uint8Array {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const rest = `${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
  const year = d.getUTCFullYear();
  if (year >= 1950 && year < 2050) return derEncode(TAG.utcTime, new TextEncoder().encode(`${p(year % 100)}${rest}`));
  return derEncode(TAG.generalizedTime, new TextEncoder().encode(`${p(year, 4)}${rest}`));
}
