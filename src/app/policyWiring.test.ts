import { describe, expect, it } from 'vitest';
import { getOperation } from '../catalog/operations';
import { policySizeIssue } from './policyWiring';

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
