import { translator } from '../../i18n/test-support/translate';
import { targetLabelMessage } from '../../state/targetLabel';
import { describe, expect, it } from 'vitest';
import { identityFromArn } from '../../credentials/identity';
import { credentialSetFromResult } from '../../credentials/set-from-result';
import defaultWorld from '../../sandbox/world/default-world.json';
import { actionSuggestions, checkableSet, checkableSourceKeys, resourceSuggestions } from './permissionModel';

const USER = identityFromArn('arn:aws:iam::123456789012:user/DevAdmin');
const creds = { AccessKeyId: 'ASIAEXAMPLEEXAMPLE01', SecretAccessKey: 'secret/key+1', SessionToken: 'tok==', Expiration: new Date('2030-01-01T12:00:00Z') };
const assumed = { AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/xaccounts3access/s', AssumedRoleId: 'AROAEXAMPLE:s' } };
const POLICY = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';

function set(sandboxClock: boolean, input: Record<string, unknown> = {}) {
  const s = credentialSetFromResult('AssumeRole', { RoleArn: 'arn:aws:iam::123456789012:role/xaccounts3access', RoleSessionName: 's', ...input }, { Credentials: creds, ...assumed }, { identity: USER }, { sandboxClock, targetLabel: sandboxClock ? 'Sandbox (server)' : 'AWS · us-east-1' });
  if (!s) throw new Error('no set');
  return s;
}

describe('which credentials the permission check can answer, and how', () => {
  it('a sandbox set is answered by the sandbox, with its key ID and token but never its secret', () => {
    const c = checkableSet(set(true, { Policy: POLICY }));
    expect(c).toMatchObject({ how: 'sandbox', accessKeyId: 'ASIAEXAMPLEEXAMPLE01', sessionToken: 'tok==', arn: 'arn:aws:sts::123456789012:assumed-role/xaccounts3access/s', sessionPolicy: POLICY });
    expect(JSON.stringify(c)).not.toContain('secret/key+1');
  });

  it('a set from AWS is checked against pasted policies, its session policy filled from the call that made it', () => {
    expect(checkableSet(set(false, { Policy: POLICY }))).toMatchObject({ how: 'pasted', sessionPolicy: POLICY });
    expect(checkableSet(set(false)).sessionPolicy).toBeUndefined();
  });

  it('names a set by its name and its target in the reader’s language', () => {
    const s = set(true);
    expect(checkableSet(s, (label) => translator('fr')(targetLabelMessage(label))).label).toBe(`${s.name} (Bac à sable (serveur))`);
    expect(checkableSet(s).label).toBe(`${s.name} (${s.source.targetLabel})`);
  });

  it('source keys count once there are any; the sandbox answers while it is the target', () => {
    expect(checkableSourceKeys({ accessKeyId: ' ', sessionToken: '' }, 'Source credentials (typed in)', true)).toBeNull();
    expect(checkableSourceKeys({ accessKeyId: 'AKIARZPUZDIKDXT22AAB', sessionToken: '' }, 'Source credentials (demo user DevAdmin)', true)).toEqual({
      id: 'source-credentials',
      label: 'Source credentials (demo user DevAdmin)',
      arn: '',
      accessKeyId: 'AKIARZPUZDIKDXT22AAB',
      how: 'sandbox',
    });
    expect(checkableSourceKeys({ accessKeyId: 'AKIAEXAMPLE', sessionToken: '' }, 'Source credentials (typed in)', false)?.how).toBe('pasted');
  });

  it('completes actions from the policy language and resources from the world', () => {
    expect(actionSuggestions()).toEqual(expect.arrayContaining(['s3:GetObject', 'sts:AssumeRole', 'ec2:RunInstances']));
    const world = {
      accounts: defaultWorld.accounts.map((a) => ({
        roles: a.roles.map((r) => ({ name: r.name, arn: `arn:aws:iam::${a.id}:role/${r.name}`, maxSessionDuration: 3600, trustPolicy: null })),
        users: a.users.map((u) => ({ name: u.name, arn: `arn:aws:iam::${a.id}:user/${u.name}`, accessKeyIds: [], mfaDevices: [] })),
        samlProviders: [],
        oidcProviders: [],
        id: a.id,
        alias: '',
      })),
    };
    const resources = resourceSuggestions(world);
    expect(resources[0]).toBe('*');
    expect(resources).toEqual(expect.arrayContaining(['arn:aws:iam::123456789012:role/xaccounts3access', 'arn:aws:iam::111122223333:user/Bob']));
    expect(resourceSuggestions(undefined)).toEqual(['*']);
  });
});
