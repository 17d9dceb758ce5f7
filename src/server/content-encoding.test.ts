import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressDynamic, DYNAMIC_COMPRESSION_MIN_BYTES, negotiateCoding, type Coding } from './content-encoding';

const BOTH: Coding[] = ['identity', 'br', 'gzip'];

describe('negotiateCoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', BOTH, 'br'], // what Chromium sends: brotli preferred
    ['gzip, deflate', BOTH, 'gzip'], // no br: gzip fallback
    ['br', ['identity', 'gzip'], 'identity'], // br asked, only gzip precompressed: the plain file
    ['GZIP', BOTH, 'gzip'], // coding names are case-insensitive
    ['x-gzip', BOTH, 'gzip'],
    ['br;q=0.5, gzip;q=0.8', BOTH, 'gzip'], // the client's weights win
    ['br;q=0.8, gzip;q=0.8', BOTH, 'br'], // ties go to the smaller coding
    ['br;q=0, gzip', BOTH, 'gzip'], // q=0 refuses br
    ['br;q=0, gzip;q=0', BOTH, 'identity'],
    ['*', BOTH, 'br'],
    ['*;q=0.5, br;q=0', BOTH, 'gzip'],
    ['', BOTH, 'identity'], // an empty header asks for no coding
    ['identity', BOTH, 'identity'],
    ['deflate, zstd', BOTH, 'identity'], // nothing we have
    ['br;q=1.5, gzip', BOTH, 'gzip'], // a malformed weight is not a preference
    ['br;q=abc', BOTH, 'identity'],
    [' br ; q = 0.9 ', BOTH, 'br'],
  ] as const)('Accept-Encoding %j → %s', (header, available, expected) => {
    expect(negotiateCoding(header, available)).toBe(expected);
  });

  it('answers identity when the request has no Accept-Encoding', () => {
    expect(negotiateCoding(undefined, BOTH)).toBe('identity');
  });

  it('refuses (null) when identity is refused and no acceptable coding is available', () => {
    expect(negotiateCoding('identity;q=0', ['identity'])).toBeNull();
    expect(negotiateCoding('*;q=0', BOTH)).toBeNull();
    expect(negotiateCoding('br, identity;q=0', ['identity', 'gzip'])).toBeNull();
    expect(negotiateCoding('gzip, identity;q=0', BOTH)).toBe('gzip');
  });

  it('reads a long header in linear time (no backtracking on repeated items)', () => {
    expect(negotiateCoding(`${'x;q=0.1,'.repeat(50_000)}gzip`, BOTH)).toBe('gzip');
  });
});

describe('compressDynamic', () => {
  const large = Buffer.from(JSON.stringify({ accounts: Array.from({ length: 60 }, (_, i) => ({ id: String(100000000000 + i), alias: `account-${i}` })) }));

  it('compresses a large body as the client asks, to bytes that decode to the same body', () => {
    expect(large.length).toBeGreaterThan(DYNAMIC_COMPRESSION_MIN_BYTES);
    const br = compressDynamic(large, 'gzip, deflate, br');
    expect(br.coding).toBe('br');
    expect(br.body.length).toBeLessThan(large.length / 3);
    expect(brotliDecompressSync(br.body).equals(large)).toBe(true);
    const gz = compressDynamic(large, 'gzip');
    expect(gz.coding).toBe('gzip');
    expect(gunzipSync(gz.body).equals(large)).toBe(true);
  });

  it('sends the bytes as they are when small, when the client says nothing, or when it refuses both codings', () => {
    const small = Buffer.from('{"offsetSeconds":0}');
    expect(compressDynamic(small, 'gzip, br')).toEqual({ body: small, coding: 'identity' });
    expect(compressDynamic(large, undefined)).toEqual({ body: large, coding: 'identity' });
    expect(compressDynamic(large, 'br;q=0, gzip;q=0')).toEqual({ body: large, coding: 'identity' });
    expect(compressDynamic(large, 'zstd')).toEqual({ body: large, coding: 'identity' });
  });
});
