import { english } from './test-support/english';
import { quotedEnglish } from '../kernel/message';
/**
 * The trust and identity policies of the contract's example world
 * (shared/contracts/sandbox-world.example.json), decided the way the sandbox will decide them.
 */
import { readFileSync } from 'node:fs';
import { sharedFile } from '../../test/shared-files';
import { describe, expect, it } from 'vitest';
import type { RequestContext, RequestPrincipal } from './context';
import { decideCrossPrincipal as raw_decideCrossPrincipal, type PolicyInput } from './evaluate';
import { checkPolicyDocument } from './parse';
import type { PolicyDocument } from './types';

const decideCrossPrincipal = (...args: Parameters<typeof raw_decideCrossPrincipal>) => english(raw_decideCrossPrincipal(...args));

// A copy of the example world's policies, so these tests run wherever the repository is checked out.
const DEV = '123456789012';
const PROD = '111122223333';
const devAdminPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity', 'sts:DecodeAuthorizationMessage', 'sts:GetAccessKeyInfo', 'sts:GetFederationToken', 'sts:AssumeRoot'], Resource: '*' },
  ],
};
const bobPolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:GetFederationToken', Resource: '*' }] };
const trustPolicies: Record<string, { account: string; policy: unknown }> = {
  xaccounts3access: { account: DEV, policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }] } },
  TestSaml: {
    account: DEV,
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::123456789012:saml-provider/SAML-test' },
          Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
          Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
        },
      ],
    },
  },
  FederatedWebIdentityRole: {
    account: DEV,
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/sandbox.idp.local' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { 'sandbox.idp.local:aud': 'workbench-client' } },
        },
      ],
    },
  },
  Developer: {
    account: PROD,
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::123456789012:user/DevAdmin' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'workshop-external-id' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      ],
    },
  },
};

const worldFile = sharedFile('contracts/sandbox-world.example.json');

describe('the copy above', () => {
  it('matches the contract world file', () => {
    const world = JSON.parse(readFileSync(worldFile, 'utf8')) as {
      accounts: { id: string; users?: { name: string; policies?: unknown[] }[]; roles?: { name: string; trustPolicy: unknown }[] }[];
    };
    for (const a of world.accounts) for (const r of a.roles ?? []) expect(trustPolicies[r.name], r.name).toEqual({ account: a.id, policy: r.trustPolicy });
    const users = world.accounts.flatMap((a) => a.users ?? []);
    expect(users.find((u) => u.name === 'DevAdmin')?.policies).toEqual([devAdminPolicy]);
    expect(users.find((u) => u.name === 'Bob')?.policies).toEqual([bobPolicy]);
  });
});

const trust = (role: string): PolicyInput[] => [{ label: quotedEnglish(`role/${role} trust policy`), kind: 'trust', document: trustPolicies[role]!.policy as PolicyDocument }];
const roleArn = (role: string) => `arn:aws:iam::${trustPolicies[role]!.account}:role/${role}`;
const devAdmin: RequestPrincipal = { type: 'AWS', arn: `arn:aws:iam::${DEV}:user/DevAdmin`, account: DEV };
const bob: RequestPrincipal = { type: 'AWS', arn: `arn:aws:iam::${PROD}:user/Bob`, account: PROD };
const devAdminPolicies: PolicyInput[] = [{ label: quotedEnglish('user/DevAdmin policy 1'), kind: 'identity', document: devAdminPolicy as PolicyDocument }];
const bobPolicies: PolicyInput[] = [{ label: quotedEnglish('user/Bob policy 1'), kind: 'identity', document: bobPolicy as PolicyDocument }];

function assume(role: string, principal: RequestPrincipal, identity: PolicyInput[], keys: Record<string, string[]> = {}, action = 'sts:AssumeRole') {
  const account = trustPolicies[role]!.account;
  const sameAccount = principal?.type === 'AWS' && principal.account === account;
  const ctx: RequestContext = { principal, action, resource: roleArn(role), keys };
  return decideCrossPrincipal({ trust: trust(role), identity, sameAccount, ctx });
}

describe('example world policies', () => {
  it('all pass the grammar checks for their kind', () => {
    for (const [name, { policy }] of Object.entries(trustPolicies)) expect(checkPolicyDocument(policy, { kind: 'trust' }), name).toEqual([]);
    expect(checkPolicyDocument(devAdminPolicy, { kind: 'identity' })).toEqual([]);
    expect(checkPolicyDocument(bobPolicy, { kind: 'identity' })).toEqual([]);
  });
});

describe('xaccounts3access (trusts account 123456789012)', () => {
  it('DevAdmin may assume it: the account is trusted and his identity policy allows sts:AssumeRole', () => {
    const d = assume('xaccounts3access', devAdmin, devAdminPolicies);
    expect(d).toMatchObject({ allowed: true, reason: 'allowed', trustNamesPrincipalExactly: false });
    expect(d.identity?.decision).toBe('allow');
  });

  it('an account principal without an identity Allow is refused', () => {
    expect(assume('xaccounts3access', devAdmin, [])).toMatchObject({ allowed: false, reason: 'identity-denied' });
  });

  it('Bob from the prod account is not trusted', () => {
    expect(assume('xaccounts3access', bob, bobPolicies)).toMatchObject({ allowed: false, reason: 'trust-denied' });
  });
});

describe('Developer in prod (trusts DevAdmin with an external ID and MFA)', () => {
  const good = { 'sts:ExternalId': ['workshop-external-id'], 'aws:MultiFactorAuthPresent': ['true'], 'aws:MultiFactorAuthAge': ['12'] };

  it('allows DevAdmin across accounts with the external ID and MFA', () => {
    const d = assume('Developer', devAdmin, devAdminPolicies, good);
    expect(d).toMatchObject({ allowed: true, reason: 'allowed' });
    expect(d.trust.deciding[0]?.conditions.map((c) => c.result)).toEqual([true, true]);
  });

  it('refuses a wrong external ID and names the condition', () => {
    const d = assume('Developer', devAdmin, devAdminPolicies, { ...good, 'sts:ExternalId': ['guess'] });
    expect(d).toMatchObject({ allowed: false, reason: 'trust-denied' });
    expect(d.summary).toMatch(/condition StringEquals sts:ExternalId is false/);
  });

  it('refuses long-term keys without MFA (no MultiFactorAuthPresent key at all)', () => {
    const d = assume('Developer', devAdmin, devAdminPolicies, { 'sts:ExternalId': ['workshop-external-id'] });
    expect(d.reason).toBe('trust-denied');
    const mfa = d.trust.statements[0]?.conditions.find((c) => c.operator === 'Bool');
    expect(mfa).toMatchObject({ result: false, requestValues: null, why: 'aws:MultiFactorAuthPresent is not in the request, so Bool is false' });
  });

  it('cross-account still needs the caller-side Allow', () => {
    expect(assume('Developer', devAdmin, [], good)).toMatchObject({ allowed: false, reason: 'identity-denied' });
  });

  it('is not open to Bob, even in its own account', () => {
    expect(assume('Developer', bob, bobPolicies, good).reason).toBe('trust-denied');
  });
});

describe('TestSaml (SAML provider SAML-test, "SAML:aud" condition)', () => {
  const provider: RequestPrincipal = { type: 'Federated', id: `arn:aws:iam::${DEV}:saml-provider/SAML-test` };
  const keys = { 'saml:aud': ['https://signin.aws.amazon.com/saml'], 'saml:sub': ['user@example.com'] };

  it('allows AssumeRoleWithSAML and TagSession on the trust policy alone (condition key case-insensitive)', () => {
    expect(assume('TestSaml', provider, [], keys, 'sts:AssumeRoleWithSAML')).toMatchObject({ allowed: true, identity: null });
    expect(assume('TestSaml', provider, [], keys, 'sts:TagSession').allowed).toBe(true);
  });

  it('refuses another audience, another provider, or another action', () => {
    expect(assume('TestSaml', provider, [], { 'saml:aud': ['https://example.com/acs'] }, 'sts:AssumeRoleWithSAML').reason).toBe('trust-denied');
    expect(assume('TestSaml', { type: 'Federated', id: `arn:aws:iam::${DEV}:saml-provider/Other` }, [], keys, 'sts:AssumeRoleWithSAML').reason).toBe('trust-denied');
    expect(assume('TestSaml', provider, [], keys, 'sts:SetSourceIdentity').reason).toBe('trust-denied');
  });
});

describe('FederatedWebIdentityRole (OIDC provider sandbox.idp.local)', () => {
  const provider: RequestPrincipal = { type: 'Federated', id: `arn:aws:iam::${DEV}:oidc-provider/sandbox.idp.local` };

  it('allows the right audience', () => {
    expect(assume('FederatedWebIdentityRole', provider, [], { 'sandbox.idp.local:aud': ['workbench-client'] }, 'sts:AssumeRoleWithWebIdentity').allowed).toBe(true);
  });

  it('refuses another audience and session tags (TagSession is not granted)', () => {
    const wrong = assume('FederatedWebIdentityRole', provider, [], { 'sandbox.idp.local:aud': ['other-client'] }, 'sts:AssumeRoleWithWebIdentity');
    expect(wrong.reason).toBe('trust-denied');
    expect(wrong.trust.statements[0]?.conditions[0]?.why).toMatch(/"other-client" equals none of "workbench-client"/);
    expect(assume('FederatedWebIdentityRole', provider, [], { 'sandbox.idp.local:aud': ['workbench-client'] }, 'sts:TagSession').reason).toBe('trust-denied');
  });

  it('is not assumable by an IAM user', () => {
    expect(assume('FederatedWebIdentityRole', devAdmin, devAdminPolicies).reason).toBe('trust-denied');
  });
});
