import * as sdk from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { findOperation, findOperationByCliName, getOperation, getParam, operations } from './operations';
import { OPERATION_NAMES, type ParamSpec, type ParamType } from './types';

/** The SDK's own schema for an operation's request: [kind, ns, name, traits, memberNames, memberTypes, requiredCount?]. */
function sdkRequestSchema(op: string): { members: string[]; required: number } {
  const schema = (sdk as unknown as Record<string, unknown>)[`${op}Request$`];
  if (!Array.isArray(schema)) throw new Error(`SDK has no schema for ${op}Request`);
  return { members: schema[4] as string[], required: typeof schema[6] === 'number' ? schema[6] : 0 };
}

const kebab = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

describe('operation catalog', () => {
  it('covers every *Command the installed SDK exports', () => {
    const sdkOps = Object.keys(sdk)
      .filter((k) => k.endsWith('Command') && k !== '$Command')
      .map((k) => k.slice(0, -'Command'.length))
      .sort();
    const catalogOps = operations.map((o) => o.name).sort();
    expect(sdkOps.filter((n) => !catalogOps.includes(n as never))).toEqual([]);
    expect(catalogOps).toEqual(sdkOps);
    expect([...OPERATION_NAMES].sort()).toEqual(catalogOps);
  });

  it.each(operations.map((o) => [o.name, o] as const))('%s has exactly the SDK request members, required ones marked', (name, spec) => {
    const schema = sdkRequestSchema(name);
    expect(spec.params.map((p) => p.name).sort()).toEqual([...schema.members].sort());
    // The SDK schema lists required members first and records how many there are.
    const required = schema.members.slice(0, schema.required).sort();
    expect(spec.params.filter((p) => p.required).map((p) => p.name).sort()).toEqual(required);
  });

  it.each(operations.map((o) => [o.name, o] as const))('%s is fully described', (_name, spec) => {
    expect(spec.cliName).toBe(kebab(spec.name));
    expect(spec.summary.message.length).toBeGreaterThan(10);
    expect(spec.doc.message.length).toBeGreaterThan(100);
    for (const p of spec.params) {
      expect(p.memberPath).toBe(p.name[0]!.toLowerCase() + p.name.slice(1));
      expect(p.cliFlag).toBe(kebab(p.name));
      expect(p.label.message).not.toBe('');
      expect(p.doc.message.length).toBeGreaterThan(40);
    }
  });

  it('groups operations the way the menu does', () => {
    const group = (g: string) => operations.filter((o) => o.group === g).map((o) => o.name).sort();
    expect(group('assume')).toEqual(['AssumeRole', 'AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity', 'AssumeRoot']);
    expect(group('tokens')).toEqual([
      'GetDelegatedAccessToken',
      'GetFederationToken',
      'GetScopedCredentials',
      'GetSessionToken',
      'GetWebIdentityToken',
    ]);
    expect(group('inspect')).toEqual(['DecodeAuthorizationMessage', 'GetAccessKeyInfo', 'GetCallerIdentity']);
  });

  it('marks Regional-only, unsigned and credential-returning operations', () => {
    expect(operations.filter((o) => !o.globalEndpoint).map((o) => o.name).sort()).toEqual([
      'AssumeRoot',
      'GetScopedCredentials',
      'GetWebIdentityToken',
    ]);
    expect(operations.filter((o) => o.signing === 'none').map((o) => o.name).sort()).toEqual([
      'AssumeRoleWithSAML',
      'AssumeRoleWithWebIdentity',
    ]);
    expect(getOperation('GetSessionToken').signing).toBe('long-term');
    expect(getOperation('GetFederationToken').signing).toBe('long-term');
    expect(getOperation('GetScopedCredentials').signing).toBe('temporary');
    expect(getOperation('AssumeRoot').signing).toBe('management');
    expect(getOperation('GetWebIdentityToken').returnsCredentials).toBe(false);
    expect(getOperation('GetCallerIdentity').returnsCredentials).toBe(false);
    expect(getOperation('GetDelegatedAccessToken').returnsCredentials).toBe(true);
  });

  it('looks operations up by name and CLI name', () => {
    expect(getOperation('AssumeRole').cliName).toBe('assume-role');
    expect(findOperation('AssumeRoleWithSAML')?.cliName).toBe('assume-role-with-saml');
    expect(findOperation('Nope')).toBeNull();
    expect(findOperationByCliName('get-caller-identity')?.name).toBe('GetCallerIdentity');
    expect(findOperationByCliName('assume')).toBeNull();
  });
});

describe('parameter constraints (reference §1)', () => {
  const type = (op: Parameters<typeof getOperation>[0], name: string): ParamType => {
    const p = getParam(getOperation(op), name) as ParamSpec;
    expect(p).not.toBeNull();
    return p.type;
  };

  it('carries the exact AWS pattern texts and lengths', () => {
    expect(type('AssumeRole', 'RoleSessionName')).toMatchObject({ minLength: 2, maxLength: 64, pattern: '[\\w+=,.@-]*' });
    expect(type('AssumeRole', 'ExternalId')).toMatchObject({ minLength: 2, maxLength: 1224, pattern: '[\\w+=,.@:\\/-]*' });
    expect(type('AssumeRole', 'SerialNumber')).toMatchObject({ minLength: 9, maxLength: 256, pattern: '[\\w+=/:,.@-]*' });
    expect(type('AssumeRole', 'TokenCode')).toMatchObject({ minLength: 6, maxLength: 6, pattern: '[\\d]*' });
    expect(type('AssumeRole', 'RoleArn')).toMatchObject({
      minLength: 20,
      maxLength: 2048,
      pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+',
    });
    expect(type('GetFederationToken', 'Name')).toMatchObject({ minLength: 2, maxLength: 32 });
    expect(type('GetAccessKeyInfo', 'AccessKeyId')).toMatchObject({ minLength: 16, maxLength: 128, pattern: '[\\w]*' });
    expect(type('AssumeRoleWithSAML', 'SAMLAssertion')).toMatchObject({ minLength: 4, maxLength: 100000, sensitive: true });
    expect(type('AssumeRoleWithWebIdentity', 'WebIdentityToken')).toMatchObject({ minLength: 4, maxLength: 20000, sensitive: true });
    expect(type('DecodeAuthorizationMessage', 'EncodedMessage')).toMatchObject({ minLength: 1, maxLength: 10240 });
    expect(type('AssumeRoot', 'TargetPrincipal')).toMatchObject({ minLength: 12, maxLength: 2048 });
  });

  it('gives AssumeRole an unbounded policy and the federation operations 2048', () => {
    expect(type('AssumeRole', 'Policy')).not.toHaveProperty('maxLength');
    for (const op of ['AssumeRoleWithSAML', 'AssumeRoleWithWebIdentity', 'GetFederationToken'] as const) {
      expect(type(op, 'Policy')).toMatchObject({ minLength: 1, maxLength: 2048, pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+' });
    }
  });

  it('uses each operation\'s own duration range and default', () => {
    const d = (op: Parameters<typeof getOperation>[0]) => getParam(getOperation(op), 'DurationSeconds');
    expect(d('AssumeRole')).toMatchObject({ type: { min: 900, max: 43200 }, defaultValue: 3600 });
    expect(d('AssumeRoleWithSAML')).toMatchObject({ type: { min: 900, max: 43200 }, defaultValue: 3600 });
    expect(d('GetSessionToken')).toMatchObject({ type: { min: 900, max: 129600 }, defaultValue: 43200 });
    expect(d('GetFederationToken')).toMatchObject({ type: { min: 900, max: 129600 }, defaultValue: 43200 });
    expect(d('AssumeRoot')).toMatchObject({ type: { min: 0, max: 900 }, defaultValue: 900 });
    expect(d('GetWebIdentityToken')).toMatchObject({ type: { min: 60, max: 3600 }, defaultValue: 300 });
    expect(d('GetScopedCredentials')).toMatchObject({ type: { min: 1, max: 129600 } });
  });

  it('carries list limits', () => {
    expect(type('AssumeRole', 'PolicyArns')).toMatchObject({ kind: 'structList', maxItems: 10 });
    expect(type('AssumeRole', 'Tags')).toMatchObject({ kind: 'structList', maxItems: 50 });
    expect(type('AssumeRole', 'TransitiveTagKeys')).toMatchObject({ kind: 'stringList', maxItems: 50, item: { minLength: 1, maxLength: 128 } });
    expect(type('AssumeRole', 'ProvidedContexts')).toMatchObject({ kind: 'structList', minItems: 1, maxItems: 5 });
    expect(type('GetWebIdentityToken', 'Audience')).toMatchObject({
      kind: 'stringList',
      minItems: 1,
      maxItems: 10,
      item: { minLength: 1, maxLength: 1000 },
    });
  });

  it('has no TransitiveTagKeys on GetFederationToken and no Tags on SAML', () => {
    expect(getParam(getOperation('GetFederationToken'), 'TransitiveTagKeys')).toBeNull();
    expect(getParam(getOperation('AssumeRoleWithSAML'), 'Tags')).toBeNull();
  });

  it('offers the five root-task policies and the two signing algorithms as choices', () => {
    const task = type('AssumeRoot', 'TaskPolicyArn');
    expect(task.kind).toBe('struct');
    if (task.kind === 'struct') expect(task.fields[0]?.type.allowedValues).toHaveLength(5);
    expect(type('GetWebIdentityToken', 'SigningAlgorithm')).toMatchObject({ allowedValues: ['RS256', 'ES384'], minLength: 5, maxLength: 5 });
    expect(type('GetWebIdentityToken', 'SubjectMode')).toMatchObject({ enumValues: ['AWSIdentity', 'OriginIdentity'] });
  });

  it('warns about server-only limits', () => {
    const ids = (op: Parameters<typeof getOperation>[0]) => getOperation(op).notes.map((n) => n.id);
    expect(ids('AssumeRole')).toEqual(expect.arrayContaining(['role-max-session-duration', 'role-chaining-cap', 'packed-policy-size']));
    expect(ids('GetSessionToken')).toContain('root-duration-cap');
    expect(ids('GetFederationToken')).toContain('root-duration-cap');
  });
});
