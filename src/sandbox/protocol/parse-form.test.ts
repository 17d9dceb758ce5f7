import { describe, expect, it } from 'vitest';
import { decodeFormComponent, parseFormBody, parseFormPairs, queryStringOf, readRequestParams } from './parse-form';

describe('parseFormPairs', () => {
  it('decodes + as space and %XX as UTF-8, keeping order and repeats', () => {
    expect(parseFormPairs('Action=AssumeRole&RoleSessionName=a+b%2Bc&Tags.member.1.Value=%C3%A9t%C3%A9&Action=Other')).toEqual([
      ['Action', 'AssumeRole'],
      ['RoleSessionName', 'a b+c'],
      ['Tags.member.1.Value', 'été'],
      ['Action', 'Other'],
    ]);
  });

  it('handles a key without "=", an empty value and empty segments', () => {
    expect(parseFormPairs('a&b=&&c=1=2')).toEqual([
      ['a', ''],
      ['b', ''],
      ['c', '1=2'],
    ]);
    expect(parseFormPairs('')).toEqual([]);
  });

  it.each([
    ['RoleArn=%ZZ', "Illegal hex character in escape % pattern: %ZZ in the value of 'RoleArn'"],
    ['RoleArn=abc%4', "Incomplete trailing escape % sequence in the value of 'RoleArn'"],
    ['Ro%le=1', 'Illegal hex character in escape % pattern: %le in a parameter name'],
    ['Policy=%C3%28', "The %-escapes in the value of 'Policy' do not decode to valid UTF-8 text"],
  ])('%s gives MalformedQueryString, not URIError', (text, message) => {
    expect(() => parseFormPairs(text)).toThrow(expect.objectContaining({ name: 'StsError', code: 'MalformedQueryString', message }));
  });

  it.each([
    ['%EF%BB%BFabc', 'abc'],
    ['x%EF%BB%BF', 'x\uFEFF'],
    ['\uFEFF%41', 'A'],
    ['%F0%9F%98%80', '\u{1F600}'],
    ['%e2%82%ac', '\u20AC'],
    ['\u00E9%41', '\u00E9A'],
    ['\uD800%41', '\uFFFDA'],
    ['%00', '\u0000'],
  ])('decodes %j as strict UTF-8 (a leading byte-order mark dropped)', (text, decoded) => {
    expect(decodeFormComponent(text)).toBe(decoded);
  });

  it.each(['%C0%AF', '%ED%A0%80', '%F4%90%80%80', '%C3A', '%E2%82', '%FF', '%80'])('refuses %s (overlong, surrogate, out of range or cut short)', (text) => {
    expect(() => decodeFormComponent(text)).toThrow(expect.objectContaining({ code: 'MalformedQueryString', message: 'The %-escapes in the query string do not decode to valid UTF-8 text' }));
  });

  it('does not echo the raw value of a broken parameter (it may be a token)', () => {
    try {
      decodeFormComponent('secret-token-value%G1', "the value of 'WebIdentityToken'");
      throw new Error('expected a failure');
    } catch (e) {
      expect((e as Error).message).not.toContain('secret-token-value');
    }
  });
});

describe('parseFormBody and readRequestParams', () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it('refuses a body that is not UTF-8', () => {
    expect(() => parseFormBody(new Uint8Array([0x41, 0xff]))).toThrow(expect.objectContaining({ code: 'MalformedQueryString' }));
  });

  it('merges URL query and form body, the first occurrence winning', () => {
    const params = readRequestParams({
      method: 'POST',
      url: '/?Action=GetCallerIdentity&X=url',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: enc('Version=2011-06-15&X=body'),
    });
    expect([...params]).toEqual([
      ['Action', 'GetCallerIdentity'],
      ['X', 'url'],
      ['Version', '2011-06-15'],
    ]);
  });

  it('ignores a body that is not a form (JSON)', () => {
    const params = readRequestParams({ method: 'POST', url: '/', headers: { 'content-type': 'application/json' }, body: enc('{"Action":"x"}') });
    expect(params.size).toBe(0);
  });

  it('reads the query string without the fragment', () => {
    expect(queryStringOf('/?a=1#frag')).toBe('a=1');
    expect(queryStringOf('/')).toBe('');
  });
});
