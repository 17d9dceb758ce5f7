import { describe, expect, it } from 'vitest';
import { labPermissionRun, type LabPermissionRun, callSatisfies, doneSteps, matchValue, valueAt, type LabCall } from './check';
import type { Lab, LabCallCheck } from './format';

const call = (over: Partial<LabCall> = {}): LabCall => ({
  id: 'c1',
  operation: 'AssumeRole',
  target: 'server',
  signedWith: 'long-term',
  input: { RoleArn: 'arn:aws:iam::123456789012:role/x', DurationSeconds: 900, Tags: [{ Key: 'team', Value: 'blue' }] },
  outcome: { status: 'ok', output: { AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/x/s' } } },
  ...over,
});

describe('matchValue', () => {
  it('compares strings, numbers and lists as text', () => {
    expect(matchValue('a', 'a')).toBe(true);
    expect(matchValue(900, 900)).toBe(true);
    expect(matchValue(900, 3600)).toBe(false);
    expect(matchValue({ contains: '"Value":"blue"' }, [{ Key: 'team', Value: 'blue' }])).toBe(true);
    expect(matchValue({ startsWith: 'arn:' }, 'arn:aws')).toBe(true);
    expect(matchValue({ endsWith: '/x' }, 'arn:aws')).toBe(false);
  });
  it('treats a missing value as absent and never as a match', () => {
    expect(matchValue({ present: false }, undefined)).toBe(true);
    expect(matchValue({ present: true }, undefined)).toBe(false);
    expect(matchValue({ contains: '' }, undefined)).toBe(false);
    expect(matchValue('undefined', undefined)).toBe(false);
  });
});

describe('valueAt', () => {
  it('follows a dotted path and stops at anything missing', () => {
    expect(valueAt({ A: { B: 'c' } }, 'A.B')).toBe('c');
    expect(valueAt({ A: 'x' }, 'A.B')).toBeUndefined();
    expect(valueAt({}, 'constructor')).toBeUndefined();
  });
});

describe('callSatisfies', () => {
  it('needs the operation, the keys, the inputs and the result', () => {
    expect(callSatisfies({ operation: 'AssumeRole', signedWith: 'long-term', input: { DurationSeconds: 900 }, output: { 'AssumedRoleUser.Arn': { contains: 'assumed-role/x/' } } }, call())).toBe(true);
    expect(callSatisfies({ operation: 'GetCallerIdentity' }, call())).toBe(false);
    expect(callSatisfies({ operation: 'AssumeRole', signedWith: 'temporary' }, call())).toBe(false);
    expect(callSatisfies({ operation: 'AssumeRole', input: { DurationSeconds: 3600 } }, call())).toBe(false);
    expect(callSatisfies({ operation: 'AssumeRole', output: { 'AssumedRoleUser.Arn': { contains: 'role/y' } } }, call())).toBe(false);
  });
  it('needs the exact error code (and message) when the step expects a failure, and a success otherwise', () => {
    const denied = call({ outcome: { status: 'error', code: 'AccessDenied', message: 'User: … is not authorized' } });
    expect(callSatisfies({ operation: 'AssumeRole', error: 'AccessDenied' }, denied)).toBe(true);
    expect(callSatisfies({ operation: 'AssumeRole', error: 'AccessDenied', message: { contains: 'not authorized' } }, denied)).toBe(true);
    expect(callSatisfies({ operation: 'AssumeRole', error: 'AccessDenied', message: { contains: 'Audience' } }, denied)).toBe(false);
    expect(callSatisfies({ operation: 'AssumeRole', error: 'ValidationError' }, denied)).toBe(false);
    expect(callSatisfies({ operation: 'AssumeRole' }, denied)).toBe(false);
    expect(callSatisfies({ operation: 'AssumeRole', error: 'AccessDenied' }, call())).toBe(false);
  });
  it('never counts a pending call or a call to AWS, and honours the target when the step names one', () => {
    expect(callSatisfies({ operation: 'AssumeRole' }, call({ outcome: { status: 'pending' } }))).toBe(false);
    expect(callSatisfies({ operation: 'AssumeRole' }, call({ target: 'other' }))).toBe(false);
    expect(callSatisfies({ operation: 'AssumeRole', target: 'in-page' }, call())).toBe(false);
    expect(callSatisfies({ operation: 'AssumeRole', target: 'server' }, call())).toBe(true);
  });
});

describe('doneSteps', () => {
  const t = { en: 'x', fr: 'x' };
  const step = (id: string, check: LabCallCheck) => ({ id, title: t, concept: t, task: t, hint: t, showMe: { operation: check.operation }, check });
  const lab: Lab = { id: 'l', title: t, summary: t, steps: [step('a', { operation: 'GetCallerIdentity' }), step('b', { operation: 'AssumeRole' })] };
  it('joins remembered steps and steps this visit\'s calls complete, in the lab\'s order', () => {
    expect(doneSteps(lab, [], [])).toEqual([]);
    expect(doneSteps(lab, [], [call()])).toEqual(['b']);
    expect(doneSteps(lab, ['a'], [call()])).toEqual(['a', 'b']);
    expect(doneSteps(lab, ['gone'], [])).toEqual([]);
  });
});

describe('a permission-check step', () => {
  const check = { permissionCheck: { action: 'sts:AssumeRole', signedWith: 'temporary', allowed: false, deniedBy: 'session' } } as const;
  const run = (over: Partial<LabPermissionRun> = {}): LabPermissionRun => ({
    ...labPermissionRun('r1', 'server', { action: 'sts:AssumeRole', resource: 'arn:aws:iam::123456789012:role/xaccounts3access', sessionToken: 'token' }, { principalArn: 'arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/narrowed', allowed: false, deniedBy: 'session' }),
    ...over,
  });
  it('is completed by the permission check\'s verdict, the deciding layer included, and never by a call', () => {
    expect(run()).toEqual(expect.objectContaining({ signedWith: 'temporary', principalArn: 'arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/narrowed' }));
    expect(JSON.stringify(run())).not.toContain('token');
    expect(callSatisfies(check, run())).toBe(true);
    expect(callSatisfies(check, run({ deniedBy: 'identity' }))).toBe(false);
    expect(callSatisfies(check, run({ allowed: true, deniedBy: null }))).toBe(false);
    expect(callSatisfies(check, run({ action: 'sts:TagSession' }))).toBe(false);
    expect(callSatisfies(check, run({ signedWith: 'long-term' }))).toBe(false);
    expect(callSatisfies({ permissionCheck: { ...check.permissionCheck, principal: { endsWith: '/broad' } } }, run())).toBe(false);
    expect(callSatisfies(check, call())).toBe(false);
    expect(callSatisfies({ operation: 'AssumeRole' }, run())).toBe(false);
  });
});
