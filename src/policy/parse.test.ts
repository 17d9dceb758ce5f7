import { translator } from '../i18n/test-support/translate';
import { english } from './test-support/english';
import { describe, expect, it } from 'vitest';
import { checkPolicyDocument, normalizeStatements, parsePolicyDocument, type ParseOptions } from './parse';

const ok = (doc: unknown, options?: ParseOptions) => {
  const r = parsePolicyDocument(JSON.stringify(doc), options);
  if (!r.ok) throw new Error(r.error);
  return r;
};
const err = (doc: unknown, options?: ParseOptions): string => {
  const r = parsePolicyDocument(typeof doc === 'string' ? doc : JSON.stringify(doc), options);
  if (r.ok) throw new Error('expected an error');
  return r.error;
};
const stmt = (s: Record<string, unknown>) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*', ...s }] });

describe('parsePolicyDocument', () => {
  it('accepts a well-formed identity policy and a trust policy', () => {
    const r = ok(stmt({}));
    expect(r.value.Statement).toEqual([{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }]);
    expect(r.warnings).toEqual([]);
    ok({ Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'sts:AssumeRole' } }, { kind: 'trust' });
  });

  it('gives JSON syntax errors with line and column', () => {
    const r = parsePolicyDocument('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}');
    expect(r).toMatchObject({ ok: false, line: 4, column: 24 });
    expect(!r.ok && r.error).toBe("JSON syntax error at line 4, column 24: trailing comma before '}'");
  });

  it('rejects empty text and non-objects', () => {
    expect(err('')).toBe('the policy document is empty');
    expect(err('[]')).toBe('a policy document must be a JSON object, found a list');
    expect(err('"x"')).toBe('a policy document must be a JSON object, found "x"');
  });

  it('requires Statement', () => {
    expect(err({ Version: '2012-10-17' })).toBe('the policy document has no Statement');
    expect(err({ Version: '2012-10-17', Statement: 'x' })).toBe('Statement must be an object or a list of objects, found "x"');
    expect(err({ Version: '2012-10-17', Statement: [5] })).toBe('Statement[0] must be an object, found 5');
  });

  it('checks Version', () => {
    expect(err({ ...stmt({}), Version: '2012-10-18' })).toBe('Version must be "2012-10-17" or "2008-10-17", found "2012-10-18"');
    expect(err({ ...stmt({}), Version: 2012 })).toMatch(/found 2012/);
    ok({ ...stmt({}), Version: '2008-10-17' });
  });

  it('warns when Version is missing (policy variables are then plain text)', () => {
    const { Version: _v, ...noVersion } = stmt({});
    expect(english(ok(noVersion).warnings)).toEqual([expect.stringMatching(/no Version: the 2008-10-17 language applies/)]);
  });

  it('rejects unknown top-level and statement keys, with a case hint', () => {
    expect(err({ ...stmt({}), Foo: 1 })).toBe('policy document: unknown element "Foo" (allowed: Version, Id, Statement)');
    expect(err({ ...stmt({}), statement: [] })).toMatch(/unknown element "statement" \(did you mean "Statement"\? element names are case-sensitive\)/);
    expect(err(stmt({ Actions: 'x' }))).toBe('Statement[0]: unknown element "Actions" (allowed: Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition)');
    expect(err(stmt({ effect: 'Allow' }))).toMatch(/did you mean "Effect"/);
  });

  it('requires Effect to be exactly Allow or Deny', () => {
    expect(err(stmt({ Effect: 'allow' }))).toBe('Statement[0].Effect must be "Allow" or "Deny", found "allow"');
    expect(err({ Version: '2012-10-17', Statement: { Action: 'x', Resource: '*' } })).toBe('Statement has no Effect (it must be "Allow" or "Deny")');
    ok(stmt({ Effect: 'Deny' }));
  });

  it('requires exactly one of Action and NotAction', () => {
    expect(err(stmt({ NotAction: 'iam:*' }))).toBe('Statement[0] has both Action and NotAction; use one of them');
    expect(err({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] })).toBe('Statement[0] has neither Action nor NotAction');
    expect(err(stmt({ Action: [] }))).toBe('Statement[0].Action must not be an empty list');
    expect(err(stmt({ Action: ['sts:AssumeRole', 3] }))).toBe('Statement[0].Action[1] must be a string, found 3');
  });

  it('rejects Resource with NotResource and Principal with NotPrincipal', () => {
    expect(err(stmt({ NotResource: 'x' }))).toBe('Statement[0] has both Resource and NotResource; use one of them');
    expect(err(stmt({ Principal: '*', NotPrincipal: '*' }))).toMatch(/both Principal and NotPrincipal/);
  });

  it('checks the Principal shape', () => {
    expect(err(stmt({ Principal: '123456789012' }))).toMatch(/Principal must be "\*" or an object such as \{"AWS"/);
    expect(err(stmt({ Principal: { Aws: 'x' } }))).toMatch(/unknown principal type "Aws" \(did you mean "AWS"\?/);
    expect(err(stmt({ Principal: { AWS: [] } }))).toBe('Statement[0].Principal.AWS must not be an empty list');
    expect(err(stmt({ Principal: {} }))).toBe('Statement[0].Principal names no principal');
  });

  it('requires Condition to be an object of objects of scalar values', () => {
    expect(err(stmt({ Condition: 'x' }))).toMatch(/^Statement\[0\]\.Condition must be an object of condition operators/);
    expect(err(stmt({ Condition: { StringEquals: 'x' } }))).toBe('Statement[0].Condition.StringEquals must be an object of condition keys to values, found "x"');
    expect(err(stmt({ Condition: { StringEquals: { k: { nested: 1 } } } }))).toBe('Statement[0].Condition.StringEquals["k"] must be a string, boolean, number or a list of them, found an object');
    expect(err(stmt({ Condition: { StringEquals: { k: [] } } }))).toMatch(/found an empty list/);
    ok(stmt({ Condition: { Bool: { 'aws:SecureTransport': true }, NumericLessThan: { 'aws:MultiFactorAuthAge': [3600, '7200'] } } }));
  });

  it('rejects unknown condition operators, suggesting the right case', () => {
    expect(err(stmt({ Condition: { StringEqual: { k: 'v' } } }))).toBe('Statement[0].Condition: unknown condition operator "StringEqual"');
    expect(err(stmt({ Condition: { stringequalsifexists: { k: 'v' } } }))).toMatch(/did you mean "StringEqualsIfExists"\?/);
    expect(err(stmt({ Condition: { 'ForSomeValues:StringEquals': { k: 'v' } } }))).toMatch(/only prefixes are "ForAnyValue:" and "ForAllValues:"/);
    expect(err(stmt({ Condition: { NullIfExists: { k: 'true' } } }))).toMatch(/Null cannot take IfExists/);
  });

  it('requires unique Sids', () => {
    const doc = { Version: '2012-10-17', Statement: [stmt({ Sid: 'A' }).Statement[0], stmt({ Sid: 'A' }).Statement[0]] };
    expect(err(doc)).toBe('Statement IDs (Sid) must be unique within a policy; "A" appears more than once');
    expect(err(stmt({ Sid: 5 }))).toBe('Statement[0].Sid must be a string, found 5');
  });

  it('applies trust-policy rules when asked', () => {
    expect(err(stmt({ Principal: { AWS: '123456789012' } }), { kind: 'trust' })).toBe('Statement[0] has Resource, which a trust policy must not have (the role is the resource)');
    expect(err({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }, { kind: 'trust' })).toBe(
      'Statement[0] has no Principal; every statement of a trust policy must name one',
    );
  });

  it('applies identity/session rules when asked', () => {
    expect(err(stmt({ Principal: '*' }), { kind: 'session' })).toMatch(/has Principal, which a session policy must not have/);
    expect(err({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*' }] }, { kind: 'identity' })).toBe('Statement[0] has neither Resource nor NotResource');
    // Without a kind, neither rule applies.
    ok({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*' }] });
  });

  it('says how many more problems there are and lists them all', () => {
    const r = parsePolicyDocument(JSON.stringify({ Version: 'x', Statement: [{ Effect: 'Maybe' }] }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe('Version must be "2012-10-17" or "2008-10-17", found "x" (and 2 more problems)');
    expect(r.problems).toHaveLength(3);
  });

  it('warns about duplicate keys and empty statements', () => {
    const r = parsePolicyDocument('{"Version": "2012-10-17", "Statement": [], "Statement": []}');
    expect(r.ok && english(r.warnings)).toEqual([
      'duplicate key "Statement" at line 1, column 44: only the last one counts',
      'Statement is an empty list: this policy allows and denies nothing',
    ]);
    // Advice, not STS's wire text: it reads in French too.
    expect(r.ok && r.warnings.map(translator('fr'))).toEqual([
      'clé en double "Statement" à la ligne 1, colonne 44 : seule la dernière compte',
      'Statement est une liste vide : cette politique n\'autorise et ne refuse rien',
    ]);
  });

  it('never throws on odd input', () => {
    expect(parsePolicyDocument(undefined as unknown as string).ok).toBe(false);
    expect(checkPolicyDocument(null)).toEqual(['a policy document must be a JSON object, found null']);
  });
});

describe('normalizeStatements', () => {
  it('turns a single Statement object into a list and keeps lists', () => {
    const s = { Effect: 'Allow' as const, Action: 'x', Resource: '*' };
    expect(normalizeStatements({ Statement: s })).toEqual([s]);
    expect(normalizeStatements({ Statement: [s, s] })).toEqual([s, s]);
    expect(normalizeStatements({ Statement: undefined as never })).toEqual([]);
  });
});
