import { inEnglish } from '../../i18n/test-support/translate';
import { describe, expect, it } from 'vitest';
import { toBase64Url, utf8 } from '../../kernel/encoding';
import { decodeJwt } from './decode';
import { checkTokenAgainstStsRules } from './sts-checks';
import { withoutSignature } from './unsigned';

const part = (o: object) => toBase64Url(utf8(JSON.stringify(o)));
const token = `${part({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${part({ iss: 'https://idp.example.com', sub: 'a', aud: 'c', exp: 2_000_000_000 })}.c2ln`;

describe('withoutSignature', () => {
  it('keeps the claims, drops the signature and kid, and STS checks call it unsigned', () => {
    const u = withoutSignature(token);
    expect(u?.endsWith('.')).toBe(true);
    const d = decodeJwt(u ?? '');
    if (!d.ok) throw new Error(inEnglish(d.error));
    expect(d.value.header).toEqual({ alg: 'none', typ: 'JWT' });
    expect(d.value.claims.sub).toBe('a');
    const alg = checkTokenAgainstStsRules(d.value, { nowMs: 0, rawLength: d.value.raw.length }).find((l) => l.id === 'alg');
    expect(alg?.status).toBe('fail');
  });

  it('returns null for what is not a JWT', () => {
    expect(withoutSignature('abc')).toBeNull();
    expect(withoutSignature('!!.x.y')).toBeNull();
  });
});
