import { describe, expect, it } from 'vitest';
import { toBase32, utf8 } from '../../kernel/encoding';
import { totpCode, totpMatches } from './totp';

// RFC 6238 appendix B vectors (SHA-1, secret "12345678901234567890"), last 6 digits.
const SEED = toBase32(utf8('12345678901234567890'));
const VECTORS: [number, string][] = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
  [20000000000, '353130'],
];

describe('totpCode', () => {
  it.each(VECTORS)('at %i gives %s', async (t, code) => {
    expect(await totpCode(SEED, t)).toBe(code);
  });
  it('rejects a seed that is not base32', async () => {
    expect(await totpCode('not base32!', 59)).toBeNull();
  });
  it('accepts one step of drift and not two', async () => {
    expect(await totpMatches(SEED, '287082', 59 + 30)).toBe(true);
    expect(await totpMatches(SEED, '287082', 59 + 61)).toBe(false);
  });
});
