import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../policy/validate/validate-policy';
import { translator } from '../../i18n/test-support/translate';
import { accountRole, filterWorld, roleUses, sessionDurationText, summarizeTrust, trustPolicyText, type WorldAccount, type WorldRole } from './worldModel';

const en = translator('en');
const fr = translator('fr');

interface FileRole {
  name: string;
  maxSessionDuration?: number;
  trustPolicy: unknown;
}
interface FileWorld {
  accounts: Array<{ id: string; roles: FileRole[] }>;
}
const world = JSON.parse(readFileSync(new URL('../../sandbox/world/default-world.json', import.meta.url), 'utf8')) as FileWorld;
const role = (name: string): WorldRole => {
  for (const a of world.accounts) {
    const r = a.roles.find((x) => x.name === name);
    if (r) return { name: r.name, arn: `arn:aws:iam::${a.id}:role/${r.name}`, maxSessionDuration: r.maxSessionDuration ?? 3600, trustPolicy: r.trustPolicy };
  }
  throw new Error(`no role ${name} in the default world`);
};

const allow = (statement: Record<string, unknown>) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', ...statement }] });

describe('summarizeTrust: who may assume a role', () => {
  it("reads the default world's roles as one line each", () => {
    expect(en(summarizeTrust(role('xaccounts3access').trustPolicy).line)).toBe('AWS: arn:aws:iam::123456789012:root');
    expect(en(summarizeTrust(role('TestSaml').trustPolicy).line)).toBe('Federated: SAML-test');
    expect(en(summarizeTrust(role('ReadOnlyAuditor').trustPolicy).line)).toBe('AWS: 123456789012');
    expect(en(summarizeTrust(role('FederatedWebIdentityRole').trustPolicy).line)).toBe('Federated: sandbox.idp.local; Federated: www.amazon.com');
  });

  it('names services, lists several principals in order, and lists each once', () => {
    const s = summarizeTrust({
      Statement: [
        { Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] }, Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com', AWS: ['arn:aws:iam::111122223333:role/Ops'] }, Action: 'sts:AssumeRole' },
      ],
    });
    expect(s.principals).toEqual(['Service: ec2.amazonaws.com', 'Service: lambda.amazonaws.com', 'AWS: arn:aws:iam::111122223333:role/Ops']);
    expect(s.trustsAws).toBe(true);
  });

  it('says when a service-only role trusts no IAM caller', () => {
    const s = summarizeTrust(allow({ Principal: { Service: 'ec2.amazonaws.com' } }));
    expect(en(s.line)).toBe('Service: ec2.amazonaws.com');
    expect(s.trustsAws).toBe(false);
  });

  it('ignores Deny statements: they never let anyone in', () => {
    const s = summarizeTrust({
      Statement: [
        { Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::123456789012:user/Mallory' }, Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' },
      ],
    });
    expect(en(s.line)).toBe('AWS: arn:aws:iam::123456789012:root');
  });

  it('spells out "*" and NotPrincipal', () => {
    expect(en(summarizeTrust(allow({ Principal: '*' })).line)).toBe('Everyone: *');
    expect(en(summarizeTrust(allow({ Principal: { AWS: '*' } })).line)).toBe('AWS: *');
    const not = summarizeTrust(allow({ NotPrincipal: { AWS: 'arn:aws:iam::123456789012:user/Bob' } }));
    expect(en(not.line)).toBe('Everyone except AWS: arn:aws:iam::123456789012:user/Bob');
    expect(not.trustsAws).toBe(true);
  });

  it('collects the condition keys the Allow statements test', () => {
    expect(summarizeTrust(role('Developer').trustPolicy).conditionKeys).toEqual(['aws:MultiFactorAuthPresent', 'sts:ExternalId']);
    expect(summarizeTrust(role('xaccounts3access').trustPolicy).conditionKeys).toEqual([]);
  });

  it('says why there is nobody, without throwing on malformed input', () => {
    expect(en(summarizeTrust(undefined).line)).toBe('No trust policy in the world file');
    expect(en(summarizeTrust('not a policy').line)).toBe('No trust policy in the world file');
    expect(en(summarizeTrust({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }).line)).toBe('No one: no Allow statement names a principal');
    expect(summarizeTrust({ Statement: [{ Effect: 'Allow', Principal: 42 }, null, 'x'] }).principals).toEqual([]);
    expect(en(summarizeTrust(allow({ Principal: { AWS: [1, 'arn:aws:iam::123456789012:root'] } })).line)).toBe('AWS: arn:aws:iam::123456789012:root');
  });
});

describe('roleUses: which forms a role can fill', () => {
  it('offers AssumeRole with the RoleArn for an AWS-trusting role', () => {
    expect(roleUses(role('xaccounts3access'))).toEqual([{ operation: 'AssumeRole', fields: { RoleArn: 'arn:aws:iam::123456789012:role/xaccounts3access' } }]);
  });

  it('offers AssumeRoleWithSAML with the PrincipalArn of the one SAML provider', () => {
    const uses = roleUses(role('TestSaml'));
    expect(uses.map((u) => u.operation)).toEqual(['AssumeRole', 'AssumeRoleWithSAML']);
    expect(uses[1]?.fields).toEqual({ RoleArn: 'arn:aws:iam::123456789012:role/TestSaml', PrincipalArn: 'arn:aws:iam::123456789012:saml-provider/SAML-test' });
  });

  it('leaves PrincipalArn to the user when two SAML providers are trusted', () => {
    const r: WorldRole = {
      name: 'Two',
      arn: 'arn:aws:iam::123456789012:role/Two',
      maxSessionDuration: 3600,
      trustPolicy: allow({ Principal: { Federated: ['arn:aws:iam::123456789012:saml-provider/A', 'arn:aws:iam::123456789012:saml-provider/B'] }, Action: 'sts:AssumeRoleWithSAML' }),
    };
    expect(roleUses(r)[1]).toEqual({ operation: 'AssumeRoleWithSAML', fields: { RoleArn: r.arn } });
  });

  it('offers AssumeRoleWithWebIdentity for OIDC and well-known web identity providers', () => {
    expect(roleUses(role('GitHubActionsDeploy')).map((u) => u.operation)).toEqual(['AssumeRole', 'AssumeRoleWithWebIdentity']);
    expect(roleUses(role('FederatedWebIdentityRole'))[1]).toEqual({ operation: 'AssumeRoleWithWebIdentity', fields: { RoleArn: 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole' } });
  });
});

describe('trustPolicyText', () => {
  it('pretty-prints with two spaces, and the default world passes the trust-policy rules', () => {
    const text = trustPolicyText(role('xaccounts3access').trustPolicy);
    expect(text.split('\n')).toContain('  "Version": "2012-10-17",');
    expect(JSON.parse(text)).toEqual(role('xaccounts3access').trustPolicy);
    expect(validatePolicy(text, 'trust')).toEqual([]);
  });

  it('is empty when the role has no trust policy', () => {
    expect(trustPolicyText(undefined)).toBe('');
  });
});

describe('sessionDurationText', () => {
  it('reads seconds as hours or minutes', () => {
    expect(en(sessionDurationText(3600))).toBe('3,600 seconds (1 hour)');
    expect(en(sessionDurationText(43200))).toBe('43,200 seconds (12 hours)');
    expect(en(sessionDurationText(5400))).toBe('5,400 seconds (90 minutes)');
    expect(en(sessionDurationText(undefined))).toBe('3,600 seconds (1 hour, the default)');
    expect(fr(sessionDurationText(43200))).toBe('43\u202f200 secondes (12 heures)');
    expect(fr(sessionDurationText(undefined))).toBe('3\u202f600 secondes (1 heure, la valeur par défaut)');
  });
});

describe('accountRole', () => {
  const org = { organization: { managementAccountId: '123456789012', memberAccountIds: ['111122223333'], centralizedRootAccess: false } };
  it('places an account in the organization', () => {
    expect(accountRole(org, '123456789012')).toBe('management');
    expect(accountRole(org, '111122223333')).toBe('member');
    expect(accountRole(org, '444455556666')).toBe('standalone');
    expect(accountRole({ organization: null }, '123456789012')).toBe('standalone');
  });
});

describe('filterWorld', () => {
  const accounts: WorldAccount[] = [
    {
      id: '123456789012',
      alias: 'dev',
      users: [{ name: 'DevAdmin', arn: 'arn:aws:iam::123456789012:user/DevAdmin', accessKeyIds: ['AKIARZPUZDIKDXT22AAB'], mfaDevices: ['arn:aws:iam::123456789012:mfa/DevAdmin'] }],
      roles: [role('xaccounts3access'), role('TestSaml')],
      samlProviders: [{ name: 'SAML-test', arn: 'arn:aws:iam::123456789012:saml-provider/SAML-test', builtInIdp: true }],
      oidcProviders: [{ url: 'https://sandbox.idp.local', arn: 'arn:aws:iam::123456789012:oidc-provider/sandbox.idp.local', clientIds: [], builtInIdp: true }],
    },
    { id: '111122223333', alias: 'prod', users: [{ name: 'Bob', arn: 'arn:aws:iam::111122223333:user/Bob', accessKeyIds: [], mfaDevices: [] }], roles: [role('Developer')], samlProviders: [], oidcProviders: [] },
  ];

  it('keeps everything for an empty query', () => {
    expect(filterWorld(accounts, '  ')).toEqual(accounts);
  });

  it('finds a role by part of its name, whatever the case, and drops accounts with nothing left', () => {
    const found = filterWorld(accounts, 'XACCOUNT');
    expect(found.map((a) => a.id)).toEqual(['123456789012']);
    expect(found[0]?.roles.map((r) => r.name)).toEqual(['xaccounts3access']);
    expect(found[0]?.users).toEqual([]);
    expect(found[0]?.samlProviders).toEqual([]);
  });

  it('finds users by ARN or access key ID, and providers by ARN', () => {
    expect(filterWorld(accounts, 'user/Bob')[0]?.users.map((u) => u.name)).toEqual(['Bob']);
    expect(filterWorld(accounts, 'akiarzpuz')[0]?.users.map((u) => u.name)).toEqual(['DevAdmin']);
    expect(filterWorld(accounts, 'saml-provider/')[0]?.samlProviders.map((p) => p.name)).toEqual(['SAML-test']);
  });

  it('keeps a whole account when its ID or alias matches', () => {
    expect(filterWorld(accounts, 'prod')).toEqual([accounts[1]]);
  });

  it('finds nothing for a name nobody has', () => {
    expect(filterWorld(accounts, 'no-such-thing')).toEqual([]);
  });
});
