import { describe, expect, it } from 'vitest';
import { getOperation } from '../../catalog/operations';
import { policySizeIssue, sendBlocker, sendIssueText } from './sendReadiness';

const big = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${'b'.repeat(2100)}/*` }] });

describe('policySizeIssue', () => {
  it('blocks with the size for every operation with a session policy, ARNs included', () => {
    for (const op of ['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity', 'GetFederationToken', 'GetScopedCredentials'] as const) {
      expect(policySizeIssue(getOperation(op), { Policy: big }), op).toMatch(/^Session policies too large: 2,\d{3} of 2,048 characters/);
    }
    const arns = Array.from({ length: 60 }, (_, i) => ({ arn: `arn:aws:iam::111122223333:policy/P${i}` }));
    expect(policySizeIssue(getOperation('AssumeRole'), { Policy: '{}', PolicyArns: arns })).toMatch(/too large/);
    expect(policySizeIssue(getOperation('AssumeRole'), { Policy: '{}' })).toBeUndefined();
    expect(policySizeIssue(getOperation('GetSessionToken'), { Policy: big })).toBeUndefined();
  });
});

describe('the Send bar\'s line', () => {
  const spec = getOperation('AssumeRole');
  it('names the policy editor\'s errors, else the required fields once no message is shown', () => {
    expect(sendIssueText(spec, { Policy: '{' }, { issues: 0, shownIssues: 0, policyErrors: 2 }, [])).toBe('The session policy has 2 errors (marked in the policy editor); STS would refuse it.');
    expect(sendIssueText(spec, {}, { issues: 2, shownIssues: 0, policyErrors: 0 }, ['RoleArn', 'RoleSessionName'])).toBe('Required: RoleArn, RoleSessionName.');
    expect(sendIssueText(spec, {}, { issues: 2, shownIssues: 1, policyErrors: 0 }, ['RoleArn'])).toBeUndefined();
  });
  it('blocks Send while the sandbox starts or failed, and a signed call without keys', () => {
    expect(sendBlocker(false, false, true, true)).toBe('Starting the sandbox…');
    expect(sendBlocker(false, true, false, false)).toBe('The sandbox is not available (see Connection).');
    expect(sendBlocker(true, false, true, false)).toBe('Add source credentials under Edit connection to sign this call.');
    expect(sendBlocker(true, false, false, false)).toBeNull();
  });
});
