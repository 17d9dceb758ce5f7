import { describe, expect, it } from 'vitest';
import { holds } from '../test-support/context';
import { ipInCidr, parseCidr, parseIp } from './ip';

describe('parseIp / parseCidr', () => {
  it('reads IPv4 and IPv6 in their usual forms', () => {
    expect(parseIp('192.0.2.1')).toEqual({ version: 4, value: 0xc0000201n });
    expect(parseIp('::1')).toEqual({ version: 6, value: 1n });
    expect(parseIp('2001:db8::')).toEqual({ version: 6, value: 0x20010db8n << 96n });
    expect(parseIp('2001:DB8:0:0:0:0:0:1')?.value).toBe((0x20010db8n << 96n) | 1n);
    expect(parseIp('::ffff:192.0.2.1')).toEqual({ version: 4, value: 0xc0000201n });
  });

  it('rejects malformed addresses', () => {
    for (const bad of ['256.0.0.1', '1.2.3', '1.2.3.4.5', '1:2:3:4:5:6:7:8:9', '1::2::3', 'gggg::1', '', 'a.b.c.d', '1.2.3.4:80']) {
      expect(parseIp(bad), bad).toBeUndefined();
    }
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
    expect(parseCidr('10.0.0.0/8/8')).toBeUndefined();
    expect(parseCidr('2001:db8::/129')).toBeUndefined();
  });
});

describe('ipInCidr', () => {
  it.each([
    ['203.0.113.7', '203.0.113.0/24', true],
    ['203.0.114.7', '203.0.113.0/24', false],
    ['203.0.113.7', '203.0.113.7', true],
    ['203.0.113.8', '203.0.113.7', false],
    ['10.1.2.3', '0.0.0.0/0', true],
    ['2001:db8::5', '2001:db8::/32', true],
    ['2001:db9::5', '2001:db8::/32', false],
    ['2001:db8::5', '10.0.0.0/8', false],
    ['10.0.0.1', '::/0', false],
    ['::ffff:10.0.0.1', '10.0.0.0/8', true],
  ])('%s in %s → %s', (ip, cidr, expected) => {
    expect(ipInCidr(ip, cidr)).toBe(expected);
  });
});

describe('IpAddress / NotIpAddress', () => {
  const K = { 'aws:SourceIp': ['203.0.113.7'] };
  it('match any of the CIDR blocks', () => {
    expect(holds('IpAddress', 'aws:SourceIp', ['198.51.100.0/24', '203.0.113.0/24'], K)).toBe(true);
    expect(holds('IpAddress', 'aws:SourceIp', '198.51.100.0/24', K)).toBe(false);
    expect(holds('NotIpAddress', 'aws:SourceIp', '198.51.100.0/24', K)).toBe(true);
    expect(holds('NotIpAddress', 'aws:SourceIp', ['198.51.100.0/24', '203.0.113.0/24'], K)).toBe(false);
  });

  it('IfExists passes when the request has no source IP', () => {
    expect(holds('IpAddress', 'aws:SourceIp', '10.0.0.0/8', {})).toBe(false);
    expect(holds('IpAddressIfExists', 'aws:SourceIp', '10.0.0.0/8', {})).toBe(true);
  });
});
