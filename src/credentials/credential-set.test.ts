import { describe, expect, it } from 'vitest';
import { expiryStatus, IN_PAGE_SANDBOX_GONE, IN_PAGE_SANDBOX_REPLACED, restoredSets, type CredentialSet, type KeysEndpoint } from './credential-set';
import { identityFromArn } from './identity';
import { credentialSetFromResult } from './set-from-result';

const USER = identityFromArn('arn:aws:iam::123456789012:user/DevAdmin');
const EXP = new Date('2030-01-01T12:00:00Z');
const creds = (akid = 'ASIAEXAMPLEEXAMPLE01') => ({ AccessKeyId: akid, SecretAccessKey: 'secret/key+1', SessionToken: 'tok==', Expiration: EXP });

function assume(session: string, parent?: CredentialSet, input: Record<string, unknown> = {}): CredentialSet {
  const set = credentialSetFromResult(
    'AssumeRole',
    { RoleArn: 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor', RoleSessionName: session, ...input },
    { Credentials: creds(), AssumedRoleUser: { AssumedRoleId: `AROAEXAMPLE:${session}`, Arn: `arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/${session}` }, SourceIdentity: input.SourceIdentity, $metadata: { httpStatusCode: 200 } },
    parent ? { set: parent } : { identity: USER },
    { id: session, targetLabel: 'Sandbox (server)', sandboxClock: true, now: 1 },
  );
  if (!set) throw new Error('no set');
  return set;
}

describe('credentialSetFromResult', () => {
  it('names a role session "Role/session" and records the signer, target and input', () => {
    const s = assume('alice');
    expect(s.name).toBe('ReadOnlyAuditor/alice');
    expect(s.identity).toEqual({ arn: 'arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/alice', kind: 'assumed-role', account: '123456789012' });
    expect(s.expiration).toBe(EXP.getTime());
    expect(s.sessionToken).toBe('tok==');
    expect(s.source).toMatchObject({ operation: 'AssumeRole', parentIdentity: USER, targetLabel: 'Sandbox (server)', sandboxClock: true });
    expect(s.source.parentSetId).toBeUndefined();
    expect(s.source.input.RoleSessionName).toBe('alice');
  });

  it('keeps the output as plain JSON (timestamps as wire text, no $metadata) so it survives storage', () => {
    const s = assume('alice');
    expect(JSON.parse(JSON.stringify(s.output))).toEqual(s.output);
    expect((s.output?.Credentials as Record<string, unknown>).Expiration).toBe('2030-01-01T12:00:00Z');
    expect(s.output).not.toHaveProperty('$metadata');
  });

  it('links a chained session to its parent and carries transitive tags and source identity', () => {
    const a = assume('a', undefined, { Tags: [{ Key: 'team', Value: 'x' }], TransitiveTagKeys: ['team'], SourceIdentity: 'alice' });
    expect(a.sessionTags).toEqual(['team']);
    expect(a.sourceIdentity).toBe('alice');
    const b = assume('b', a, { TransitiveTagKeys: ['Team', 'project'] });
    expect(b.source.parentSetId).toBe('a');
    expect(b.source.parentIdentity?.arn).toBe(a.identity.arn);
    expect(b.sessionTags).toEqual(['team', 'project']);
    expect(b.sourceIdentity).toBe('alice');
  });

  it('names GetSessionToken keys after the user who asked, federated users by name, AssumeRoot by member account', () => {
    const gst = credentialSetFromResult('GetSessionToken', {}, { Credentials: creds() }, { identity: USER });
    expect(gst?.name).toBe('session of DevAdmin');
    expect(gst?.identity).toMatchObject({ arn: USER.arn, kind: 'session' });
    const fed = credentialSetFromResult('GetFederationToken', { Name: 'bob' }, { Credentials: creds(), FederatedUser: { FederatedUserId: '123456789012:bob', Arn: 'arn:aws:sts::123456789012:federated-user/bob' } }, { identity: USER });
    expect(fed?.name).toBe('bob (federated user)');
    expect(fed?.identity.kind).toBe('federated-user');
    const root = credentialSetFromResult('AssumeRoot', { TargetPrincipal: '111122223333' }, { Credentials: creds() }, { identity: USER });
    expect(root?.identity).toEqual({ arn: 'arn:aws:iam::111122223333:root', kind: 'root-session', account: '111122223333' });
  });

  it('returns null for outputs without usable credentials', () => {
    expect(credentialSetFromResult('GetCallerIdentity', {}, { Arn: 'x' })).toBeNull();
    expect(credentialSetFromResult('AssumeRole', {}, { Credentials: { AccessKeyId: 'A' } })).toBeNull();
    expect(credentialSetFromResult('AssumeRole', {}, null)).toBeNull();
  });
});

describe('expiryStatus', () => {
  const set = { expiration: 10 * 60_000 };
  it('is valid, then expiring within the warning window, then expired at the instant', () => {
    expect(expiryStatus(set, 0)).toBe('valid');
    expect(expiryStatus(set, 5 * 60_000 - 1)).toBe('valid');
    expect(expiryStatus(set, 5 * 60_000)).toBe('expiring');
    expect(expiryStatus(set, 10 * 60_000 - 1)).toBe('expiring');
    expect(expiryStatus(set, 10 * 60_000)).toBe('expired');
    expect(expiryStatus({}, 1e15)).toBe('valid');
    expect(expiryStatus(set, 0, 11 * 60_000)).toBe('expiring');
  });
});

describe('restoredSets: sets of an earlier in-page sandbox', () => {
  const make = (keysEndpoint: KeysEndpoint | undefined, targetLabel: string, id: string): CredentialSet => ({
    ...credentialSetFromResult(
      'AssumeRole',
      { RoleArn: 'arn:aws:iam::123456789012:role/R', RoleSessionName: 's' },
      { Credentials: { AccessKeyId: `ASIA${id.padEnd(16, 'X')}`, SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(4_000_000_000_000) }, AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/R/s', AssumedRoleId: 'AROA:s' } },
      undefined,
      { id, targetLabel, sandboxClock: true, ...(keysEndpoint ? { keysEndpoint } : {}) },
    )!,
  });
  const inPage = make({ kind: 'this-page' }, 'Sandbox (in page)', 'A');
  const legacyInPage = make(undefined, 'Sandbox (in page)', 'B');
  const server = make({ kind: 'endpoint', url: 'http://127.0.0.1:4173' }, 'Sandbox (server)', 'C');

  it('all work when the in-page sandbox that issued them was put back', () => {
    expect(restoredSets([inPage, legacyInPage, server], true, false).map((s) => s.invalidReason)).toEqual([undefined, undefined, undefined]);
  });

  it('in-page sets (saved before the endpoint was recorded too) say plainly why they no longer work; server sets are untouched', () => {
    const out = restoredSets([inPage, legacyInPage, server], false, false);
    expect(out[0]?.invalidReason).toBe(IN_PAGE_SANDBOX_GONE);
    expect(out[1]?.invalidReason).toBe(IN_PAGE_SANDBOX_GONE);
    expect(out[2]?.invalidReason).toBeUndefined();
    expect(IN_PAGE_SANDBOX_GONE).toMatch(/no longer work/);
  });

  it('says so differently when this visit\'s sandbox had already issued credentials', () => {
    expect(restoredSets([inPage], false, true)[0]?.invalidReason).toBe(IN_PAGE_SANDBOX_REPLACED);
  });
});
