import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/test-support/translate';
import { checkSessionPolicies } from './policyChecks';

const en = translator('en');
const fr = translator('fr');
const big = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'b'.repeat(2100)}/*` }] });

describe('the session-policy checks behind the Send bar', () => {
  it('counts the errors the policy editor marks; an empty policy has none', () => {
    expect(checkSessionPolicies('', []).errors).toBe(0);
    expect(checkSessionPolicies('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}', []).errors).toBe(0);
    expect(checkSessionPolicies('{"Version":"2012-10-17","Statement":[{"Effect":"Maybe","Action":"s3:GetObject","Resource":"*"}]}', []).errors).toBeGreaterThan(0);
    expect(checkSessionPolicies('{', []).errors).toBeGreaterThan(0);
  });

  it('says when the policies are over the plaintext limit, ARNs included, in the reader\'s language', () => {
    const over = checkSessionPolicies(big, []).sizeIssue!;
    expect(en(over)).toMatch(/^Session policies too large: 2,\d{3} of 2,048 characters \(inline policy plus policy ARNs\)\.$/);
    expect(fr(over)).toMatch(/^Politiques de session trop grandes/);
    const arns = Array.from({ length: 60 }, (_, i) => `arn:aws:iam::111122223333:policy/P${i}`);
    expect(en(checkSessionPolicies('{}', arns).sizeIssue!)).toMatch(/too large/);
    expect(checkSessionPolicies('{}', []).sizeIssue).toBeNull();
  });
});
