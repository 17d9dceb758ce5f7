import { englishOf } from '../../kernel/message';
import { englishError, translator } from '../../i18n/test-support/translate';
import { describe, expect, it } from 'vitest';
import { evaluateFederatedTrust } from '../../policy/federated-trust';
import { federatedPrincipalFor, webIdentityTrustRequest } from './trust-request';

const GH = 'https://token.actions.githubusercontent.com';
const claims = (extra: Record<string, unknown> = {}) => ({ claims: { iss: GH, aud: 'sts.amazonaws.com', sub: 'repo:example-org/example-repo:ref:refs/heads/main', exp: 2_000_000_000, ...extra } });
const ROLE = 'arn:aws:iam::123456789012:role/GitHubActionsDeploy';
const trust = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow' as const,
      Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:example-org/example-repo:*' } },
    },
  ],
};

describe('webIdentityTrustRequest', () => {
  it('uses the provider ARN in the role\'s account and the provider-prefixed keys', () => {
    const r = webIdentityTrustRequest(claims(), { roleArn: ROLE, roleSessionName: 'deploy' });
    if (!r.ok) throw new Error(englishOf(r.error));
    expect(r.value.federatedPrincipal).toBe('arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com');
    expect(r.value.actions).toEqual(['sts:AssumeRoleWithWebIdentity']);
    expect(r.value.keys).toEqual({
      'token.actions.githubusercontent.com:aud': ['sts.amazonaws.com'],
      'token.actions.githubusercontent.com:sub': ['repo:example-org/example-repo:ref:refs/heads/main'],
      'sts:RoleSessionName': ['deploy'],
    });
    expect(evaluateFederatedTrust(trust, r.value).allowed).toBe(true);
  });

  it('a wrong aud fails the aud condition, by name', () => {
    const r = webIdentityTrustRequest(claims({ aud: 'not-a-registered-client' }), { roleArn: ROLE, roleSessionName: '' });
    if (!r.ok) throw new Error(englishOf(r.error));
    const v = evaluateFederatedTrust(trust, r.value);
    expect(v.allowed).toBe(false);
    const failed = v.steps[0]?.evaluation.statements[0]?.conditions.filter((c) => !c.result);
    expect(failed?.map((c) => c.key)).toEqual(['token.actions.githubusercontent.com:aud']);
    expect(r.value.keys['sts:RoleSessionName']).toBeUndefined();
  });

  it('asks for TagSession and SetSourceIdentity when the token carries tags or a source identity', () => {
    const r = webIdentityTrustRequest(
      claims({ 'https://aws.amazon.com/tags': { principal_tags: { team: ['blue'] }, transitive_tag_keys: ['team'] }, 'https://aws.amazon.com/source_identity': 'alice' }),
      { roleArn: ROLE, roleSessionName: 'x1' },
    );
    expect(r.ok && r.value.actions).toEqual(['sts:AssumeRoleWithWebIdentity', 'sts:TagSession', 'sts:SetSourceIdentity']);
    expect(r.ok && r.value.keys['aws:RequestTag/team']).toEqual(['blue']);
    expect(r.ok && r.value.keys['sts:TransitiveTagKeys']).toEqual(['team']);
  });

  it('knows the built-in providers, and names what is missing', () => {
    expect(federatedPrincipalFor('https://accounts.google.com', '123456789012')).toBe('accounts.google.com');
    expect(federatedPrincipalFor('https://sandbox.idp.local', '123456789012')).toBe('arn:aws:iam::123456789012:oidc-provider/sandbox.idp.local');
    expect(englishError(webIdentityTrustRequest(claims(), { roleArn: '', roleSessionName: '' }))).toContain('Role ARN');
    expect(webIdentityTrustRequest(claims(), { roleArn: 'arn:aws:iam::123456789012:user/x', roleSessionName: '' })).toMatchObject({ ok: false });
    expect(englishError(webIdentityTrustRequest({ claims: {} }, { roleArn: ROLE, roleSessionName: '' }))).toContain('no iss claim');
    // In French too: the inspector's trust-policy check shows it before any call.
    const noRole = webIdentityTrustRequest(claims(), { roleArn: '', roleSessionName: '' });
    expect(noRole.ok ? null : translator('fr')(noRole.error)).toBe("Saisissez l'ARN du rôle : le fournisseur OIDC est recherché dans le compte du rôle.");
  });
});
