import { describe, expect, it } from 'vitest';
import { fromBase64, fromCanonicalBase64, fromCanonicalBase64Url, toBase64, toBase64Url } from './encoding';

describe('toBase64', () => {
  it.each([0, 1, 2, 3, 4, 5, 30, 700, 0x8000, 0x8000 + 1, 100_000])('encodes %i bytes as standard padded base64', (length) => {
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) bytes[i] = (i * 7919) & 0xff;
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(fromBase64(text)).toEqual(bytes);
  });
});

describe('the canonical decoders', () => {
  const bytes = new Uint8Array([0xfb, 0xff, 0x01, 0x02]);

  it('decode exactly the text the encoders write', () => {
    expect(fromCanonicalBase64(toBase64(bytes))).toEqual(bytes);
    expect(fromCanonicalBase64Url(toBase64Url(bytes))).toEqual(bytes);
  });

  it('refuse other spellings of the same bytes: trailing bits, padding, appended text', () => {
    const std = toBase64(bytes); // "+/8BAg==": the last character carries 4 unused bits
    expect(fromBase64(`${std.slice(0, -3)}h==`)).toEqual(bytes);
    expect(fromCanonicalBase64(`${std.slice(0, -3)}h==`)).toBeNull();
    expect(fromCanonicalBase64(std.replace(/=+$/, ''))).toBeNull();
    expect(fromCanonicalBase64(`${std}A`)).toBeNull();
    const url = toBase64Url(bytes);
    expect(fromCanonicalBase64Url(`${url}=`)).toBeNull();
    expect(fromCanonicalBase64Url(`${url.slice(0, -1)}h`)).toBeNull();
  });
});
