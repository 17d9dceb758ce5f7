import { describe, expect, it } from 'vitest';
import { decodeBase64Text, describePosition } from './base64-text';

const bytes = (r: ReturnType<typeof decodeBase64Text>) => (r.ok ? Array.from(r.value.bytes) : r.error);

describe('decodeBase64Text', () => {
  it('decodes every tail length, with and without padding', () => {
    expect(bytes(decodeBase64Text('TWFu'))).toEqual([77, 97, 110]);
    expect(bytes(decodeBase64Text('TWE='))).toEqual([77, 97]);
    expect(bytes(decodeBase64Text('TWE'))).toEqual([77, 97]);
    expect(bytes(decodeBase64Text('TQ=='))).toEqual([77]);
    expect(bytes(decodeBase64Text('TQ'))).toEqual([77]);
  });

  it('agrees with atob on random data', () => {
    for (let n = 1; n < 50; n++) {
      const data = crypto.getRandomValues(new Uint8Array(n));
      const b64 = btoa(String.fromCharCode(...data));
      expect(bytes(decodeBase64Text(b64))).toEqual(Array.from(data));
    }
  });

  it('skips whitespace and counts it; notes missing padding and the URL-safe alphabet', () => {
    const r = decodeBase64Text(' TW\r\nE \t');
    expect(r.ok && r.value).toMatchObject({ whitespaceRemoved: 5, paddingMissing: true, urlSafe: false });
    const u = decodeBase64Text('-_-_');
    expect(u.ok && u.value.urlSafe).toBe(true);
  });

  it('rejects with the position of the problem', () => {
    expect(decodeBase64Text('TW!u')).toEqual({ ok: false, error: "Invalid base64: unexpected character '!' (U+0021) at position 3; base64 uses only A-Z, a-z, 0-9, '+', '/' and '=' padding." });
    expect(decodeBase64Text('TQ==TQ==')).toEqual({ ok: false, error: "Invalid base64: data after the '=' padding at position 5 (two values pasted together, or a '=' in the middle)." });
    expect(decodeBase64Text('T===')).toMatchObject({ ok: false, error: expect.stringMatching(/too much '=' padding at position 4/) });
    expect(decodeBase64Text('TWFuT')).toMatchObject({ ok: false, error: expect.stringMatching(/5 data characters cannot encode whole bytes/) });
    expect(decodeBase64Text('TWE==')).toMatchObject({ ok: false, error: expect.stringMatching(/padding does not fit/) });
    expect(decodeBase64Text('ab+-')).toMatchObject({ ok: false, error: expect.stringMatching(/mixes the standard alphabet/) });
    expect(decodeBase64Text('  ')).toMatchObject({ ok: false, error: expect.stringMatching(/no data/) });
    expect(decodeBase64Text('TW\u00e9u')).toMatchObject({ ok: false, error: expect.stringMatching(/U\+00E9 at position 3/) });
  });

  it('describes positions on later lines', () => {
    expect(describePosition('ab\ncd', 4)).toBe('position 5 (line 2, column 2)');
  });
});
