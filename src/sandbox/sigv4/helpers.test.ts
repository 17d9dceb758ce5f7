import { describe, expect, it } from 'vitest';
import { canonicalHeaders } from './canonical-headers';
import { canonicalQuery } from './canonical-query';
import { canonicalUri, pathOf } from './canonical-uri';
import { constantTimeEqual } from './constant-time-equal';
import { toHex } from './hex';
import { parseCredential } from './parse-credential';
import { payloadHash } from './payload-hash';
import { formatIsoBasic, parseIsoBasic, parseRfc1123 } from './request-date';
import { signingKey } from './signing-key';
import { uriEncode } from './uri-encode';

const subtle = globalThis.crypto.subtle;

describe('signingKey', () => {
  it("derives AWS's documented example key", async () => {
    // "Examples of how to derive a signing key for Signature Version 4" (AWS General Reference).
    const key = await signingKey(subtle, 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20120215', 'us-east-1', 'iam');
    expect(toHex(key)).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
  });
});

describe('uriEncode', () => {
  it('keeps unreserved characters and percent-encodes UTF-8 bytes in upper case', () => {
    expect(uriEncode('A-z_0.9~')).toBe('A-z_0.9~');
    expect(uriEncode('a b+c/d=é*')).toBe('a%20b%2Bc%2Fd%3D%C3%A9%2A');
  });
});

describe('canonicalUri', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['//', '/'],
    ['//example//', '/example/'],
    ['/./example', '/example'],
    ['/example/..', '/'],
    ['/example1/example2/../..', '/'],
    ['/example space/', '/example%20space/'],
    ['/%E1%88%B4', '/%25E1%2588%25B4'],
  ])('%j → %j', (path, expected) => {
    expect(canonicalUri(path)).toBe(expected);
  });

  it('takes the path from relative or absolute URLs', () => {
    expect(pathOf('/?Action=X')).toBe('/');
    expect(pathOf('https://sts.amazonaws.com/a/b?x=1')).toBe('/a/b');
    expect(pathOf('http://localhost:4566?x=1')).toBe('/');
  });
});

describe('canonicalQuery', () => {
  it('sorts by name then value and re-encodes', () => {
    expect(
      canonicalQuery([
        ['b', '2'],
        ['a', 'x y'],
        ['a', 'w'],
      ]),
    ).toBe('a=w&a=x%20y&b=2');
  });

  it('leaves out excluded names (the presigned signature)', () => {
    expect(canonicalQuery([['X-Amz-Signature', 'abc'], ['X-Amz-Date', 'd']], ['X-Amz-Signature'])).toBe('X-Amz-Date=d');
  });
});

describe('canonicalHeaders', () => {
  it('trims and collapses whitespace, in signed-header order, skipping absent ones', () => {
    expect(canonicalHeaders({ host: ' h ', 'x-a': 'a \t  b', other: 'x' }, ['host', 'x-a', 'x-missing'])).toBe('host:h\nx-a:a b\n');
  });
});

describe('parseCredential', () => {
  it('splits the five elements and ignores trailing slashes', () => {
    expect(parseCredential('AKID/20260101/us-east-1/sts/aws4_request/')).toEqual({
      accessKeyId: 'AKID',
      date: '20260101',
      region: 'us-east-1',
      service: 'sts',
      terminator: 'aws4_request',
    });
  });

  it("refuses any other count in AWS's words (hashicorp/vault#4939)", () => {
    expect(() => parseCredential('asWer9')).toThrow(
      expect.objectContaining({
        code: 'IncompleteSignature',
        message: "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'asWer9'",
      }),
    );
  });
});

describe('request dates', () => {
  it('parses ISO 8601 basic and RFC 1123, and formats back', () => {
    const ms = Date.UTC(2026, 0, 2, 3, 4, 5);
    expect(parseIsoBasic('20260102T030405Z')).toBe(ms);
    expect(parseRfc1123('Fri, 02 Jan 2026 03:04:05 GMT')).toBe(ms);
    expect(formatIsoBasic(ms + 999)).toBe('20260102T030405Z');
  });

  it.each(['20260230T000000Z', '20260101T240000Z', '2026-01-01T00:00:00Z', '20260101T000000', ''])('rejects %j', (v) => {
    expect(parseIsoBasic(v)).toBeNull();
  });
});

describe('constantTimeEqual', () => {
  it('is true only for identical strings', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });
});

describe('payloadHash', () => {
  const body = new TextEncoder().encode('Param1=value1');
  const digest = '9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e';

  it('hashes the body, or takes UNSIGNED-PAYLOAD or a matching claimed digest', async () => {
    expect(await payloadHash(subtle, body)).toBe(digest);
    expect(await payloadHash(subtle, body, 'UNSIGNED-PAYLOAD')).toBe('UNSIGNED-PAYLOAD');
    expect(await payloadHash(subtle, body, digest)).toBe(digest);
  });

  it('refuses a claimed digest that is not the body’s', async () => {
    await expect(payloadHash(subtle, body, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).rejects.toMatchObject({
      code: 'SignatureDoesNotMatch',
    });
    await expect(payloadHash(subtle, body, 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD')).rejects.toMatchObject({ code: 'SignatureDoesNotMatch' });
  });
});

describe('prevalidateSignature options', () => {
  it('lets the caller narrow the Regions it answers for', async () => {
    const { prevalidateSignature, isPlausibleRegion } = await import('./prevalidate');
    const info = {
      accessKeyId: 'AKID',
      region: 'eu-west-1',
      signingDate: '20260101T000000Z',
      requestTimeMs: Date.UTC(2026, 0, 1),
      form: 'header' as const,
      scopeDate: '20260101',
      service: 'sts',
      terminator: 'aws4_request',
      signedHeaders: ['host'],
      signature: '00',
    };
    expect(() => prevalidateSignature(info, Date.UTC(2026, 0, 1))).not.toThrow();
    expect(() => prevalidateSignature(info, Date.UTC(2026, 0, 1), { isValidRegion: (r) => r === 'us-east-1' })).toThrow(
      "Credential should be scoped to a valid region, not 'eu-west-1'. ",
    );
    expect(['us-east-1', 'us-gov-west-1', 'eu-isoe-west-1', 'il-central-1'].every(isPlausibleRegion)).toBe(true);
    expect(['aws-global', 'US-EAST-1', 'global', 'us-east', ''].some(isPlausibleRegion)).toBe(false);
  });
});
