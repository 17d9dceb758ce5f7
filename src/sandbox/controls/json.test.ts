import { describe, expect, it } from 'vitest';
import { requestBaseUrl } from '../core/base-url';
import { ControlError, parseJsonRequest } from './json';

const body = new TextEncoder().encode('{"advanceSeconds":60}');
const refusal = (type: string | undefined) => {
  try {
    parseJsonRequest({ headers: type === undefined ? {} : { 'content-type': type }, body });
  } catch (e) {
    return e instanceof ControlError ? { status: e.status, code: e.code, message: e.message } : e;
  }
  return null;
};

describe('parseJsonRequest (both sandboxes: the server and the in-page one)', () => {
  it('reads a body declared as application/json, with or without charset=utf-8', () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON ; Charset="UTF-8"']) expect(refusal(type), type).toBeNull();
    expect(parseJsonRequest({ headers: { 'content-type': 'application/json' }, body })).toEqual({ advanceSeconds: 60 });
  });

  it('refuses any other type with 415 UnsupportedMediaType, saying what to send', () => {
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'application/json-patch+json', undefined]) {
      expect(refusal(type), String(type)).toEqual({ status: 415, code: 'UnsupportedMediaType', message: expect.stringContaining('Content-Type: application/json') });
    }
    expect(refusal('application/json; charset=latin1')).toMatchObject({ status: 415, message: expect.stringContaining('UTF-8') });
  });
});

describe('requestBaseUrl', () => {
  const base = (headers: Record<string, string>) => requestBaseUrl({ method: 'GET', url: '/', headers, body: new Uint8Array() });
  it('is http(s)://<Host> for a host[:port]', () => {
    expect(base({ host: 'LocalHost:4173' })).toBe('http://localhost:4173');
    expect(base({ host: '[::1]:4173', 'x-forwarded-proto': 'https' })).toBe('https://[::1]:4173');
  });
  it('never echoes a Host that is not a host name, nor a scheme other than http or https', () => {
    expect(base({ host: 'evil.example/path?' })).toBe('http://127.0.0.1');
    expect(base({ host: 'a@b' })).toBe('http://127.0.0.1');
    expect(base({})).toBe('http://127.0.0.1');
    expect(base({ host: 'localhost:4173', 'x-forwarded-proto': 'javascript' })).toBe('http://localhost:4173');
  });
});
