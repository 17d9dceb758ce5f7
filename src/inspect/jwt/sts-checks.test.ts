import { describe, it, expect } from 'vitest';
import { checkTokenAgainstStsRules, conditionKeysForToken, generateTrustPolicy, idpConventions, type CheckLine } from './sts-checks';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const nowS = NOW / 1000;
const GH = 'https://token.actions.githubusercontent.com';

const github = {
  header: { alg: 'RS256', kid: 'k1', typ: 'JWT' },
  claims: { iss: GH, aud: 'sts.amazonaws.com', sub: 'repo:octo/app:ref:refs/heads/main', exp: nowS + 300, iat: nowS - 5, nbf: nowS - 5, repository: 'octo/app' },
};
const status = (lines: CheckLine[], id: string) => lines.find((l) => l.id === id)?.status;

describe('checkTokenAgainstStsRules', () => {
  it('passes a good GitHub Actions token against its provider', () => {
    const lines = checkTokenAgainstStsRules(github, { nowMs: NOW, clientIds: ['sts.amazonaws.com'], providerUrl: GH, rawLength: 900, roleSessionName: 'gh-run' });
    // The signature is the verdict's to judge (it has the keys): here kid is unknown, never pass.
    expect(lines.filter((l) => l.status !== 'pass').map((l) => [l.id, l.status])).toEqual([['kid', 'unknown']]);
    expect(lines.map((l) => l.id)).toEqual(expect.arrayContaining(['size', 'alg', 'iss-https', 'iss-provider', 'aud-present', 'aud-client', 'exp', 'time-integers', 'nbf', 'role-session-name']));
  });

  it('fails each rule STS would reject', () => {
    const bad = {
      header: { alg: 'HS256' },
      claims: { iss: 'http://token.actions.githubusercontent.com', aud: ['a', 'b'], exp: nowS - 1.5, nbf: nowS + 100, 'https://aws.amazon.com/tags': { principal_tags: { a: 'x' } }, 'https://aws.amazon.com/source_identity': 'x' },
    };
    const lines = checkTokenAgainstStsRules(bad, { nowMs: NOW, clientIds: ['a'], providerUrl: GH, providerId: 'www.amazon.com', rawLength: 20001, roleSessionName: 'a' });
    for (const id of ['size', 'provider-id', 'alg', 'iss-https', 'iss-provider', 'aud-client', 'time-integers', 'exp', 'nbf', 'sub', 'tags', 'source-identity', 'role-session-name']) {
      expect(status(lines, id), id).toBe('fail');
    }
    expect(lines.find((l) => l.id === 'kid')?.status).toBe('warn');
    expect(lines.find((l) => l.id === 'aud-client')?.detail).toContain('no azp');
    expect(lines.find((l) => l.id === 'exp')?.detail).toContain('must be before the expiration date/time');
  });

  it('explains near-miss issuers and the missing aud', () => {
    const trailing = checkTokenAgainstStsRules({ header: { alg: 'ES256' }, claims: { iss: `${GH}/`, exp: nowS + 10 } }, { nowMs: NOW, providerUrl: GH, rawLength: 100 });
    expect(trailing.find((l) => l.id === 'iss-provider')?.detail).toContain('trailing slash');
    expect(status(trailing, 'aud-present')).toBe('fail');
    expect(trailing.find((l) => l.id === 'aud-present')?.detail).toContain('Missing a required claim: aud');
    const upper = checkTokenAgainstStsRules({ header: { alg: 'ES256' }, claims: { iss: GH.toUpperCase().replace('HTTPS', 'https') } }, { nowMs: NOW, providerUrl: GH, rawLength: 100 });
    expect(upper.find((l) => l.id === 'iss-provider')?.detail).toContain('case');
    const outbound = checkTokenAgainstStsRules({ header: { alg: 'RS256' }, claims: { iss: 'https://abc-123.tokens.sts.global.api.aws' } }, { nowMs: NOW, rawLength: 100 });
    // STS finds no provider for it (unless one was created for that issuer): a warning, the provider rule decides.
    expect(status(outbound, 'iss-outbound')).toBe('warn');
    expect(status(outbound, 'iss-provider')).toBe('unknown');
  });

  it('uses azp as the client ID when aud is a list', () => {
    const t = { header: { alg: 'RS256', kid: 'k' }, claims: { iss: GH, sub: 's', aud: ['x', 'y'], azp: 'y', exp: nowS + 10 } };
    expect(status(checkTokenAgainstStsRules(t, { nowMs: NOW, clientIds: ['y'], rawLength: 50 }), 'aud-client')).toBe('pass');
    expect(status(checkTokenAgainstStsRules(t, { nowMs: NOW, clientIds: ['x'], rawLength: 50 }), 'aud-client')).toBe('fail');
  });
});

describe('conditionKeysForToken', () => {
  it('gives <host/path>:aud and :sub for GitHub and EKS; custom claims are absent', () => {
    expect(conditionKeysForToken(github, GH)).toEqual({
      'token.actions.githubusercontent.com:aud': ['sts.amazonaws.com'],
      'token.actions.githubusercontent.com:sub': ['repo:octo/app:ref:refs/heads/main'],
    });
    const eks = { claims: { iss: 'https://oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF', aud: ['sts.amazonaws.com'], sub: 'system:serviceaccount:ns:sa' } };
    expect(conditionKeysForToken(eks)).toEqual({
      'oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF:aud': ['sts.amazonaws.com'],
      'oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF:sub': ['system:serviceaccount:ns:sa'],
    });
  });

  it('gives Cognito amr as multi-valued and Google oaud/aud from azp', () => {
    const cognito = { claims: { iss: 'https://cognito-identity.amazonaws.com', aud: 'us-east-1:1111-2222', sub: 'us-east-1:abcd', amr: ['authenticated', 'cognito-idp.us-east-1.amazonaws.com/us-east-1_X'] } };
    expect(conditionKeysForToken(cognito)['cognito-identity.amazonaws.com:amr']).toEqual(['authenticated', 'cognito-idp.us-east-1.amazonaws.com/us-east-1_X']);
    const google = { claims: { iss: 'https://accounts.google.com', aud: 'orig.apps.googleusercontent.com', azp: 'web.apps.googleusercontent.com', sub: '1234567890' } };
    expect(conditionKeysForToken(google)).toEqual({
      'accounts.google.com:aud': ['web.apps.googleusercontent.com'],
      'accounts.google.com:oaud': ['orig.apps.googleusercontent.com'],
      'accounts.google.com:sub': ['1234567890'],
    });
  });
});

describe('idpConventions', () => {
  it('recognises the well-known issuers', () => {
    expect(idpConventions(GH)?.id).toBe('github-actions');
    expect(idpConventions('https://oidc.eks.us-east-1.amazonaws.com/id/0123ABCD')?.id).toBe('eks-irsa');
    expect(idpConventions('https://cognito-identity.amazonaws.com')?.federatedPrincipal).toBe('cognito-identity.amazonaws.com');
    expect(idpConventions('https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc')?.id).toBe('cognito-user-pool');
    expect(idpConventions('accounts.google.com')?.id).toBe('google');
    expect(idpConventions('https://gitlab.com')?.id).toBe('gitlab');
    expect(idpConventions('https://gitlab.example.org')?.name).toContain('self-managed');
    expect(idpConventions('https://login.example.com')).toBeNull();
    expect(idpConventions('not a url')).toBeNull();
  });
});

describe('generateTrustPolicy', () => {
  it('trusts the oidc-provider ARN with StringEquals aud and sub', () => {
    const { policy, warnings } = generateTrustPolicy(github, { accountId: '123456789012' });
    expect(warnings).toEqual([]);
    expect(policy).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
              'token.actions.githubusercontent.com:sub': 'repo:octo/app:ref:refs/heads/main',
            },
          },
        },
      ],
    });
  });

  it('uses StringLike for a wildcard sub and warns when sub is unconstrained (the GitHub Actions mistake)', () => {
    const like = generateTrustPolicy(github, { accountId: '123456789012', sub: 'repo:octo/app:*' });
    const st = Array.isArray(like.policy.Statement) ? like.policy.Statement[0] : like.policy.Statement;
    expect(st?.Condition?.StringLike).toEqual({ 'token.actions.githubusercontent.com:sub': 'repo:octo/app:*' });
    const open = generateTrustPolicy(github, { accountId: '123456789012', sub: '*' });
    expect(open.warnings.join(' ')).toContain('any GitHub Actions workflow in any repository');
    const anyOwner = generateTrustPolicy(github, { accountId: '123456789012', sub: 'repo:*' });
    expect(anyOwner.warnings.join(' ')).toContain('any owner');
  });

  it('uses the built-in principal for Cognito and Google, and adds TagSession / SetSourceIdentity when claims need them', () => {
    const cognito = generateTrustPolicy(
      { claims: { iss: 'https://cognito-identity.amazonaws.com', aud: 'us-east-1:pool', sub: 'us-east-1:id', amr: ['authenticated'], 'https://aws.amazon.com/tags': { principal_tags: { a: ['b'] } }, 'https://aws.amazon.com/source_identity': 'alice' } },
      { accountId: '123456789012', sub: '' },
    );
    const st = Array.isArray(cognito.policy.Statement) ? cognito.policy.Statement[0] : cognito.policy.Statement;
    expect(st?.Principal).toEqual({ Federated: 'cognito-identity.amazonaws.com' });
    expect(st?.Action).toEqual(['sts:AssumeRoleWithWebIdentity', 'sts:TagSession', 'sts:SetSourceIdentity']);
    expect(st?.Condition?.['ForAnyValue:StringLike']).toEqual({ 'cognito-identity.amazonaws.com:amr': 'authenticated' });
    expect(cognito.warnings).toEqual([]);
    const google = generateTrustPolicy({ claims: { iss: 'https://accounts.google.com', aud: 'o', azp: 'w', sub: '1' } }, { accountId: '123456789012' });
    const gst = Array.isArray(google.policy.Statement) ? google.policy.Statement[0] : google.policy.Statement;
    expect(gst?.Principal).toEqual({ Federated: 'accounts.google.com' });
    expect(gst?.Condition?.StringEquals).toEqual({ 'accounts.google.com:aud': 'w', 'accounts.google.com:sub': '1' });
  });
});
