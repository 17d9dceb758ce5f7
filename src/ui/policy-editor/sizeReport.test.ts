import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/test-support/translate';
import { packedNote, sizeBlockMessage, sizeReport } from './sizeReport';

const en = translator('en');
const fr = translator('fr');

const statement = '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}';
const big = `{"Version": "2012-10-17", "Statement": [${Array(24).fill(statement).join(`,\n${' '.repeat(40)}`)}]}`;

describe('sizeReport', () => {
  it('counts the policy as written plus the ARNs, and names both', () => {
    const arn = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
    const r = sizeReport('{"a": 1}', [arn]);
    expect(r).toMatchObject({ plaintext: 8 + arn.length, over: false, policyChars: 8, arnChars: arn.length });
    expect(en(r.valueText)).toBe(`${8 + arn.length} of 2,048 characters`);
    expect(en(r.detail)).toBe(`inline policy 8 + policy ARNs ${arn.length}.`);
    expect(fr(r.detail)).toBe(`politique en ligne 8 + ARN de politiques ${arn.length}.`);
  });

  it('over the limit says by how much and whether Minify is enough', () => {
    const r = sizeReport(big, []);
    expect(r.over).toBe(true);
    expect(en(r.valueText)).toBe('2,856 of 2,048 characters');
    expect(fr(r.valueText)).toBe('2\u202f856 caractères sur 2\u202f048');
    expect(en(r.detail)).toBe('inline policy, whitespace included: 808 over the limit, STS refuses it. Minify brings it to 1,790.');
    const huge = `{"Version": "2012-10-17", "Statement": [${Array(40).fill(statement).join(', ')}]}`;
    expect(en(sizeReport(huge, []).detail)).toMatch(/Even minified it is 2,\d{3}: remove statements or ARNs\.$/);
  });
});

describe('sizeBlockMessage', () => {
  it('names the size for the Send bar only when over 2,048', () => {
    expect(en(sizeBlockMessage(big, [])!)).toBe('Session policies too large: 2,856 of 2,048 characters (inline policy plus policy ARNs). Minify brings it under.');
    expect(sizeBlockMessage('{}', [])).toBeNull();
    expect(en(sizeBlockMessage(undefined, ['x'.repeat(2049)])!)).toBe('Session policies too large: 2,049 of 2,048 characters (inline policy plus policy ARNs).');
    expect(fr(sizeBlockMessage(undefined, ['x'.repeat(2049)])!).replace(/[\u00a0\u202f]/g, ' ')).toBe('Politiques de session trop grandes : 2 049 caractères sur 2 048 (politique en ligne plus ARN de politiques).');
  });
});

describe('packedNote', () => {
  it('explains that the packed percent is a compressed size, not characters', () => {
    const note = en(packedNote(17));
    expect(note).toContain('PackedPolicySize 17%');
    expect(note).toMatch(/compressed binary form/);
    expect(note).toContain('PackedPolicyTooLarge');
  });
});
