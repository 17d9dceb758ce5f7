import { describe, expect, it } from 'vitest';
import { compileJavaPattern, matchesJavaPattern } from './java-pattern';
import { ARN_PATTERN, EXTERNAL_ID_PATTERN, NAME_PATTERN, POLICY_PATTERN, TAG_KEY_PATTERN, TAG_VALUE_PATTERN } from './shapes';

describe('Java patterns applied to the whole value', () => {
  it('anchors the pattern', () => {
    expect(matchesJavaPattern(NAME_PATTERN, 'alice')).toBe(true);
    expect(matchesJavaPattern(NAME_PATTERN, 'Session1:2')).toBe(false);
    expect(matchesJavaPattern('[\\d]*', '12345a')).toBe(false);
  });

  it('treats \\w as ASCII letters, digits and underscore', () => {
    expect(matchesJavaPattern(NAME_PATTERN, 'a_b+c=d,e.f@g-h')).toBe(true);
    expect(matchesJavaPattern(NAME_PATTERN, 'café')).toBe(false);
    expect(matchesJavaPattern(NAME_PATTERN, 'a b')).toBe(false);
  });

  it('reads escaped slash and colon in ExternalId', () => {
    expect(matchesJavaPattern(EXTERNAL_ID_PATTERN, 'urn:partner/12345')).toBe(true);
    expect(matchesJavaPattern(EXTERNAL_ID_PATTERN, 'a b')).toBe(false);
  });

  it('supports Unicode classes in tag patterns', () => {
    expect(matchesJavaPattern(TAG_KEY_PATTERN, 'Équipe 名前_.:/=+-@')).toBe(true);
    expect(matchesJavaPattern(TAG_KEY_PATTERN, '')).toBe(false);
    expect(matchesJavaPattern(TAG_VALUE_PATTERN, '')).toBe(true);
    expect(matchesJavaPattern(TAG_VALUE_PATTERN, 'a,b')).toBe(false);
    expect(matchesJavaPattern(TAG_VALUE_PATTERN, 'a*b')).toBe(false);
  });

  it('accepts astral characters in ARNs but not control characters', () => {
    expect(matchesJavaPattern(ARN_PATTERN, 'arn:aws:iam::123456789012:role/😀')).toBe(true);
    expect(matchesJavaPattern(ARN_PATTERN, 'arn:aws:iam::123456789012:role/\u0001')).toBe(false);
  });

  it('limits policies to tab, LF, CR and U+0020–U+00FF', () => {
    expect(matchesJavaPattern(POLICY_PATTERN, '{\n\t"Version": "2012-10-17"\r\n}')).toBe(true);
    expect(matchesJavaPattern(POLICY_PATTERN, '{"Sid":"ü"}')).toBe(true);
    expect(matchesJavaPattern(POLICY_PATTERN, '{"Sid":"€"}')).toBe(false);
  });

  it('compiles each pattern once', () => {
    expect(compileJavaPattern(NAME_PATTERN)).toBe(compileJavaPattern(NAME_PATTERN));
  });
});
