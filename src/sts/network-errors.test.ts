import { describe, it, expect } from 'vitest';
import { classifyNetworkFailure } from './network-errors';

const PAGE = 'http://127.0.0.1:4173';
const fetchFailed = new TypeError('Failed to fetch');

describe('classifyNetworkFailure', () => {
  it('cancellation', () => {
    const abort = Object.assign(new Error('Request aborted'), { name: 'AbortError' });
    expect(classifyNetworkFailure(abort, { endpoint: 'https://sts.us-east-1.amazonaws.com', pageOrigin: PAGE }).kind).toBe('aborted');
  });

  it('a CSP violation the page saw', () => {
    const f = classifyNetworkFailure(fetchFailed, { endpoint: 'https://sts.example.net', pageOrigin: PAGE, cspViolation: true });
    expect(f.kind).toBe('csp');
    expect(f.message).toMatch(/Content-Security-Policy/);
    expect(f.message).toContain('sts.example.net');
  });

  it('AWS endpoints: connection problem, not CORS', () => {
    const f = classifyNetworkFailure(fetchFailed, { endpoint: 'https://sts-fips.eu-west-1.amazonaws.com', pageOrigin: PAGE });
    expect(f.kind).toBe('network');
    expect(f.message).toMatch(/AWS STS answers browsers' CORS checks/);
    expect(f.message).not.toMatch(/Failed to fetch/);
  });

  it('a custom cross-origin endpoint: unreachable or no CORS, with the headers it must allow', () => {
    const f = classifyNetworkFailure(fetchFailed, { endpoint: 'http://localhost:4566', pageOrigin: PAGE });
    expect(f.kind).toBe('cors');
    expect(f.message).toContain('localhost:4566');
    expect(f.likelyFixes.join(' ')).toContain(`Access-Control-Allow-Origin: ${PAGE}`);
    expect(f.likelyFixes.join(' ')).toContain('x-amz-security-token');
  });

  it('the page\'s own server', () => {
    const f = classifyNetworkFailure(fetchFailed, { endpoint: PAGE, pageOrigin: PAGE });
    expect(f.kind).toBe('network');
    expect(f.message).toMatch(/own server/);
  });

  it('mixed content from an HTTPS page', () => {
    const f = classifyNetworkFailure(fetchFailed, { endpoint: 'http://sts.internal.example:8080', pageOrigin: 'https://workbench.example' });
    expect(f.kind).toBe('network');
    expect(f.title).toMatch(/mixed content/);
  });

  it('Node socket codes, also when wrapped in cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(classifyNetworkFailure(refused, { endpoint: 'http://127.0.0.1:9', pageOrigin: PAGE }).message).toMatch(/Nothing is listening at 127.0.0.1:9/);
    const wrapped = new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }) });
    expect(classifyNetworkFailure(wrapped, { endpoint: 'https://sts.nowhere.invalid', pageOrigin: PAGE }).title).toBe('Host name not found');
  });

  it('never throws on odd input', () => {
    expect(() => classifyNetworkFailure(undefined, { endpoint: 'not a url', pageOrigin: '' })).not.toThrow();
    expect(classifyNetworkFailure('boom', { endpoint: '', pageOrigin: '' }).kind).toBe('network');
  });
});
