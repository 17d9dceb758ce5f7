import { describe, expect, it } from 'vitest';
import { chainPath, chainRules } from './chain';
import { sourceForKeys, type ChainSource } from './chain-source';
import { type CredentialSet, type ParentInfo } from './credential-set';
import { identityFromArn } from './identity';
import { credentialSetFromResult } from './set-from-result';
import { translator } from '../i18n/test-support/translate';

const en = translator('en');

const USER = identityFromArn('arn:aws:iam::123456789012:user/DevAdmin');
const creds = (akid: string) => ({ AccessKeyId: akid, SecretAccessKey: 's', SessionToken: 't', Expiration: '2030-01-01T00:00:00Z' });

function roleSet(id: string, role: string, parent: ParentInfo, input: Record<string, unknown> = {}, sourceIdentity?: string): CredentialSet {
  return credentialSetFromResult(
    'AssumeRole',
    { RoleArn: `arn:aws:iam::123456789012:role/${role}`, RoleSessionName: id, ...input },
    { Credentials: creds(`ASIA${id.toUpperCase().padEnd(16, 'X')}`), AssumedRoleUser: { Arn: `arn:aws:sts::123456789012:assumed-role/${role}/${id}` }, ...(sourceIdentity ? { SourceIdentity: sourceIdentity } : {}) },
    parent,
    { id },
  )!;
}

const a = roleSet('a', 'RoleA', { identity: USER }, { Tags: [{ Key: 'team', Value: 'x' }], TransitiveTagKeys: ['team'] }, 'alice');
const b = roleSet('b', 'RoleB', { set: a });
const sets = [a, b];
const q = roleSet('q', 'RoleQ', { set: roleSet('p', 'RoleP', { identity: USER }) });
const from = (set: CredentialSet): ChainSource => ({ kind: 'set', set });
const levels = (rules: ReturnType<typeof chainRules>) => rules.map((r) => `${r.level}:${r.id}`);

describe('chainPath', () => {
  it('lists the user, then each role session down to the set', () => {
    expect(chainPath(sets, 'b').map((s) => s.name)).toEqual(['DevAdmin', 'RoleA/a', 'RoleB/b']);
    expect(chainPath(sets, 'b').map((s) => s.kind)).toEqual(['user', 'assumed-role', 'assumed-role']);
    expect(chainPath(sets, 'a').map((s) => s.arn)).toEqual([USER.arn, a.identity.arn]);
  });

  it('keeps the parent identity when the parent set is gone, and is empty for unknown ids', () => {
    expect(chainPath([b], 'b').map((s) => s.name)).toEqual(['RoleA/a', 'RoleB/b']);
    expect(chainPath(sets, 'nope')).toEqual([]);
  });

  it('survives a cycle', () => {
    const x = { ...a, source: { ...a.source, parentSetId: 'b' } };
    expect(chainPath([x, b], 'b').length).toBeLessThanOrEqual(3);
  });
});

describe('chainRules', () => {
  it('AssumeRole from long-term keys: nothing to say', () => {
    expect(chainRules('AssumeRole', { kind: 'long-term', signerArn: USER.arn }, { DurationSeconds: 7200 })).toEqual([]);
  });

  it('AssumeRole from a role session: the 1-hour cap, and a block above 3600 seconds with STS\'s message', () => {
    expect(levels(chainRules('AssumeRole', from(q)))).toEqual(['info:chain-cap']);
    const rules = chainRules('AssumeRole', from(q), { DurationSeconds: 7200 });
    expect(levels(rules)).toEqual(['info:chain-cap', 'block:chain-duration']);
    expect(en(rules[1]!.text)).toContain('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
    expect(levels(chainRules('AssumeRole', from(q), { DurationSeconds: '3600' }))).toEqual(['info:chain-cap']);
    expect(levels(chainRules('AssumeRole', from(b))), 'transitive tags and source identity follow the chain').toEqual(['info:chain-cap', 'info:transitive-tags', 'info:source-identity']);
  });

  it('lists transitive tags and source identity carried along, and blocks re-setting a carried tag', () => {
    const rules = chainRules('AssumeRole', from(a), { Tags: [{ Key: 'TEAM', Value: 'y' }] });
    expect(levels(rules)).toEqual(['info:chain-cap', 'info:transitive-tags', 'block:transitive-conflict', 'info:source-identity']);
    expect(en(rules[1]!.text)).toContain('team');
    expect(en(rules[3]!.text)).toContain('"alice"');
    expect(levels(chainRules('AssumeRole', from(b), { SourceIdentity: 'mallory' }))).toContain('warn:source-identity-change');
  });

  it('GetSessionToken and GetFederationToken refuse session credentials', () => {
    expect(levels(chainRules('GetSessionToken', from(a)))).toEqual(['block:long-term-only']);
    expect(en(chainRules('GetFederationToken', { kind: 'temporary' })[0]!.text)).toContain('Cannot call GetFederationToken with session credentials');
    expect(chainRules('GetSessionToken', { kind: 'long-term' })).toEqual([]);
  });

  it('GetScopedCredentials needs temporary credentials', () => {
    expect(levels(chainRules('GetScopedCredentials', { kind: 'long-term' }))).toEqual(['block:temporary-only']);
    expect(levels(chainRules('GetScopedCredentials', from(a)))).toEqual(['info:scoped-same-identity']);
  });

  it('AssumeRoot: who may call it; root is refused', () => {
    expect(levels(chainRules('AssumeRoot', { kind: 'long-term', signerArn: USER.arn }))).toEqual(['info:assume-root-who']);
    expect(levels(chainRules('AssumeRoot', { kind: 'long-term', signerArn: 'arn:aws:iam::123456789012:root' }))).toEqual(['block:assume-root-not-root']);
  });

  it('federated-user and GetSessionToken keys are limited inside STS; unsigned calls have no rules', () => {
    const fed = credentialSetFromResult('GetFederationToken', { Name: 'bob' }, { Credentials: creds('ASIAFED'), FederatedUser: { Arn: 'arn:aws:sts::123456789012:federated-user/bob' } }, { identity: USER })!;
    expect(levels(chainRules('AssumeRole', from(fed)))).toEqual(['block:federated-only-gci']);
    expect(chainRules('GetCallerIdentity', from(fed))).toEqual([]);
    const gst = credentialSetFromResult('GetSessionToken', {}, { Credentials: creds('ASIAGST') }, { identity: USER })!;
    expect(levels(chainRules('GetFederationToken', from(gst)))).toEqual(['block:session-token-limits']);
    expect(levels(chainRules('AssumeRole', from(gst)))).toEqual(['info:chain-cap']);
    expect(chainRules('AssumeRoleWithSAML', from(fed))).toEqual([]);
  });
});

describe('sourceForKeys', () => {
  it('finds the set by access key ID, else tells long-term from temporary keys', () => {
    expect(sourceForKeys(sets, b.accessKeyId)).toEqual({ kind: 'set', set: b });
    expect(sourceForKeys(sets, 'ASIAOTHER0000000000')).toEqual({ kind: 'temporary' });
    expect(sourceForKeys(sets, 'AKIARZPUZDIKDXT22AAB', USER.arn)).toEqual({ kind: 'long-term', signerArn: USER.arn });
    expect(sourceForKeys(sets, '  ')).toEqual({ kind: 'none' });
  });
});
