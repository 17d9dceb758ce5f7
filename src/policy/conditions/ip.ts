/** IpAddress / NotIpAddress: an IPv4 or IPv6 address against CIDR blocks (a bare address is /32 or /128). */
import { operators, type OperatorDef } from './types';

interface Ip {
  version: 4 | 6;
  value: bigint;
}

function parseV4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    v = (v << 8n) | BigInt(Number(p));
  }
  return v;
}

function parseV6(text: string): bigint | undefined {
  let t = text;
  let tail: bigint[] = [];
  // An embedded IPv4 address (::ffff:192.0.2.1) supplies the last two groups.
  const lastColon = t.lastIndexOf(':');
  if (lastColon >= 0 && t.slice(lastColon + 1).includes('.')) {
    const v4 = parseV4(t.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = [v4 >> 16n, v4 & 0xffffn];
    t = t.slice(0, lastColon + 1);
    if (!t.endsWith('::')) t = t.slice(0, -1);
  }
  const halves = t.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0] ?? '');
  const rest = halves.length === 2 ? groups(halves[1] ?? '') : [];
  const want = 8 - tail.length;
  const fill = want - head.length - rest.length;
  if (halves.length === 2 ? fill < 1 : fill !== 0) return undefined;
  const all = [...head, ...Array<string>(Math.max(fill, 0)).fill('0'), ...rest];
  let v = 0n;
  for (const g of all) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    v = (v << 16n) | BigInt(parseInt(g, 16));
  }
  for (const g of tail) v = (v << 16n) | g;
  return v;
}

export function parseIp(text: string): Ip | undefined {
  const t = text.trim();
  if (t.includes(':')) {
    const v = parseV6(t);
    if (v === undefined) return undefined;
    // An IPv4-mapped IPv6 address (::ffff:a.b.c.d) is that IPv4 address.
    if (v >> 32n === 0xffffn) return { version: 4, value: v & 0xffffffffn };
    return { version: 6, value: v };
  }
  const v = parseV4(t);
  return v === undefined ? undefined : { version: 4, value: v };
}

export function parseCidr(text: string): { ip: Ip; prefix: number } | undefined {
  const [addr = '', prefixText, extra] = text.trim().split('/');
  if (extra !== undefined) return undefined;
  const ip = parseIp(addr);
  if (!ip) return undefined;
  const bits = ip.version === 4 ? 32 : 128;
  if (prefixText === undefined) return { ip, prefix: bits };
  if (!/^\d{1,3}$/.test(prefixText)) return undefined;
  let prefix = Number(prefixText);
  // A v4-mapped v6 block (::ffff:10.0.0.0/104) narrows to its IPv4 part.
  if (addr.includes(':') && ip.version === 4) prefix -= 96;
  if (prefix < 0 || prefix > bits) return undefined;
  return { ip, prefix };
}

export function ipInCidr(address: string, cidr: string): boolean {
  const ip = parseIp(address);
  const block = parseCidr(cidr);
  if (!ip || !block || ip.version !== block.ip.version) return false;
  const shift = BigInt((ip.version === 4 ? 32 : 128) - block.prefix);
  return ip.value >> shift === block.ip.value >> shift;
}

export const ipOperators: OperatorDef[] = operators('IpAddress', 'NotIpAddress', {
  family: 'IpAddress',
  variables: false,
  verb: /*i18n*/ { id: 'policy.verb.isIn', message: 'is in' },
  match: (r, p) => ipInCidr(r, p.text),
  checkPolicyValue: (v) => (parseCidr(v) === undefined ? /*i18n*/ { id: 'policy.value.notCidr', message: '"{value}" is not an IP address or CIDR block', values: { value: v }, verbatim: ['value'] } : undefined),
  checkRequestValue: (v) => (parseIp(v) === undefined ? /*i18n*/ { id: 'policy.value.notIp', message: '"{value}" is not an IP address', values: { value: v }, verbatim: ['value'] } : undefined),
});
