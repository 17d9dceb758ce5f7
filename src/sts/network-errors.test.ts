import { describe, it, expect } from 'vitest';
import { inEnglish, translator } from '../i18n/test-support/translate';
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
    expect(inEnglish(f.meaning)).toMatch(/Content-Security-Policy/);
    expect(inEnglish(f.meaning)).toContain('sts.example.net');
  });

  it('AWS endpoints: connection problem, not CORS', () => {
    const f = classifyNetworkFailure(fetchFailed, { endpoint: 'https://sts-fips.eu-west-1.amazonaws.com', pageOrigin: PAGE });
    expect(f.kind).toBe('network');
    expect(inEnglish(f.meaning)).toMatch(/AWS STS answers browsers' CORS checks/);
    expect(inEnglish(f.meaning)).not.toMatch(/Failed to fetch/);
  });

  it('a custom cross-origin endpoint: unreachable or no CORS, with the headers it must allow', () => {
    const f = classifyNetworkFailure(fetchFailed, { endpoint: 'http://localhost:4566', pageOrigin: PAGE });
    expect(f.kind).toBe('cors');
    expect(inEnglish(f.meaning)).toContain('localhost:4566');
    expect(f.likelyFixes.map(inEnglish).join(' ')).toContain(`Access-Control-Allow-Origin: ${PAGE}`);
    expect(f.likelyFixes.map(inEnglish).join(' ')).toContain('x-amz-security-token');
  });

  it('the page\'s own server', () => {
    const f = classifyNetworkFailure(fetchFailed, { endpoint: PAGE, pageOrigin: PAGE });
    expect(f.kind).toBe('network');
    expect(inEnglish(f.meaning)).toMatch(/own server/);
  });

  it('mixed content from an HTTPS page', () => {
    const f = classifyNetworkFailure(fetchFailed, { endpoint: 'http://sts.internal.example:8080', pageOrigin: 'https://workbench.example' });
    expect(f.kind).toBe('network');
    expect(inEnglish(f.title)).toMatch(/mixed content/);
  });

  it('Node socket codes, also when wrapped in cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(inEnglish(classifyNetworkFailure(refused, { endpoint: 'http://127.0.0.1:9', pageOrigin: PAGE }).meaning)).toMatch(/Nothing is listening at 127.0.0.1:9/);
    const wrapped = new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }) });
    expect(inEnglish(classifyNetworkFailure(wrapped, { endpoint: 'https://sts.nowhere.invalid', pageOrigin: PAGE }).title)).toBe('Host name not found');
  });

  it('never throws on odd input', () => {
    expect(() => classifyNetworkFailure(undefined, { endpoint: 'not a url', pageOrigin: '' })).not.toThrow();
    expect(classifyNetworkFailure('boom', { endpoint: '', pageOrigin: '' }).kind).toBe('network');
  });
});

describe('in French', () => {
  it('names the failure in French and keeps the host and headers verbatim', () => {
    const fr = translator('fr');
    const fetchFailed = new TypeError('Failed to fetch');
    const cors = classifyNetworkFailure(fetchFailed, { endpoint: 'http://localhost:4566', pageOrigin: PAGE });
    expect(fr(cors.title)).toBe('Pas de réponse, ou pas de permission CORS');
    expect(fr(cors.meaning)).toContain('localhost:4566');
    expect(fr(cors.likelyFixes[1]!)).toContain('Access-Control-Allow-Headers: authorization');
    const refused = classifyNetworkFailure({ cause: { code: 'ECONNREFUSED' } }, { endpoint: 'http://127.0.0.1:9', pageOrigin: PAGE });
    expect(fr(refused.meaning)).toBe("Rien n'écoute sur 127.0.0.1:9 : la connexion a été refusée.");
  });
});
