import { english } from '../test-support/english';
import { describe, expect, it } from 'vitest';
import { cond, holds, userCtx } from '../test-support/context';
import { evaluateConditionBlock as raw_evaluateConditionBlock } from './evaluate-condition';

const evaluateConditionBlock = (...args: Parameters<typeof raw_evaluateConditionBlock>) => english(raw_evaluateConditionBlock(...args));

describe('missing keys', () => {
  it('make positive operators false and negated operators true', () => {
    expect(holds('StringEquals', 'sts:ExternalId', 'x')).toBe(false);
    expect(holds('StringLike', 'sts:ExternalId', '*')).toBe(false);
    expect(holds('NumericLessThan', 'aws:MultiFactorAuthAge', '3600')).toBe(false);
    expect(holds('StringNotEquals', 'sts:ExternalId', 'x')).toBe(true);
    expect(holds('StringNotLike', 'sts:ExternalId', 'x')).toBe(true);
    expect(holds('ArnNotLike', 'aws:PrincipalArn', 'arn:*:*:*:*:*')).toBe(true);
    expect(holds('NotIpAddress', 'aws:SourceIp', '10.0.0.0/8')).toBe(true);
    expect(holds('NumericNotEquals', 'n', '1')).toBe(true);
    expect(holds('DateNotEquals', 'd', '2026-01-01')).toBe(true);
  });

  it('make every IfExists operator true', () => {
    for (const op of ['StringEquals', 'StringLike', 'NumericGreaterThan', 'DateLessThan', 'Bool', 'IpAddress', 'ArnLike', 'BinaryEquals', 'StringNotEquals']) {
      const t = cond(`${op}IfExists`, 'k:absent', op === 'IpAddress' ? '10.0.0.0/8' : op === 'Bool' ? 'true' : op === 'BinaryEquals' ? 'AA==' : '1');
      expect(t.result, op).toBe(true);
      expect(t.requestValues).toBeNull();
      if (!op.includes('Not')) expect(t.why).toBe(`k:absent is not in the request; ${op}IfExists is true when the key is absent`);
    }
  });

  it('IfExists still checks a key that is present', () => {
    expect(holds('StringEqualsIfExists', 'sts:ExternalId', 'x', { 'sts:ExternalId': ['y'] })).toBe(false);
    expect(holds('StringEqualsIfExists', 'sts:ExternalId', 'x', { 'sts:ExternalId': ['x'] })).toBe(true);
  });
});

describe('Null', () => {
  it('"true" asks for the key to be absent, "false" for it to be present', () => {
    expect(holds('Null', 'aws:TokenIssueTime', 'true')).toBe(true);
    expect(holds('Null', 'aws:TokenIssueTime', 'false')).toBe(false);
    expect(holds('Null', 'aws:TokenIssueTime', true, { 'aws:TokenIssueTime': ['2026-01-01T00:00:00Z'] })).toBe(false);
    expect(holds('Null', 'aws:TokenIssueTime', false, { 'aws:TokenIssueTime': ['2026-01-01T00:00:00Z'] })).toBe(true);
  });

  it('explains itself', () => {
    expect(cond('Null', 'aws:PrincipalTag/team', 'false').why).toBe('aws:PrincipalTag/team is absent in the request; Null "false" asks for it to be present');
  });
});

describe('set operators', () => {
  const tags = (...k: string[]) => ({ 'aws:TagKeys': k });

  it('ForAnyValue: true when at least one request value matches', () => {
    expect(holds('ForAnyValue:StringEquals', 'aws:TagKeys', ['env', 'team'], tags('team', 'other'))).toBe(true);
    expect(holds('ForAnyValue:StringEquals', 'aws:TagKeys', ['env', 'team'], tags('x', 'y'))).toBe(false);
  });

  it('ForAnyValue: false when the set is empty or missing (even with IfExists)', () => {
    expect(holds('ForAnyValue:StringEquals', 'aws:TagKeys', ['env'])).toBe(false);
    expect(holds('ForAnyValue:StringEquals', 'aws:TagKeys', ['env'], tags())).toBe(false);
    expect(holds('ForAnyValue:StringNotEquals', 'aws:TagKeys', ['env'])).toBe(false);
    expect(holds('ForAnyValue:StringEqualsIfExists', 'aws:TagKeys', ['env'])).toBe(false);
    expect(cond('ForAnyValue:StringEquals', 'aws:TagKeys', ['env']).why).toMatch(/ForAnyValue: is false when the request has no values/);
  });

  it('ForAllValues: true when every request value matches', () => {
    expect(holds('ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], tags('team', 'env'))).toBe(true);
    expect(holds('ForAllValues:StringEquals', 'aws:TagKeys', ['env', 'team'], tags('team', 'cost'))).toBe(false);
    expect(holds('ForAllValues:StringLike', 'aws:TagKeys', ['app-*'], tags('app-a', 'app-b'))).toBe(true);
  });

  it('ForAllValues: true when the set is empty or missing', () => {
    expect(holds('ForAllValues:StringEquals', 'aws:TagKeys', ['env'])).toBe(true);
    expect(holds('ForAllValues:StringEquals', 'aws:TagKeys', ['env'], tags())).toBe(true);
    expect(cond('ForAllValues:StringEquals', 'aws:TagKeys', ['env']).why).toMatch(/add a Null check/);
  });

  it('negated set operators test each value against all policy values', () => {
    // ForAllValues:StringNotEquals — no request value may be one of the forbidden keys.
    expect(holds('ForAllValues:StringNotEquals', 'aws:TagKeys', ['admin', 'root'], tags('team', 'env'))).toBe(true);
    expect(holds('ForAllValues:StringNotEquals', 'aws:TagKeys', ['admin', 'root'], tags('team', 'admin'))).toBe(false);
    // ForAnyValue:StringNotEquals — at least one request value is outside the list.
    expect(holds('ForAnyValue:StringNotEquals', 'aws:TagKeys', ['team'], tags('team', 'env'))).toBe(true);
    expect(holds('ForAnyValue:StringNotEquals', 'aws:TagKeys', ['team'], tags('team'))).toBe(false);
  });

  it('without a prefix, a multivalued key matches when any value matches (negated: when none does)', () => {
    expect(holds('StringEquals', 'aws:TagKeys', 'env', tags('team', 'env'))).toBe(true);
    expect(holds('StringNotEquals', 'aws:TagKeys', 'env', tags('team', 'env'))).toBe(false);
    expect(holds('StringNotEquals', 'aws:TagKeys', 'cost', tags('team', 'env'))).toBe(true);
  });
});

describe('condition keys', () => {
  it('are case-insensitive, as in the example world\'s "SAML:aud"', () => {
    expect(holds('StringEquals', 'SAML:aud', 'https://signin.aws.amazon.com/saml', { 'saml:aud': ['https://signin.aws.amazon.com/saml'] })).toBe(true);
    expect(holds('StringEquals', 'aws:principaltag/TEAM', 'blue', { 'aws:PrincipalTag/team': ['blue'] })).toBe(true);
    expect(holds('StringEquals', 'aws:RequestTag/Project', 'x', { 'aws:requesttag/project': ['x'] })).toBe(true);
  });

  it('report the request values in the trace', () => {
    expect(cond('StringEquals', 'SAML:aud', 'a', { 'saml:aud': ['b'] }).requestValues).toEqual(['b']);
  });
});

describe('policy variables in conditions', () => {
  const keys = { 'aws:username': ['bob'], 'aws:PrincipalTag/team': ['blue'], 'saml:sub': ['u1'], 'sts:RoleSessionName': ['bob'], 'aws:RequestTag/team': ['blue'] };

  it('are replaced in String operators and shown in the trace', () => {
    const t = cond('StringEquals', 'sts:RoleSessionName', '${aws:username}', keys);
    expect(t.result).toBe(true);
    expect(t.policyValues).toEqual(['bob']);
    expect(t.why).toMatch(/policy value "\$\{aws:username\}" became "bob"/);
    expect(holds('StringEquals', 'aws:RequestTag/team', '${aws:PrincipalTag/team}', keys)).toBe(true);
    expect(holds('StringLike', 'sts:RoleSessionName', '${saml:sub}*', { ...keys, 'sts:RoleSessionName': ['u1-x'] })).toBe(true);
  });

  it('${*} and ${?} are literal characters, not wildcards', () => {
    expect(holds('StringLike', 'k', 'a${*}', { k: ['a*'] })).toBe(true);
    expect(holds('StringLike', 'k', 'a${*}', { k: ['abc'] })).toBe(false);
    expect(holds('StringLike', 'k', 'a${?}', { k: ['a?'] })).toBe(true);
    expect(holds('StringEquals', 'k', 'cost${$}', { k: ['cost$'] })).toBe(true);
  });

  it('take a default when the key is missing', () => {
    expect(holds('StringEquals', 'sts:RoleSessionName', "${aws:PrincipalTag/nick, 'bob'}", keys)).toBe(true);
  });

  it('without a value make the condition false, whatever the operator', () => {
    const t = cond('StringEquals', 'sts:RoleSessionName', '${aws:PrincipalTag/nick}', keys);
    expect(t.result).toBe(false);
    expect(t.why).toBe('the policy variable ${aws:PrincipalTag/nick} has no single value in this request, so the condition is false');
    expect(holds('StringNotEquals', 'sts:RoleSessionName', '${aws:PrincipalTag/nick}', keys)).toBe(false);
  });

  it('are plain text in a 2008-10-17 policy', () => {
    expect(holds('StringEquals', 'sts:RoleSessionName', '${aws:username}', keys, false)).toBe(false);
    expect(holds('StringEquals', 'k', '${aws:username}', { k: ['${aws:username}'] }, false)).toBe(true);
  });

  it('are not replaced in Numeric operators', () => {
    const t = cond('NumericEquals', 'n', '${aws:username}', { ...keys, n: ['1'] });
    expect(t.result).toBe(false);
    expect(t.why).toMatch(/is not a number/);
  });
});

describe('evaluateConditionBlock', () => {
  it('ANDs operators and keys, and reports each', () => {
    const keys = { 'sts:ExternalId': ['x'], 'aws:MultiFactorAuthPresent': ['true'], 'aws:SourceIp': ['10.1.1.1'] };
    const traces = evaluateConditionBlock(
      { StringEquals: { 'sts:ExternalId': 'x' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' }, IpAddress: { 'aws:SourceIp': '192.168.0.0/16' } },
      userCtx(keys),
      { variables: true },
    );
    expect(traces.map((t) => [t.operator, t.key, t.result])).toEqual([
      ['StringEquals', 'sts:ExternalId', true],
      ['Bool', 'aws:MultiFactorAuthPresent', true],
      ['IpAddress', 'aws:SourceIp', false],
    ]);
  });

  it('makes an unknown operator false and reports it', () => {
    const [t] = evaluateConditionBlock({ StringEqual: { 'sts:ExternalId': 'x' } }, userCtx({ 'sts:ExternalId': ['x'] }), { variables: true });
    expect(t).toEqual({
      operator: 'StringEqual',
      key: 'sts:ExternalId',
      policyValues: ['x'],
      requestValues: ['x'],
      result: false,
      why: 'unknown condition operator "StringEqual", so the condition is false',
    });
  });

  it('makes malformed blocks false rather than throwing', () => {
    expect(evaluateConditionBlock('nope', userCtx(), { variables: true })[0]?.result).toBe(false);
    expect(evaluateConditionBlock({ StringEquals: 'x' }, userCtx(), { variables: true })[0]?.result).toBe(false);
    expect(evaluateConditionBlock({ StringEquals: { k: { o: 1 } } }, userCtx({ k: ['x'] }), { variables: true })[0]?.result).toBe(false);
    expect(evaluateConditionBlock(undefined, userCtx(), { variables: true })).toEqual([]);
  });

  it('lists at most five request values in the explanation', () => {
    const t = cond('ForAllValues:StringEquals', 'aws:TagKeys', ['a'], { 'aws:TagKeys': ['a', 'b', 'c', 'd', 'e', 'f', 'g'] });
    expect(t.result).toBe(false);
    expect(t.why).toMatch(/… 2 more/);
  });
});
