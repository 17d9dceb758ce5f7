import { english } from './test-support/english';
import { englishOf, quotedEnglish } from '../kernel/message';
import { describe, expect, it } from 'vitest';
import type { Evaluation } from './evaluate';
import { checkPastedPolicies as raw_checkPastedPolicies, combineLayers, denialReason } from './permission-check';

const checkPastedPolicies = (...args: Parameters<typeof raw_checkPastedPolicies>) => english(raw_checkPastedPolicies(...args));

const ROLE = 'arn:aws:sts::111122223333:assumed-role/Deploy/ci';
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });
const S3_ALL = policy({ Sid: 'AllS3', Effect: 'Allow', Action: 's3:*', Resource: '*' });
const GET_ONLY = policy({ Sid: 'GetOnly', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::app/*' });

function verdict(...args: Parameters<typeof checkPastedPolicies>) {
  const r = checkPastedPolicies(...args);
  if (!r.ok) throw new Error(englishOf(r.error));
  return r.value;
}

describe('checkPastedPolicies: a set from AWS against the policies the user pastes', () => {
  it('allows what the identity policy allows and names the statement', () => {
    const v = verdict(ROLE, { identity: [S3_ALL] }, 's3:PutObject', 'arn:aws:s3:::app/a.txt');
    expect(v.allowed).toBe(true);
    expect(v.headline).toBe('Allowed: s3:PutObject on arn:aws:s3:::app/a.txt (Sid AllS3 of pasted identity policy 1).');
  });

  it('a session policy only narrows: what it does not allow is denied, with AWS\'s reason', () => {
    const put = verdict(ROLE, { identity: [S3_ALL], session: GET_ONLY }, 's3:PutObject', 'arn:aws:s3:::app/a.txt');
    expect(put).toMatchObject({ allowed: false, deniedBy: 'session' });
    expect(put.awsMessage).toBe(`User: ${ROLE} is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::app/a.txt because no session policy allows the s3:PutObject action`);
    expect(verdict(ROLE, { identity: [S3_ALL], session: GET_ONLY }, 's3:GetObject', 'arn:aws:s3:::app/a.txt').allowed).toBe(true);
    // And it never adds: the session policy allows DynamoDB, the role does not.
    const widen = verdict(ROLE, { identity: [GET_ONLY], session: policy({ Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' }) }, 'dynamodb:GetItem', '*');
    expect(widen).toMatchObject({ allowed: false, deniedBy: 'identity' });
  });

  it('a permissions boundary limits too, and an explicit Deny wins with its condition in the trace', () => {
    expect(verdict(ROLE, { identity: [S3_ALL], boundary: GET_ONLY }, 's3:DeleteObject', 'arn:aws:s3:::app/a.txt')).toMatchObject({ allowed: false, deniedBy: 'boundary' });
    const deny = policy({ Sid: 'NotProd', Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { StringLike: { 'aws:PrincipalArn': '*:assumed-role/Deploy/*' } } });
    const v = verdict(ROLE, { identity: [S3_ALL, deny] }, 's3:GetObject', 'arn:aws:s3:::app/a.txt');
    expect(v).toMatchObject({ allowed: false, deniedBy: 'explicit-deny' });
    expect(v.headline).toBe('Denied: s3:GetObject on arn:aws:s3:::app/a.txt: an explicit Deny (Sid NotProd of pasted identity policy 2).');
    const deciding = v.trace.statements.find((s) => s.deciding);
    expect(deciding?.conditions[0]).toMatchObject({ operator: 'StringLike', key: 'aws:PrincipalArn', requestValues: [ROLE], result: true });
  });

  it('names what is wrong with the question or a policy', () => {
    expect(checkPastedPolicies(ROLE, { identity: [S3_ALL] }, 's3:Get*', '*')).toMatchObject({ ok: false, error: expect.stringMatching(/is not one action/) });
    expect(checkPastedPolicies(ROLE, { identity: [''] }, 's3:GetObject', '*')).toMatchObject({ ok: false, error: expect.stringMatching(/at least one identity-based policy/) });
    expect(checkPastedPolicies(ROLE, { identity: [S3_ALL], session: '{"Version": ' }, 's3:GetObject', '*')).toMatchObject({ ok: false, error: expect.stringMatching(/^The pasted session policy: /) });
  });
});

describe('combineLayers and denialReason: the order the sandbox authorizes in', () => {
  const ev = (decision: Evaluation['decision']): Evaluation => ({ decision, statements: [], deciding: [], summary: quotedEnglish('') });
  it('an explicit deny anywhere first, then the identity policies, then the limits', () => {
    expect(combineLayers([{ kind: 'identity', evaluation: ev('implicit-deny') }, { kind: 'session', evaluation: ev('explicit-deny') }])).toBe('explicit-deny');
    expect(combineLayers([{ kind: 'identity', evaluation: ev('implicit-deny') }, { kind: 'session', evaluation: ev('implicit-deny') }])).toBe('identity');
    expect(combineLayers([{ kind: 'identity', evaluation: ev('allow') }, { kind: 'session', evaluation: ev('allow') }, { kind: 'session', evaluation: ev('implicit-deny') }])).toBe('session');
    expect(combineLayers([{ kind: 'session', evaluation: ev('allow') }])).toBeNull();
    expect(denialReason('identity', 'sts:AssumeRole')).toBe(' because no identity-based policy allows the sts:AssumeRole action');
    expect(denialReason(null, 'x:Y')).toBe('');
  });
});
