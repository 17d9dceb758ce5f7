import { english } from './test-support/english';
import { quotedEnglish } from '../kernel/message';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from './context';
import { decideCrossPrincipal as raw_decideCrossPrincipal, evaluatePolicies as raw_evaluatePolicies, type PolicyInput } from './evaluate';
import { ACCT, OTHER, userCtx } from './test-support/context';
import type { PolicyStatement } from './types';

const evaluatePolicies = (...args: Parameters<typeof raw_evaluatePolicies>) => english(raw_evaluatePolicies(...args));
const decideCrossPrincipal = (...args: Parameters<typeof raw_decideCrossPrincipal>) => english(raw_decideCrossPrincipal(...args));

const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement: Statement as PolicyStatement[] });
const policy = (kind: PolicyInput['kind'], label: string, ...statements: unknown[]): PolicyInput => ({ kind, label: quotedEnglish(label), document: doc(...statements) });
const allowAssume = { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' };
const denyAssume = { Sid: 'NoAssume', Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*' };

describe('evaluatePolicies', () => {
  it('allows when a statement allows, and names it', () => {
    const e = evaluatePolicies([policy('identity', 'user policy', allowAssume)], userCtx());
    expect(e.decision).toBe('allow');
    expect(e.deciding).toHaveLength(1);
    expect(e.summary).toBe(`Allowed by statement 0 of user policy: sts:AssumeRole on arn:aws:iam::${OTHER}:role/Developer by arn:aws:iam::${ACCT}:user/DevAdmin.`);
  });

  it('denies implicitly when nothing allows, pointing at the closest statement', () => {
    const e = evaluatePolicies([policy('identity', 'user policy', { ...allowAssume, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })], userCtx());
    expect(e.decision).toBe('implicit-deny');
    expect(e.deciding).toEqual([]);
    expect(e.summary).toMatch(/^Implicitly denied: .*; no statement in user policy allows it\. Closest: Allow statement 0 of user policy does not apply: condition Bool aws:MultiFactorAuthPresent is false/);
  });

  it('lets an explicit Deny win over any Allow, in any policy', () => {
    const e = evaluatePolicies([policy('identity', 'admin', { Effect: 'Allow', Action: '*', Resource: '*' }), policy('boundary', 'boundary', denyAssume)], userCtx());
    expect(e.decision).toBe('explicit-deny');
    expect(e.deciding.map((s) => s.sid)).toEqual(['NoAssume']);
    expect(e.summary).toMatch(/^Explicitly denied by statement 0 \(Sid "NoAssume"\) of boundary: /);
  });

  it('a Deny whose condition fails does not deny', () => {
    const e = evaluatePolicies([policy('identity', 'p', allowAssume, { ...denyAssume, Condition: { StringNotEquals: { 'aws:RequestedRegion': 'us-east-1' } } })], userCtx({ 'aws:RequestedRegion': ['us-east-1'] }));
    expect(e.decision).toBe('allow');
  });

  it('needs every present limiting kind (boundary, session, SCP) to allow too', () => {
    const grant = policy('identity', 'user policy', allowAssume);
    const other = { Effect: 'Allow', Action: 's3:*', Resource: '*' };
    expect(evaluatePolicies([grant, policy('boundary', 'boundary', allowAssume)], userCtx()).decision).toBe('allow');
    const e = evaluatePolicies([grant, policy('boundary', 'boundary', other)], userCtx());
    expect(e.decision).toBe('implicit-deny');
    expect(e.summary).toMatch(/statement 0 of user policy allows sts:AssumeRole, but the permissions boundary \(boundary\) does not allow it/);
    expect(evaluatePolicies([grant, policy('session', 'session policy', other)], userCtx()).decision).toBe('implicit-deny');
    expect(evaluatePolicies([grant, policy('scp', 'SCP', other)], userCtx()).decision).toBe('implicit-deny');
  });

  it('adds up trust and identity Allows', () => {
    const trust = policy('trust', 'trust', { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:user/DevAdmin' }, Action: 'sts:AssumeRole' });
    expect(evaluatePolicies([trust, policy('identity', 'nothing', { Effect: 'Allow', Action: 's3:*', Resource: '*' })], userCtx()).decision).toBe('allow');
  });

  it('with only limiting kinds, answers whether each of them allows', () => {
    expect(evaluatePolicies([policy('session', 'session policy 1', allowAssume)], userCtx()).decision).toBe('allow');
    expect(evaluatePolicies([{ kind: 'session', label: quotedEnglish('empty'), document: doc() }], userCtx()).decision).toBe('implicit-deny');
  });

  it('denies everything with no policies', () => {
    expect(evaluatePolicies([], userCtx())).toMatchObject({ decision: 'implicit-deny', statements: [], summary: expect.stringMatching(/there is no policy to allow it/) });
  });

  it('traces every statement of every policy in order', () => {
    const e = evaluatePolicies([policy('identity', 'a', allowAssume, denyAssume), policy('session', 'b', allowAssume)], userCtx());
    expect(e.statements.map((s) => [s.policy, s.index, s.effect, s.applies])).toEqual([
      ['a', 0, 'Allow', true],
      ['a', 1, 'Deny', true],
      ['b', 0, 'Allow', true],
    ]);
  });

  it('survives malformed documents', () => {
    const bad = { kind: 'identity', label: quotedEnglish('bad'), document: { Statement: [null, 'x', { Effect: 'Allow' }] } } as unknown as PolicyInput;
    const e = evaluatePolicies([bad], userCtx());
    expect(e.decision).toBe('implicit-deny');
    expect(e.statements).toHaveLength(3);
  });
});

describe('decideCrossPrincipal', () => {
  const roleArn = `arn:aws:iam::${ACCT}:role/Target`;
  const trustOf = (principal: unknown, extra: Record<string, unknown> = {}): PolicyInput[] => [
    policy('trust', 'role/Target trust policy', { Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }),
  ];
  const callerPolicies = (...s: unknown[]) => [policy('identity', 'user/DevAdmin policy 1', ...s)];
  const sameCtx = (over: Partial<RequestContext> = {}) => userCtx({}, { resource: roleArn, ...over });

  it('same account, trust names the user ARN: the trust policy alone is enough', () => {
    const d = decideCrossPrincipal({ trust: trustOf({ AWS: `arn:aws:iam::${ACCT}:user/DevAdmin` }), identity: [], sameAccount: true, ctx: sameCtx() });
    expect(d).toMatchObject({ allowed: true, reason: 'allowed', explicitDeny: false, trustNamesPrincipalExactly: true });
    expect(d.summary).toMatch(/names the caller's own ARN in the same account, so no identity policy is needed/);
  });

  it('same account, trust names the role a session belongs to (or the session) — enough alone', () => {
    const ctx = sameCtx({ principal: { type: 'AWS', arn: `arn:aws:sts::${ACCT}:assumed-role/Builder/s1`, account: ACCT, alsoKnownAs: [`arn:aws:iam::${ACCT}:role/Builder`] } });
    expect(decideCrossPrincipal({ trust: trustOf({ AWS: `arn:aws:iam::${ACCT}:role/Builder` }), identity: [], sameAccount: true, ctx }).allowed).toBe(true);
    expect(decideCrossPrincipal({ trust: trustOf({ AWS: `arn:aws:sts::${ACCT}:assumed-role/Builder/s1` }), identity: [], sameAccount: true, ctx }).allowed).toBe(true);
  });

  it('same account, trust names only the account: the identity policy must allow too', () => {
    const trust = trustOf({ AWS: `arn:aws:iam::${ACCT}:root` });
    const denied = decideCrossPrincipal({ trust, identity: callerPolicies({ Effect: 'Allow', Action: 's3:*', Resource: '*' }), sameAccount: true, ctx: sameCtx() });
    expect(denied).toMatchObject({ allowed: false, reason: 'identity-denied', trustNamesPrincipalExactly: false });
    expect(denied.summary).toMatch(/trusts the account \(not the caller by ARN\)/);
    expect(decideCrossPrincipal({ trust, identity: callerPolicies(allowAssume), sameAccount: true, ctx: sameCtx() }).allowed).toBe(true);
  });

  it('a wildcard principal does not count as naming the caller', () => {
    expect(decideCrossPrincipal({ trust: trustOf('*'), identity: [], sameAccount: true, ctx: sameCtx() }).reason).toBe('identity-denied');
  });

  it('cross-account: both the trust and the identity policy must allow', () => {
    const ctx = userCtx();
    const trust = trustOf({ AWS: `arn:aws:iam::${ACCT}:user/DevAdmin` });
    expect(decideCrossPrincipal({ trust, identity: [], sameAccount: false, ctx })).toMatchObject({ allowed: false, reason: 'identity-denied' });
    expect(decideCrossPrincipal({ trust, identity: callerPolicies(allowAssume), sameAccount: false, ctx })).toMatchObject({ allowed: true, reason: 'allowed' });
    expect(decideCrossPrincipal({ trust: trustOf({ AWS: OTHER }), identity: callerPolicies(allowAssume), sameAccount: false, ctx })).toMatchObject({
      allowed: false,
      reason: 'trust-denied',
    });
  });

  it('an explicit Deny in either side wins', () => {
    const ctx = sameCtx();
    const trust = trustOf({ AWS: `arn:aws:iam::${ACCT}:user/DevAdmin` });
    const d = decideCrossPrincipal({ trust, identity: callerPolicies(allowAssume, denyAssume), sameAccount: true, ctx });
    expect(d).toMatchObject({ allowed: false, explicitDeny: true, reason: 'explicit-deny' });
    const trustDeny = [...trust, policy('trust', 'deny', { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' })];
    expect(decideCrossPrincipal({ trust: trustDeny, identity: callerPolicies(allowAssume), sameAccount: true, ctx }).reason).toBe('explicit-deny');
  });

  it('the override flag decides whether the trust names the caller exactly', () => {
    const trust = trustOf({ AWS: ACCT });
    expect(decideCrossPrincipal({ trust, identity: [], sameAccount: true, trustNamesPrincipalExactly: true, ctx: sameCtx() }).allowed).toBe(true);
  });

  it('federated callers are decided by the trust policy alone', () => {
    const ctx: RequestContext = { principal: { type: 'Federated', id: `arn:aws:iam::${ACCT}:saml-provider/SAML-test` }, action: 'sts:AssumeRoleWithSAML', resource: roleArn, keys: {} };
    const trust = [policy('trust', 't', { Effect: 'Allow', Principal: { Federated: `arn:aws:iam::${ACCT}:saml-provider/SAML-test` }, Action: 'sts:AssumeRoleWithSAML' })];
    const d = decideCrossPrincipal({ trust, identity: [], sameAccount: false, ctx });
    expect(d).toMatchObject({ allowed: true, identity: null });
    expect(decideCrossPrincipal({ trust, identity: [], sameAccount: false, federated: true, ctx: { ...ctx, action: 'sts:TagSession' } }).reason).toBe('trust-denied');
  });
});
