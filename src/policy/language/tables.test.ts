import { describe, expect, it } from 'vitest';
import { parseOperatorName } from '../conditions/operator-name';
import { OPERATORS } from '../conditions/table';
import { englishOf } from '../../kernel/message';
import { actionsMatching, allActions, checkActionSyntax, findAction, SERVICES, writeActionReason } from './actions';
import { ALL_CONDITION_KEYS, editDistance, lookupConditionKey } from './keys';
import { allOperatorNames, describeOperator, OPERATOR_DOCS } from './operators';

describe('operators', () => {
  it('documents every operator of the evaluator table', () => {
    expect(OPERATOR_DOCS.map((o) => o.name)).toEqual(OPERATORS.map((o) => o.name));
    for (const o of OPERATOR_DOCS) expect(o.doc, o.name).not.toBe(`${o.family} comparison.`);
  });

  it('lists every spelling the evaluator accepts, and only those', () => {
    const names = allOperatorNames();
    expect(names).toHaveLength(new Set(names).size);
    for (const n of names) expect(parseOperatorName(n).ok, n).toBe(true);
    expect(names).toContain('ForAnyValue:StringNotLikeIfExists');
    expect(names).not.toContain('NullIfExists');
    expect(names).toHaveLength((OPERATORS.length - 1) * 6 + 1);
  });

  it('describes prefixed forms with their extra rule', () => {
    expect(describeOperator('ForAllValues:StringLike')?.notes.join(' ')).toContain('also when the key is absent or empty');
    expect(describeOperator('Nope')).toBeUndefined();
  });
});

describe('condition keys', () => {
  it('finds keys case-insensitively, including tag keys and web-identity keys', () => {
    expect(lookupConditionKey('AWS:SOURCEIP')).toMatchObject({ known: true, info: { name: 'aws:SourceIp', types: ['IP'] } });
    expect(lookupConditionKey('aws:PrincipalTag/CostCenter')).toMatchObject({ known: true, info: { name: 'aws:PrincipalTag/' } });
    expect(lookupConditionKey('SAML:aud')).toMatchObject({ known: true, info: { scope: 'saml' } });
    expect(lookupConditionKey('token.actions.githubusercontent.com:sub')).toMatchObject({ known: true, info: { name: ':sub', scope: 'oidc' } });
    expect(lookupConditionKey('sts:TransitiveTagKeys')).toMatchObject({ known: true, info: { multivalued: true } });
  });

  it('suggests the nearest key for a misspelt aws: or sts: key, and leaves service keys alone', () => {
    expect(lookupConditionKey('aws:PrincipalTags/team')).toEqual({ known: false, prefix: 'aws', suggestion: 'aws:PrincipalTag/team' });
    expect(lookupConditionKey('aws:Nonsense')).toEqual({ known: false, prefix: 'aws' });
    expect(lookupConditionKey('s3:prefix')).toEqual({ known: false, prefix: 's3' });
  });

  it('has unique names and a doc for every key', () => {
    const names = ALL_CONDITION_KEYS.map((k) => k.name.toLowerCase());
    expect(names).toHaveLength(new Set(names).size);
    for (const k of ALL_CONDITION_KEYS) expect(k.doc.length, k.name).toBeGreaterThan(10);
  });

  it('edit distance gives up early past the limit', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('actions', () => {
  it('has every STS action and common actions of ten more services, each documented', () => {
    expect(SERVICES.map((s) => s.prefix)).toEqual(['sts', 's3', 'ec2', 'iam', 'lambda', 'dynamodb', 'kms', 'logs', 'sqs', 'sns', 'cloudwatch']);
    const names = allActions().map((a) => a.action);
    expect(names).toHaveLength(new Set(names).size);
    for (const a of ['sts:AssumeRole', 'sts:GetWebIdentityToken', 'sts:AssumeRoot', 'sts:TagSession', 'sts:SetContext', 'sts:GetScopedCredentials']) expect(names).toContain(a);
    for (const a of allActions()) expect(a.doc.length, a.action).toBeGreaterThan(5);
  });

  it('matches patterns case-insensitively, with wildcards', () => {
    expect(findAction('STS:assumerole')?.action).toBe('sts:AssumeRole');
    expect(actionsMatching('sts:AssumeRoleWith*').map((a) => a.name)).toEqual(['AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity']);
    expect(actionsMatching('*:Tag*').length).toBeGreaterThan(3);
    expect(actionsMatching('sts:Nope')).toEqual([]);
  });

  it('checks the service:Action syntax', () => {
    expect(checkActionSyntax('*')).toEqual({ ok: true, service: '*', name: '*' });
    expect(checkActionSyntax('execute-api:Invoke')).toEqual({ ok: true, service: 'execute-api', name: 'Invoke' });
    expect(checkActionSyntax('s3:Get*Object?')).toMatchObject({ ok: true });
    const problem = (action: string) => {
      const r = checkActionSyntax(action);
      return r.ok ? undefined : englishOf(r.message);
    };
    expect(problem('s3*:GetObject')).toBe('"s3*:GetObject": wildcards are not allowed in the service prefix, only in the action name');
    expect(problem('s3:')).toBe('"s3:" has no action name after \':\' (use s3:* for every action of the service)');
    expect(checkActionSyntax(':GetObject')).toMatchObject({ ok: false });
    expect(checkActionSyntax('s3:Get:Object')).toMatchObject({ ok: false });
  });

  it('recognises write actions and patterns that cover them', () => {
    const reason = (action: string) => {
      const r = writeActionReason(action);
      return r && englishOf(r);
    };
    expect(reason('s3:PutObject')).toBe('the write action s3:PutObject');
    expect(reason('s3:Put*')).toBe('s3:Put* (it covers write actions such as s3:Put…)');
    expect(reason('s3:*Object')).toBe('s3:*Object (it covers write actions)');
    expect(reason('*')).toBe('"*" (every action)');
    for (const read of ['s3:GetObject', 's3:List*', 'ec2:Describe*', 'sts:AssumeRole', 'dynamodb:Query', 's3:Settings']) expect(writeActionReason(read), read).toBeUndefined();
  });
});
