import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './encoding';

describe('toBase64', () => {
  it.each([0, 1, 2, 3, 4, 5, 30, 700, 0x8000, 0x8000 + 1, 100_000])('encodes %i bytes as standard padded base64', (length) => {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) bytes[i] = (i * 7919) & 0xff;
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(fromBase64(text)).toEqual(bytes);
  });
});
