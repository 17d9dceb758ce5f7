import { describe, it, expect } from 'vitest';
import { toBase64Url, utf8 } from '../../kernel/encoding';
import { englishError, inEnglish, translator } from '../../i18n/test-support/translate';
import { classifyToken, decodeJwt, describeClaims as describeMessages, unwrapTokenText } from './decode';

/** The claim rows and problems as the English UI shows them. */
function describeClaims(claims: Record<string, unknown>, nowMs: number) {
  const d = describeMessages(claims, nowMs);
  const text = (m: Parameters<typeof inEnglish>[0] | undefined) => (m === undefined ? undefined : inEnglish(m));
  return {
    rows: d.rows.map((r) => ({ ...r, value: inEnglish(r.value), detail: text(r.detail), problem: text(r.problem) })),
    problems: d.problems.map((p) => `${p.claim}: ${inEnglish(p.problem)}`),
  };
}

const part = (v: unknown) => toBase64Url(utf8(JSON.stringify(v)));
const token = (header: unknown, claims: unknown, sig = 'c2ln') => `${part(header)}.${part(claims)}.${sig}`;
const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const nowS = NOW / 1000;

describe('decodeJwt', () => {
  it('decodes header, claims and signature, ignoring whitespace and a Bearer prefix', () => {
    const t = token({ alg: 'RS256', kid: 'k1' }, { iss: 'https://issuer.example', sub: 'me' });
    const r = decodeJwt(`  Bearer ${t}\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.header).toEqual({ alg: 'RS256', kid: 'k1' });
    expect(r.value.claims.sub).toBe('me');
    expect(r.value.raw).toBe(t);
    expect(r.value.signature).toBe('c2ln');
    expect(r.value.signatureLength).toBe(3);
    expect(r.value.signingInput).toBe(t.slice(0, t.lastIndexOf('.')));
  });

  it('names the part count when the token is not three parts', () => {
    expect(englishError(decodeJwt('abc.def'))).toContain('this has 2');
    expect(englishError(decodeJwt(''))).toBe('The token is empty.');
    expect(englishError(decodeJwt('a.b.c.d.e'))).toContain('JWE');
  });

  it('says which part is bad base64url and why', () => {
    const good = part({ alg: 'RS256' });
    const r = decodeJwt(`${good}.ab+c.sig`);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(inEnglish(r.error)).toContain('Part 2 (payload) is not valid base64url');
      expect(inEnglish(r.error)).toContain('standard base64');
    }
    const padded = decodeJwt(`${good}=.${part({})}.sig`);
    expect(englishError(padded)).toContain("Part 1 (header) is not valid base64url: unexpected character '=' (padding");
    const sig = decodeJwt(`${good}.${part({})}.s*g`);
    expect(englishError(sig)).toContain('Part 3 (signature)');
  });

  it('rejects header or payload that is not a JSON object', () => {
    const notJson = decodeJwt(`${toBase64Url(utf8('{alg:'))}.${part({})}.x`);
    expect(englishError(notJson)).toMatch(/^Part 1 \(header\) is not JSON/);
    const arr = decodeJwt(`${part({ alg: 'RS256' })}.${part([1, 2])}.x`);
    expect(englishError(arr)).toBe('Part 2 (payload) is an array; a JWT payload must be a JSON object.');
    const str = decodeJwt(`${part({ alg: 'RS256' })}.${part('hi')}.x`);
    expect(englishError(str)).toContain('is a string');
    const binary = decodeJwt(`${part({ alg: 'RS256' })}.${toBase64Url(new Uint8Array([0xff, 0xfe, 0x80]))}.x`);
    expect(englishError(binary)).toContain('not UTF-8');
  });

  it('never throws on odd input', () => {
    for (const s of ['.', '..', '...', '\u0000.\u0000.\u0000', 'Bearer', 'eyJ.eyJ.', '%%%.%%.%']) {
      const r = decodeJwt(s);
      expect(r.ok).toBe(false);
    }
    expect(decodeJwt(42 as unknown as string).ok).toBe(false);
  });
});

describe('classifyToken', () => {
  it('tells JWTs, JWEs and opaque OAuth tokens apart, with the ProviderId case', () => {
    expect(classifyToken(token({ alg: 'RS256' }, {})).kind).toBe('jwt');
    expect(classifyToken('a.b.c.d.e').kind).toBe('jwe');
    const lwa = classifyToken('Atza|IwEBIJkRxA');
    expect(lwa).toMatchObject({ kind: 'opaque-oauth', providerId: 'www.amazon.com' });
    expect(inEnglish(lwa.explanation)).toContain('ProviderId www.amazon.com');
    expect(inEnglish(classifyToken('Atza%7CIQEBLjAsAhRF').explanation)).toContain('URL-encoded');
    expect(classifyToken('EAAGm0PX4ZCpsBAKZB').providerId).toBe('graph.facebook.com');
    const google = classifyToken('ya29.a0AfH6SMB');
    expect(google.providerId).toBeUndefined();
    expect(inEnglish(google.explanation)).toContain('ID token');
    expect(classifyToken('just-some-string').kind).toBe('opaque-oauth');
  });
});

describe('describeClaims', () => {
  it('shows times as ISO UTC with a relative time', () => {
    const d = describeClaims({ iss: 'https://i.example', sub: 's', aud: 'a', exp: nowS + 3600, iat: nowS - 120 }, NOW);
    const exp = d.rows.find((r) => r.claim === 'exp');
    expect(exp?.value).toBe(`${nowS + 3600} (2025-01-15T13:00:00.000Z)`);
    expect(exp?.detail).toBe('in 1 hour');
    expect(d.rows.find((r) => r.claim === 'iat')?.detail).toBe('2 minutes ago');
    expect(d.problems).toEqual([]);
  });

  it('lists problems: non-integer and expired times, missing aud, bad issuer', () => {
    const d = describeClaims({ iss: 'http://i.example', sub: 's', exp: nowS - 10, nbf: nowS + 0.5 }, NOW);
    expect(d.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('iss: iss does not start with https://'),
        expect.stringContaining('aud: There is no aud claim'),
        expect.stringContaining('exp: The token has expired.'),
        expect.stringContaining('nbf: nbf is 1736942400.5, not an integer'),
      ]),
    );
    const strExp = describeClaims({ exp: '1736942400' }, NOW);
    expect(strExp.problems.some((p) => p.startsWith('exp: exp must be a NumericDate'))).toBe(true);
  });

  it('explains the AWS tags and source identity claims and custom claims', () => {
    const d = describeClaims(
      {
        iss: 'https://i.example',
        sub: 's',
        aud: 'a',
        exp: nowS + 60,
        amr: ['authenticated', 'cognito-idp'],
        'https://aws.amazon.com/tags': { principal_tags: { team: ['blue'], env: ['prod'] }, transitive_tag_keys: ['team'] },
        'https://aws.amazon.com/source_identity': 'alice',
        repository_owner: 'octo',
      },
      NOW,
    );
    expect(d.rows.find((r) => r.claim === 'principal_tags')?.value).toBe('team=blue, env=prod');
    expect(d.rows.find((r) => r.claim === 'transitive_tag_keys')?.value).toBe('team');
    expect(d.rows.find((r) => r.claim === 'amr')?.value).toBe('authenticated, cognito-idp');
    expect(d.rows.find((r) => r.claim === 'https://aws.amazon.com/source_identity')?.value).toBe('alice');
    expect(d.rows.find((r) => r.claim === 'repository_owner')?.detail).toContain('not available as a condition key');
    expect(d.problems).toEqual([]);

    const bad = describeClaims({ 'https://aws.amazon.com/tags': { principal_tags: { team: 'blue' } }, 'https://aws.amazon.com/source_identity': 'a b' }, NOW);
    expect(bad.problems.join('\n')).toContain('one-element list');
    expect(bad.problems.join('\n')).toContain('may contain only');
  });
});

describe('unwrapTokenText', () => {
  const t = token({ alg: 'RS256', kid: 'k1' }, { iss: 'https://token.actions.githubusercontent.com', sub: 'repo:o/r:ref:refs/heads/main' });

  it("takes the token out of GitHub Actions' token response", () => {
    const r = unwrapTokenText(`{"count":1813,"value":"${t}"}`);
    expect(r.token).toBe(t);
    expect(inEnglish(r.wrapper ?? '')).toMatch(/GitHub Actions/);
    expect(translator('fr')(r.wrapper ?? { id: 'none', message: '' })).toBe('la réponse de jeton de GitHub Actions (son champ value)');
    expect(decodeJwt(`{"count":1813,"value":"${t}"}`).ok).toBe(true);
  });

  it('takes the token out of an OAuth JSON response, a Bearer prefix and an Authorization header', () => {
    const wrapperOf = (text: string) => {
      const r = unwrapTokenText(text);
      return { token: r.token, wrapper: r.wrapper && inEnglish(r.wrapper) };
    };
    expect(wrapperOf(`{"access_token":"x","id_token":"${t}"}`)).toEqual({ token: t, wrapper: 'a JSON object (its id_token field)' });
    expect(wrapperOf(`bearer ${t}`)).toEqual({ token: t, wrapper: '"Bearer "' });
    expect(wrapperOf(`Authorization: Bearer ${t}`)).toEqual({ token: t, wrapper: 'an Authorization header' });
    expect(translator('fr')(unwrapTokenText(`Authorization: Bearer ${t}`).wrapper ?? { id: 'none', message: '' })).toBe('un en-tête Authorization');
    expect(translator('fr')(unwrapTokenText(`Bearer "${t}"`).wrapper ?? { id: 'none', message: '' })).toBe('"Bearer ", des guillemets');
    expect(unwrapTokenText(`Authorization: Bearer ${t}`).token).toBe(t);
  });

  it('takes the WebIdentityToken out of a whole form body, URL-decoded', () => {
    const body = `Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FX&WebIdentityToken=${t}&RoleSessionName=s`;
    expect(inEnglish(unwrapTokenText(body).wrapper ?? '')).toBe('a form body (its WebIdentityToken field)');
    expect(unwrapTokenText(`https://app.example/cb#state=1&id_token=${t}`).token).toBe(t);
  });

  it('leaves a bare token, an opaque token and unrelated JSON as they are', () => {
    expect(unwrapTokenText(`  ${t}\n`)).toEqual({ token: t, wrapper: null });
    expect(unwrapTokenText('Atza|IwEBIExample').token).toBe('Atza|IwEBIExample');
    expect(unwrapTokenText('{"a":1}').token).toBe('{"a":1}');
    expect(unwrapTokenText('{"value":').token).toBe('{"value":');
  });
});
