import { describe, expect, it } from 'vitest';
import { englishError, translator } from '../../i18n/test-support/translate';
import { formatPolicy, minifyPolicy } from './format';
import { policySize } from './size';

const pretty = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "A",
      "Effect": "Allow",
      "Action": ["s3:GetObject"],
      "Resource": "arn:aws:s3:::b/key with  spaces/\\u00e9\\/*",
      "Condition": {}
    }
  ]
}`;

describe('minifyPolicy', () => {
  it('removes whitespace between tokens only: key order and string contents stay byte-exact', () => {
    const min = minifyPolicy(pretty);
    expect(min).toEqual({
      ok: true,
      value: '{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":["s3:GetObject"],"Resource":"arn:aws:s3:::b/key with  spaces/\\u00e9\\/*","Condition":{}}]}',
    });
    expect(JSON.parse(min.ok ? min.value : '')).toEqual(JSON.parse(pretty));
  });

  it('keeps duplicate keys (their meaning is the same) and fails on invalid JSON with the position', () => {
    expect(minifyPolicy('{ "a": 1, "a": 2 }')).toEqual({ ok: true, value: '{"a":1,"a":2}' });
    expect(englishError(minifyPolicy('{\n  "a": 1,\n}'))).toBe("Line 2, column 9: Trailing comma: remove the ',' before '}'");
    expect(englishError(minifyPolicy('{"a": 1} // x'))).toBe('Line 1, column 10: Comments are not allowed in JSON policies');
    // The position and the problem read in French, as the policy editor's Format shows them.
    const fr = translator('fr');
    const deep = minifyPolicy(`${'['.repeat(70)}${']'.repeat(70)}`);
    expect(deep.ok ? null : fr(deep.error)).toMatch(/^Ligne 1, colonne \d+ : .*64/);
  });
});

describe('formatPolicy', () => {
  it('indents one element per line and round-trips with minify', () => {
    const min = minifyPolicy(pretty);
    const formatted = formatPolicy(min.ok ? min.value : '');
    expect(formatted.ok && formatted.value.split('\n').slice(0, 4)).toEqual(['{', '  "Version": "2012-10-17",', '  "Statement": [', '    {']);
    expect(formatted.ok && formatted.value).toContain('"Condition": {}');
    expect(minifyPolicy(formatted.ok ? formatted.value : '')).toEqual(min);
  });
});

describe('policySize', () => {
  it('counts the policy as written plus every ARN, against 2048', () => {
    const arns = ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::111122223333:policy/Mine'];
    const size = policySize(pretty, arns);
    const arnLength = arns[0]!.length + arns[1]!.length;
    expect(size).toEqual({ plaintext: pretty.length + arnLength, limit: 2048, over: false, minified: (minifyPolicy(pretty) as { value: string }).value.length + arnLength });
  });

  it('is over the limit from 2049 characters, and minified shows whether minifying brings it under', () => {
    const statement = '{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}';
    const padded = `{"Version": "2012-10-17", "Statement": [${Array(24).fill(statement).join(`,\n${' '.repeat(40)}`)}]}`;
    expect(policySize(padded, [])).toEqual({ plaintext: 2856, limit: 2048, over: true, minified: 1790 });
    expect(policySize('x'.repeat(2048), []).over).toBe(false);
    expect(policySize('x'.repeat(2048), ['a']).over).toBe(true);
  });

  it('has no minified size without a policy or with invalid JSON', () => {
    expect(policySize(undefined, ['arn:aws:iam::aws:policy/A'])).toEqual({ plaintext: 25, limit: 2048, over: false, minified: null });
    expect(policySize('{"a": ', []).minified).toBeNull();
  });
});
