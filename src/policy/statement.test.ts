import { english } from './test-support/english';
import { quotedEnglish } from '../kernel/message';
import { describe, expect, it } from 'vitest';
import { evaluateStatement as raw_evaluateStatement } from './statement';
import { ACCT, userCtx } from './test-support/context';
import type { PolicyInput } from './trace';
import type { PolicyStatement } from './types';

const evaluateStatement = (...args: Parameters<typeof raw_evaluateStatement>) => english(raw_evaluateStatement(...args));

const identity = (s: unknown, Version = '2012-10-17'): PolicyInput => ({ label: quotedEnglish('user/DevAdmin policy 1'), kind: 'identity', document: { Version, Statement: [s as PolicyStatement] } });
const trust = (s: unknown): PolicyInput => ({ label: quotedEnglish('role/Developer trust policy'), kind: 'trust', document: { Version: '2012-10-17', Statement: [s as PolicyStatement] } });
const run = (p: PolicyInput, ctx = userCtx()) => evaluateStatement(p, (p.document.Statement as unknown[])[0], 0, ctx);

describe('evaluateStatement: actions', () => {
  it('matches actions case-insensitively with wildcards', () => {
    expect(run(identity({ Effect: 'Allow', Action: 'STS:assumerole', Resource: '*' })).actionMatched).toBe(true);
    expect(run(identity({ Effect: 'Allow', Action: ['s3:*', 'sts:Assume*'], Resource: '*' })).actionMatched).toBe(true);
    expect(run(identity({ Effect: 'Allow', Action: '*', Resource: '*' })).actionMatched).toBe(true);
    expect(run(identity({ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' })).actionMatched).toBe(false);
  });

  it('NotAction matches every action it does not list', () => {
    expect(run(identity({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })).applies).toBe(true);
    const t = run(identity({ Effect: 'Deny', NotAction: 'sts:*', Resource: '*' }));
    expect(t.applies).toBe(false);
    expect(t.why).toMatch(/action sts:AssumeRole is excluded by NotAction "sts:\*"/);
  });
});

describe('evaluateStatement: resources', () => {
  it('matches resource ARNs with wildcards, and NotResource', () => {
    expect(run(identity({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/Dev*' })).resourceMatched).toBe(true);
    expect(run(identity({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/Admin' })).resourceMatched).toBe(false);
    expect(run(identity({ Effect: 'Allow', Action: 'sts:AssumeRole', NotResource: 'arn:aws:iam::*:role/Admin' })).resourceMatched).toBe(true);
    expect(run(identity({ Effect: 'Allow', Action: 'sts:AssumeRole', NotResource: 'arn:aws:iam::*:role/Dev*' })).resourceMatched).toBe(false);
  });

  it('replaces policy variables in Resource', () => {
    const ctx = userCtx({ 'aws:username': ['Developer'] });
    expect(run(identity({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/${aws:username}' }), ctx).applies).toBe(true);
    const t = run(identity({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/${aws:PrincipalTag/x}' }), ctx);
    expect(t.applies).toBe(false);
    expect(t.why).toMatch(/\$\{aws:PrincipalTag\/x\} has no single value in this request/);
    // Version 2008-10-17: the variable is literal text.
    expect(run(identity({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::*:role/${aws:username}' }, '2008-10-17'), ctx).applies).toBe(false);
  });

  it('an identity statement without Resource never applies; a trust statement needs none', () => {
    expect(run(identity({ Effect: 'Allow', Action: 'sts:AssumeRole' })).resourceMatched).toBe(false);
    const t = run(trust({ Effect: 'Allow', Principal: { AWS: ACCT }, Action: 'sts:AssumeRole' }));
    expect(t.resourceMatched).toBeNull();
    expect(t.applies).toBe(true);
  });
});

describe('evaluateStatement: principals', () => {
  it('checks Principal only in trust policies', () => {
    const t = run(trust({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:user/DevAdmin' }, Action: 'sts:AssumeRole' }));
    expect(t).toMatchObject({ principalMatched: true, principalNamedExactly: true, applies: true });
    expect(run(identity({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' })).principalMatched).toBeNull();
  });

  it('NotPrincipal applies to everyone it does not name', () => {
    expect(run(trust({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:user/DevAdmin' }, Action: 'sts:AssumeRole' })).applies).toBe(false);
    expect(run(trust({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:user/Other' }, Action: 'sts:AssumeRole' })).applies).toBe(true);
  });

  it('a trust statement without Principal matches no one', () => {
    const t = run(trust({ Effect: 'Allow', Action: 'sts:AssumeRole' }));
    expect(t.principalMatched).toBe(false);
    expect(t.why).toMatch(/without Principal matches no one/);
  });
});

describe('evaluateStatement: conditions and explanations', () => {
  it('applies only when every condition holds, and names the failing one', () => {
    const s = { Sid: 'NeedsMfa', Effect: 'Allow', Principal: { AWS: ACCT }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' }, StringEquals: { 'sts:ExternalId': 'x' } } };
    const t = run(trust(s), userCtx({ 'sts:ExternalId': ['x'], 'aws:MultiFactorAuthPresent': ['false'] }));
    expect(t.applies).toBe(false);
    expect(t.conditions.map((c) => c.result)).toEqual([false, true]);
    expect(t.why).toMatch(/^Allow statement 0 \(Sid "NeedsMfa"\) of role\/Developer trust policy does not apply: condition Bool aws:MultiFactorAuthPresent is false: /);
    const ok = run(trust(s), userCtx({ 'sts:ExternalId': ['x'], 'aws:MultiFactorAuthPresent': ['true'] }));
    expect(ok.applies).toBe(true);
    expect(ok.why).toMatch(/applies: .*all 2 conditions hold$/);
  });

  it('never applies a malformed statement, and says why', () => {
    expect(evaluateStatement(identity({}), 'x', 0, userCtx())).toMatchObject({ applies: false, why: 'the statement is not an object, so it never applies' });
    expect(run(identity({ Effect: 'allow', Action: '*', Resource: '*' }))).toMatchObject({ applies: false, why: expect.stringMatching(/no valid Effect/) });
  });

  it('keeps the statement as written for displays', () => {
    const s = { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' };
    expect(run(identity(s)).statement).toEqual(s);
  });
});
