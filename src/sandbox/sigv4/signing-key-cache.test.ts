import { beforeEach, describe, expect, it } from 'vitest';
import type { SyncSha256 } from '../core/runtime';
import { toHex } from './hex';
import { hmacSha256 } from './sha256';
import { signingKey } from './signing-key';
import { SIGNING_KEY_CACHE_LIMIT, cachedSigningKey, clearSigningKeyCache, signWithScope, signingKeyCacheSize } from './signing-key-cache';

const subtle = globalThis.crypto.subtle;
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

/** A synchronous stand-in that counts HMACs (its bytes are meaningless; only counts are asserted). */
function countingSource(): SyncSha256 & { hmacs: number } {
  const source = {
    hmacs: 0,
    sha256: () => new Uint8Array(32),
    hmacSha256: (key: Uint8Array) => {
      source.hmacs++;
      return new Uint8Array(32).fill(key[0] ?? 0);
    },
  };
  return source;
}

beforeEach(() => clearSigningKeyCache());

describe('cachedSigningKey', () => {
  it("equals the freshly derived key (AWS's documented example)", async () => {
    const first = await cachedSigningKey(subtle, SECRET, '20120215', 'us-east-1', 'iam');
    const again = await cachedSigningKey(subtle, SECRET, '20120215', 'us-east-1', 'iam');
    expect(toHex(first)).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
    expect(toHex(again)).toBe(toHex(await signingKey(subtle, SECRET, '20120215', 'us-east-1', 'iam')));
  });

  it('keeps one key per secret, date, Region and service', async () => {
    const base = await cachedSigningKey(subtle, SECRET, '20260101', 'us-east-1', 'sts');
    const variants = [
      await cachedSigningKey(subtle, `${SECRET}x`, '20260101', 'us-east-1', 'sts'),
      await cachedSigningKey(subtle, SECRET, '20260102', 'us-east-1', 'sts'),
      await cachedSigningKey(subtle, SECRET, '20260101', 'eu-west-1', 'sts'),
      await cachedSigningKey(subtle, SECRET, '20260101', 'us-east-1', 'iam'),
    ];
    for (const v of variants) expect(toHex(v)).not.toBe(toHex(base));
    expect(signingKeyCacheSize()).toBe(5);
    // Scope elements cannot run into each other: 'ab'+'c' is not 'a'+'bc'.
    const split1 = await cachedSigningKey(subtle, SECRET, '2026', '0101', 'sts');
    const split2 = await cachedSigningKey(subtle, SECRET, '20260', '101', 'sts');
    expect(toHex(split1)).not.toBe(toHex(split2));
  });

  it('derives once per scope: later signatures need one HMAC each', async () => {
    const source = countingSource();
    await cachedSigningKey(source, SECRET, '20260101', 'us-east-1', 'sts');
    expect(source.hmacs).toBe(4);
    await signWithScope(source, SECRET, '20260101', 'us-east-1', 'sts', 'string to sign');
    await signWithScope(source, SECRET, '20260101', 'us-east-1', 'sts', 'another');
    expect(source.hmacs).toBe(6);
  });

  it(`holds at most ${SIGNING_KEY_CACHE_LIMIT} keys, dropping the least recently used`, async () => {
    const source = countingSource();
    for (let i = 0; i < SIGNING_KEY_CACHE_LIMIT + 50; i++) await cachedSigningKey(source, `secret-${i}`, '20260101', 'us-east-1', 'sts');
    expect(signingKeyCacheSize()).toBe(SIGNING_KEY_CACHE_LIMIT);
    const before = source.hmacs;
    await cachedSigningKey(source, `secret-${SIGNING_KEY_CACHE_LIMIT + 49}`, '20260101', 'us-east-1', 'sts'); // recent: kept
    expect(source.hmacs).toBe(before);
    await cachedSigningKey(source, 'secret-0', '20260101', 'us-east-1', 'sts'); // oldest: was dropped
    expect(source.hmacs).toBe(before + 4);
    expect(signingKeyCacheSize()).toBe(SIGNING_KEY_CACHE_LIMIT);
  });
});

describe('signWithScope', () => {
  it('gives the signature of the uncached derivation, with Web Crypto, on first and later use', async () => {
    const toSign = 'AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/us-east-1/sts/aws4_request\nabc';
    const key = await signingKey(subtle, SECRET, '20260101', 'us-east-1', 'sts');
    const expected = toHex(await hmacSha256(subtle, key, toSign));
    expect(await signWithScope(subtle, SECRET, '20260101', 'us-east-1', 'sts', toSign)).toBe(expected);
    expect(await signWithScope(subtle, SECRET, '20260101', 'us-east-1', 'sts', toSign)).toBe(expected);
    expect(await signWithScope(subtle, SECRET, '20260101', 'us-east-1', 'sts', `${toSign}d`)).not.toBe(expected);
  });
});
