import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../kernel/encoding';
import { decodeSessionToken, encodeSessionToken } from './session-token';
import type { SessionClaims } from './types';

const claims: SessionClaims = {
  v: 1,
  accessKeyId: 'ASIAY34FZKBOKMUTVV7A',
  secretAccessKey: 'x'.repeat(40),
  issuedAt: 1_800_000_000,
  expiresAt: 1_800_003_600,
  principal: { kind: 'assumed-role', account: '123456789012', roleName: 'Deploy', rolePath: '/', roleId: 'AROA3XFRBF535PLBIFPI4', sessionName: 'alice' },
  issuedBy: 'AssumeRole',
  tags: [],
  transitiveTagKeys: [],
  roleChained: false,
  sessionPolicies: [],
  policyArns: [],
};

const key = () => crypto.subtle.importKey('raw', new Uint8Array(32).fill(7), 'AES-GCM', false, ['encrypt', 'decrypt']);
const iv = new Uint8Array(12).fill(3);

describe('session tokens', () => {
  it('decode to the claims they were issued with, with or without MinimumSessionTokenSize padding', async () => {
    const k = await key();
    const plain = await encodeSessionToken(k, claims, iv);
    expect(plain.startsWith('IQoJb3JpZ2luX2Vj')).toBe(true);
    expect(await decodeSessionToken(k, plain)).toEqual(claims);
    for (const minimum of [plain.length + 1, plain.length + 9, 2000, 4096]) {
      const padded = await encodeSessionToken(k, claims, iv, minimum);
      expect(padded.length, `minimum ${minimum}`).toBeGreaterThanOrEqual(minimum);
      // The pad field itself costs a few bytes, so a minimum just above the bare size overshoots a little.
      if (minimum >= 2000) expect(padded.length - minimum, 'no more than a few characters over the minimum').toBeLessThan(4);
      expect(await decodeSessionToken(k, padded)).toEqual(claims);
    }
  });

  it('refuse anything not exactly as issued: appended bytes, changed padding, the token twice, a trailing byte', async () => {
    const k = await key();
    for (const minimum of [0, 1500]) {
      const token = await encodeSessionToken(k, claims, iv, minimum);
      const bytes = fromBase64(token)!;
      const withByte = new Uint8Array(bytes.length + 1);
      withByte.set(bytes);
      const variants = [
        `${token}AAAA`,
        `${token}A`,
        token.endsWith('=') ? token.replace(/=+$/, '') : `${token}==`,
        `${token}=`,
        token + token,
        toBase64(withByte),
        ` ${token}`,
        token.slice(0, -4),
      ];
      for (const v of variants) expect(await decodeSessionToken(k, v), JSON.stringify(v.slice(-8))).toBeNull();
    }
  });

  it('refuse base64 whose unused trailing bits are set (a second spelling of the same bytes)', async () => {
    const k = await key();
    // Find a token that ends in padding, then flip a bit that the decoder drops.
    for (let n = 0; n < 4; n++) {
      const token = await encodeSessionToken(k, { ...claims, sourceIdentity: 'x'.repeat(n + 2) }, iv);
      if (!token.endsWith('=')) continue;
      const i = token.replace(/=+$/, '').length - 1;
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      const sibling = alphabet[alphabet.indexOf(token[i]!) ^ 1]!;
      const respelled = token.slice(0, i) + sibling + token.slice(i + 1);
      expect(fromBase64(respelled), 'the same bytes').toEqual(fromBase64(token));
      expect(await decodeSessionToken(k, respelled)).toBeNull();
      return;
    }
    throw new Error('no padded token found');
  });
});
