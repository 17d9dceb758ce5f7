import { describe, it, expect } from 'vitest';
import { inEnglish, translator } from '../../i18n/test-support/translate';
import { checkTokenAgainstStsRules, conditionKeysForToken, generateTrustPolicy, idpConventions, type CheckLine } from './sts-checks';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const nowS = NOW / 1000;
const GH = 'https://token.actions.githubusercontent.com';

const github = {
  header: { alg: 'RS256', kid: 'k1', typ: 'JWT' },
  claims: { iss: GH, aud: 'sts.amazonaws.com', sub: 'repo:octo/app:ref:refs/heads/main', exp: nowS + 300, iat: nowS - 5, nbf: nowS - 5, repository: 'octo/app' },
};
const status = (lines: CheckLine[], id: string) => lines.find((l) => l.id === id)?.status;
/** A line's detail as the English UI shows it, with STS's answer when it has one. */
const said = (lines: CheckLine[], id: string) => {
  const l = lines.find((x) => x.id === id);
  return l ? `${inEnglish(l.detail)}${l.answer ? ` STS answers ${l.answer.code}: "${l.answer.message}".` : ''}` : '';
};

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
    expect(said(lines, 'aud-client')).toContain('no azp');
    expect(said(lines, 'exp')).toContain('must be before the expiration date/time');
  });

  it('explains near-miss issuers and the missing aud', () => {
    const trailing = checkTokenAgainstStsRules({ header: { alg: 'ES256' }, claims: { iss: `${GH}/`, exp: nowS + 10 } }, { nowMs: NOW, providerUrl: GH, rawLength: 100 });
    expect(said(trailing, 'iss-provider')).toContain('trailing slash');
    expect(status(trailing, 'aud-present')).toBe('fail');
    expect(said(trailing, 'aud-present')).toContain('Missing a required claim: aud');
    const upper = checkTokenAgainstStsRules({ header: { alg: 'ES256' }, claims: { iss: GH.toUpperCase().replace('HTTPS', 'https') } }, { nowMs: NOW, providerUrl: GH, rawLength: 100 });
    expect(said(upper, 'iss-provider')).toContain('case');
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

describe('the rule findings in French', () => {
  const fr = translator('fr');
  it('renders titles and details in French, with the token values and STS words verbatim', () => {
    const lines = checkTokenAgainstStsRules(
      { header: { alg: 'HS256' }, claims: { iss: `${GH}/`, aud: ['a', 'b'], sub: 's', exp: nowS - 30 } },
      { nowMs: NOW, clientIds: ['c'], providerUrl: GH, rawLength: 100, roleSessionName: 'a' },
    );
    const line = (id: string) => lines.find((l) => l.id === id) as CheckLine;
    expect(fr(line('iss-provider').title)).toBe("L'émetteur est un fournisseur OIDC IAM du compte du rôle");
    expect(fr(line('iss-provider').detail)).toBe(`Aucun fournisseur OIDC IAM du compte du rôle n'a l'URL « ${GH}/ ». Le compte a « ${GH} », qui n'en diffère que par une barre oblique finale, laquelle compte.`);
    expect(fr(line('aud-client').detail)).toBe("Aucun ID client à comparer (aud est une liste de plusieurs valeurs et aucune revendication azp ne désigne l'ID client).");
    expect(fr(line('exp').detail)).toBe('Expiré depuis 30 secondes.');
    expect(fr(line('alg').detail)).toBe('alg "HS256" n\'est pas accepté (ni HMAC, ni PS*).');
    expect(fr(line('role-session-name').detail)).toBe('RoleSessionName doit compter de 2 à 64 caractères ; il en a 1.');
    // STS's answer stays as on the wire.
    expect(line('exp').answer?.code).toBe('ExpiredTokenException');
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
    expect(inEnglish(idpConventions('https://gitlab.example.org')?.name ?? '')).toContain('self-managed');
    expect(translator('fr')(idpConventions('https://gitlab.example.org')?.name ?? { id: 'x', message: '' })).toBe('GitLab CI/CD (autogéré)');
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
    expect(open.warnings.map(inEnglish).join(' ')).toContain('any GitHub Actions workflow in any repository');
    expect(open.warnings.map(translator('fr')).join(' ')).toContain('n’importe quel workflow GitHub Actions');
    const anyOwner = generateTrustPolicy(github, { accountId: '123456789012', sub: 'repo:*' });
    expect(anyOwner.warnings.map(inEnglish).join(' ')).toContain('any owner');
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
