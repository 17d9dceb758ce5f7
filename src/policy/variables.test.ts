import { describe, expect, it } from 'vitest';
import { substituteVariables } from './variables';
import { matchPattern } from './wildcard';

const keys: Record<string, string[]> = {
  'aws:username': ['bob'],
  'aws:principaltag/team': ['blue'],
  'saml:sub': ['user@example.com'],
  'aws:TagKeys': ['a', 'b'],
  'aws:userid': ['AIDA*weird?'],
};
const lookup = (k: string) => {
  const hit = Object.entries(keys).find(([name]) => name.toLowerCase() === k.toLowerCase());
  return hit?.[1];
};
const sub = (t: string) => substituteVariables(t, lookup);

describe('substituteVariables', () => {
  it('replaces variables with the key value (case-insensitive key names)', () => {
    expect(sub('home/${aws:username}/*')).toMatchObject({ ok: true, text: 'home/bob/*' });
    expect(sub('${aws:PrincipalTag/Team}-${SAML:sub}')).toMatchObject({ ok: true, text: 'blue-user@example.com' });
  });

  it('lists what it replaced for the trace', () => {
    expect(sub('${aws:username}')).toMatchObject({ replaced: [{ variable: '${aws:username}', value: 'bob' }] });
  });

  it('turns ${*}, ${?} and ${$} into literal characters', () => {
    const r = sub('a${*}b${?}c${$}');
    expect(r).toMatchObject({ ok: true, text: 'a*b?c$' });
    if (!r.ok) return;
    expect(matchPattern(r.pattern, 'a*b?c$')).toBe(true);
    expect(matchPattern(r.pattern, 'aXXbYc$')).toBe(false);
  });

  it('keeps wildcards written in the policy active, and substituted text literal', () => {
    const r = sub('${aws:userid}/*');
    if (!r.ok) throw new Error('expected ok');
    expect(matchPattern(r.pattern, 'AIDA*weird?/anything')).toBe(true);
    expect(matchPattern(r.pattern, 'AIDAxxweirdZ/anything')).toBe(false);
  });

  it('uses the default when the key is missing, and fails without one', () => {
    expect(sub("${aws:PrincipalTag/dept, 'none'}")).toMatchObject({ ok: true, text: 'none' });
    expect(sub("${aws:PrincipalTag/dept,'none'}")).toMatchObject({ ok: true, text: 'none' });
    expect(sub("x${aws:PrincipalTag/dept, ''}y")).toMatchObject({ ok: true, text: 'xy' });
    expect(sub('${aws:PrincipalTag/dept}')).toEqual({ ok: false, missing: '${aws:PrincipalTag/dept}' });
  });

  it('prefers the real value over the default', () => {
    expect(sub("${aws:username, 'nobody'}")).toMatchObject({ ok: true, text: 'bob' });
  });

  it('treats a multivalued key as missing', () => {
    expect(sub('${aws:TagKeys}')).toEqual({ ok: false, missing: '${aws:TagKeys}' });
    expect(sub("${aws:TagKeys, 'd'}")).toMatchObject({ ok: true, text: 'd' });
  });

  it('leaves text that is not a variable alone', () => {
    expect(sub('cost $5 {x} ${ unterminated')).toMatchObject({ ok: true, text: 'cost $5 {x} ${ unterminated' });
  });
});
