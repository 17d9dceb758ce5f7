import { describe, expect, it } from 'vitest';
import { formRequestJudgement, formSessionRequest } from './requestJudgement';

const base = { RoleArn: 'arn:aws:iam::123456789012:role/R', RoleSessionName: 'ci', WebIdentityToken: 'x'.repeat(40) };

describe("the form's request as the verdict judges it", () => {
  it('counts the PolicyArns toward the 2,048 characters of session policies, as STS does', () => {
    const policy = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"${'a'.repeat(1900)}"}]}`;
    expect(formRequestJudgement('AssumeRoleWithWebIdentity', { ...base, Policy: policy }, 'RoleSessionName').requestError).toBeNull();
    const arns = { PolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', 'arn:aws:iam::aws:policy/SecurityAudit', ' '] };
    const judged = formRequestJudgement('AssumeRoleWithWebIdentity', { ...base, Policy: policy }, 'RoleSessionName', arns);
    expect(judged.requestError?.code).toBe('ValidationError');
    expect(judged.requestError?.message).toMatch(/2048/);
  });

  it('judges RoleSessionName alone for its own line, and nothing for an empty field', () => {
    expect(formRequestJudgement('AssumeRoleWithWebIdentity', { ...base, RoleSessionName: 'has space' }, 'RoleSessionName').paramIssues).not.toEqual([]);
    expect(formRequestJudgement('AssumeRoleWithWebIdentity', { ...base, RoleSessionName: '' }, 'RoleSessionName').paramIssues).toEqual([]);
  });

  it('passes the session parameters on, blank PolicyArns left out, the Region only for the sandbox', () => {
    expect(formSessionRequest({ values: { DurationSeconds: '7200', Policy: '' }, lists: { PolicyArns: ['  '] }, fill: () => {} }, true)).toEqual({ durationSeconds: 7200, region: 'us-east-1' });
    expect(formSessionRequest({ values: { DurationSeconds: '1.5' }, fill: () => {} }, false)).toEqual({});
  });
});
