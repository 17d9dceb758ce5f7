import { describe, expect, it } from 'vitest';
import { allowedHostNames, controlOriginRefusal, exposureWarning, hostRefusal, isLoopbackAddress } from './admission';
import { parseArgs } from './args';
import { toOriginForm } from './request-target';

const lan = () => ['127.0.0.1', '192.168.1.20', '[::1]', '[fe80::1c2a:3bff:fe4d:5e6f]'];

describe('allowedHostNames', () => {
  it('is the loopback names plus the bound address and --allow-host names', () => {
    expect([...allowedHostNames('127.0.0.1', [])]).toEqual(['127.0.0.1', 'localhost', '[::1]']);
    expect([...allowedHostNames('10.0.0.5', ['workshop.lan'])]).toEqual(['127.0.0.1', 'localhost', '[::1]', '10.0.0.5', 'workshop.lan']);
    expect(allowedHostNames('::1', []).has('[::1]')).toBe(true);
  });

  it('for a wildcard address, is every interface address (never 0.0.0.0 itself)', () => {
    const names = allowedHostNames('0.0.0.0', [], lan);
    expect(names.has('192.168.1.20')).toBe(true);
    expect(names.has('[fe80::1c2a:3bff:fe4d:5e6f]')).toBe(true);
    expect(names.has('0.0.0.0')).toBe(false);
    expect(allowedHostNames('::', [], lan).has('192.168.1.20')).toBe(true);
  });
});

describe('hostRefusal', () => {
  const allowed = allowedHostNames('127.0.0.1', ['workshop.lan']);
  const check = (host: string | undefined, targetAuthority: string | null = null, httpVersion = '1.1') => hostRefusal({ host, targetAuthority, httpVersion }, allowed);

  it('admits the allowed names with any port or none, in any letter case', () => {
    for (const host of ['127.0.0.1:4173', 'localhost', 'LocalHost:1', '[::1]:4173', 'workshop.lan:8080']) expect(check(host), host).toBeNull();
  });

  it('refuses other names with 403, naming the flag that admits them', () => {
    expect(check('rebind.attacker.example:4173')).toEqual({ status: 403, code: 'HostNotAllowed', message: expect.stringContaining('--allow-host rebind.attacker.example') });
    expect(check('0.0.0.0:4173')?.status).toBe(403);
    expect(check('localhost.:4173')?.status).toBe(403);
    expect(check('127.0.0.1', 'evil.example')?.code, 'an absolute-form authority is checked too').toBe('HostNotAllowed');
  });

  it('refuses what is not a host[:port] with 400, and an HTTP/1.1 request with no Host', () => {
    for (const host of ['', 'a b', 'user@127.0.0.1', '127.0.0.1:99999', '127.0.0.1:', 'http://127.0.0.1', '127.0.0.1/x']) expect(check(host)?.code, host).toBe('InvalidHost');
    expect(check(undefined)?.code).toBe('MissingHost');
    expect(check(undefined, null, '1.0')).toBeNull();
    expect(check(undefined, '127.0.0.1:4173')).toBeNull();
  });

  it('runs in linear time on a long Host', () => {
    // A ratio, not a timing: a quadratic pattern would make the long case thousands of times slower.
    const time = (n: number) => {
      const host = `${'a'.repeat(n)}:`;
      const start = performance.now();
      for (let i = 0; i < 20; i++) check(host);
      return performance.now() - start;
    };
    time(4_000);
    expect(time(64_000) / Math.max(time(4_000), 0.05)).toBeLessThan(160);
  });
});

describe('controlOriginRefusal', () => {
  const host = '127.0.0.1:4173';
  it('admits no Origin and the workbench\'s own origin (http, or https behind a proxy)', () => {
    expect(controlOriginRefusal({}, host)).toBeNull();
    expect(controlOriginRefusal({ origin: 'http://127.0.0.1:4173' }, host)).toBeNull();
    expect(controlOriginRefusal({ origin: 'https://workshop.lan' }, 'workshop.lan')).toBeNull();
    expect(controlOriginRefusal({ origin: 'http://[::1]:4173' }, '[::1]:4173')).toBeNull();
  });

  it('refuses any other origin, the opaque "null", and no-cors requests from other sites', () => {
    for (const origin of ['http://evil.example', 'http://127.0.0.1:4174', 'http://localhost:4173', 'null', 'file://', 'chrome-extension://abc', 'http://127.0.0.1:4173/path']) {
      expect(controlOriginRefusal({ origin }, host)?.code, origin).toBe('OriginNotAllowed');
    }
    expect(controlOriginRefusal({ origin: 'http://127.0.0.1:4173' }, undefined)?.code).toBe('OriginNotAllowed');
    expect(controlOriginRefusal({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors' }, host)?.code).toBe('OriginNotAllowed');
    expect(controlOriginRefusal({ 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'cors' }, host)?.code).toBe('OriginNotAllowed');
    expect(controlOriginRefusal({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' }, host)).toBeNull();
    expect(controlOriginRefusal({ 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' }, host)).toBeNull();
  });
});

describe('exposureWarning', () => {
  it('is silent for loopback addresses', () => {
    for (const address of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) {
      expect(isLoopbackAddress(address), address).toBe(true);
      expect(exposureWarning(address, 4173, allowedHostNames(address, []))).toBeNull();
    }
  });

  it('for a wildcard, names where it is reachable, what is exposed, and --allow-host', () => {
    const text = exposureWarning('0.0.0.0', 4173, allowedHostNames('0.0.0.0', ['workshop.lan'], lan), lan) ?? '';
    expect(text).toContain('WARNING: --host 0.0.0.0');
    expect(text).toContain('192.168.1.20:4173');
    expect(text).not.toContain('127.0.0.1:4173,');
    expect(text).toMatch(/demo credentials/);
    expect(text).toMatch(/\/_sandbox\//);
    expect(text).toContain('workshop.lan from --allow-host');
    expect(text).toContain('--allow-host NAME');
  });

  it('for one LAN address, names that address', () => {
    expect(exposureWarning('10.0.0.5', 8080, allowedHostNames('10.0.0.5', [])) ?? '').toContain('10.0.0.5:8080');
  });
});

describe('--allow-host', () => {
  it('is repeatable and comma-separated; IPv6 addresses get their brackets; names are lower case', () => {
    expect(parseArgs(['--allow-host', 'workshop.lan,Class.Example', '--allow-host=fe80::1', '--allow-host', '[::2]']).allowHosts).toEqual(['workshop.lan', 'class.example', '[fe80::1]', '[::2]']);
    expect(parseArgs([]).allowHosts).toEqual([]);
  });

  it('refuses a port, a scheme, a path or a wildcard with a message', () => {
    for (const bad of ['workshop.lan:4173', 'http://workshop.lan', 'workshop.lan/x', '*', '']) {
      expect(() => parseArgs(['--allow-host', bad]), bad).toThrow(/--allow-host takes a host name or address without a port/);
    }
  });
});

describe('toOriginForm', () => {
  it('turns an absolute-form target into origin-form and returns its authority', () => {
    expect(toOriginForm('/?Action=GetCallerIdentity')).toEqual({ url: '/?Action=GetCallerIdentity', authority: null });
    expect(toOriginForm('http://127.0.0.1:4173/')).toEqual({ url: '/', authority: '127.0.0.1:4173' });
    expect(toOriginForm('HTTP://localhost:4173/_sandbox/info?x=1')).toEqual({ url: '/_sandbox/info?x=1', authority: 'localhost:4173' });
    expect(toOriginForm('http://localhost?Action=X')).toEqual({ url: '/?Action=X', authority: 'localhost' });
    expect(toOriginForm('http://[::1]:4173//a/../b')).toEqual({ url: '//a/../b', authority: '[::1]:4173' });
    expect(toOriginForm('*')).toEqual({ url: '*', authority: null });
  });
});
