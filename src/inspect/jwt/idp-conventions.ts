/** Well-known OIDC issuers and how their tokens are usually trusted in AWS (reference §8 table). */
import type { Message } from '../../kernel/message';
import { providerKeyPrefix } from './aws-claims';

export type IdpId = 'github-actions' | 'eks-irsa' | 'cognito' | 'cognito-user-pool' | 'google' | 'gitlab';

export interface IdpConvention {
  id: IdpId;
  name: Message;
  explanation: Message;
  /** What `Principal.Federated` is in the trust policy; `<ACCOUNT>` stands for the role's account. */
  federatedPrincipal: string;
  /** Whether AWS treats it as a built-in provider (no IAM OIDC provider object needed). */
  builtIn: boolean;
  /** The audience this IdP's tokens usually carry for AWS. */
  typicalAudience: Message;
  /** What `sub` looks like. */
  subjectFormat: Message;
  tips: Message[];
}

/** A value shown as it is (an audience, a pattern): the same in every language. */
const literal = (value: string): Message => /*i18n*/ ({ id: 'idp.literal', message: '{value}', values: { value }, verbatim: ['value'] });

const arnFor = (iss: string) => `arn:aws:iam::<ACCOUNT>:oidc-provider/${providerKeyPrefix(iss)}`;

/** Recognises GitHub Actions, EKS IRSA, Cognito (identity pools and user pools), Google and GitLab issuers. */
export function idpConventions(iss: string): IdpConvention | null {
  if (typeof iss !== 'string') return null;
  let host = '';
  let path = '';
  try {
    const u = new URL(iss.includes('://') ? iss : `https://${iss}`);
    host = u.hostname.toLowerCase();
    path = u.pathname;
  } catch {
    return null;
  }
  if (host === 'token.actions.githubusercontent.com') {
    return {
      id: 'github-actions',
      name: literal('GitHub Actions'),
      explanation: /*i18n*/ { id: 'idp.github.explanation', message: 'GitHub Actions’ OIDC token{enterprise, select, yes { (an enterprise-specific issuer)} other {}}. {action} requests it with audience {aud}.', values: { enterprise: path.length > 1 ? 'yes' : 'no', action: 'aws-actions/configure-aws-credentials', aud: 'sts.amazonaws.com' }, verbatim: ['action', 'aud'] },
      federatedPrincipal: arnFor(iss),
      builtIn: false,
      typicalAudience: literal('sts.amazonaws.com'),
      subjectFormat: /*i18n*/ { id: 'idp.github.sub', message: '{a}, {b} or {c}', values: { a: 'repo:ORG/REPO:ref:refs/heads/BRANCH', b: 'repo:ORG/REPO:environment:NAME', c: 'repo:ORG/REPO:pull_request' }, verbatim: ['a', 'b', 'c'] },
      tips: [
        /*i18n*/ { id: 'idp.github.tip.sub', message: 'Always constrain {key}. A trust policy that checks only aud lets every workflow in every GitHub repository assume the role.', values: { key: 'token.actions.githubusercontent.com:sub' }, verbatim: ['key'] },
        /*i18n*/ { id: 'idp.github.tip.wildcard', message: 'Use StringLike with a wildcard only inside your own repository, e.g. {example}.', values: { example: 'repo:ORG/REPO:*' }, verbatim: ['example'] },
        /*i18n*/ { id: 'idp.github.tip.claims', message: 'Custom claims such as repository_owner or job_workflow_ref are not condition keys; only aud, sub (and azp, amr) are.' },
      ],
    };
  }
  const eks = /^oidc\.eks\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/.exec(host);
  if (eks && /^\/id\/[A-Za-z0-9]+$/.test(path)) {
    return {
      id: 'eks-irsa',
      name: /*i18n*/ { id: 'idp.eks.name', message: 'Amazon EKS (IAM roles for service accounts)' },
      explanation: /*i18n*/ { id: 'idp.eks.explanation', message: 'A Kubernetes service-account token projected by EKS in {region}; the SDK reads it from {variable}.', values: { region: eks[1] ?? '', variable: 'AWS_WEB_IDENTITY_TOKEN_FILE' }, verbatim: ['region', 'variable'] },
      federatedPrincipal: arnFor(iss),
      builtIn: false,
      typicalAudience: literal('sts.amazonaws.com'),
      subjectFormat: literal('system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT'),
      tips: [
        /*i18n*/ { id: 'idp.eks.tip.sub', message: 'Constrain {sub} to the one service account, and {aud} to {audience}.', values: { sub: '<issuer>:sub', aud: '<issuer>:aud', audience: 'sts.amazonaws.com' }, verbatim: ['sub', 'aud', 'audience'] },
        /*i18n*/ { id: 'idp.eks.tip.perCluster', message: 'The issuer URL is per cluster: a new cluster needs its own IAM OIDC provider.' },
      ],
    };
  }
  if (host === 'cognito-identity.amazonaws.com') {
    return {
      id: 'cognito',
      name: /*i18n*/ { id: 'idp.cognito.name', message: 'Amazon Cognito identity pools' },
      explanation: /*i18n*/ { id: 'idp.cognito.explanation', message: 'A Cognito identity pool OpenID token (from GetOpenIdToken). AWS treats {issuer} as a built-in provider.', values: { issuer: 'cognito-identity.amazonaws.com' }, verbatim: ['issuer'] },
      federatedPrincipal: 'cognito-identity.amazonaws.com',
      builtIn: true,
      typicalAudience: literal('REGION:identity-pool-GUID'),
      subjectFormat: /*i18n*/ { id: 'idp.cognito.sub', message: '{format} (the identity ID)', values: { format: 'REGION:identity-GUID' }, verbatim: ['format'] },
      tips: [
        /*i18n*/ { id: 'idp.cognito.tip.aud', message: 'Always constrain {key} to your identity pool ID: without it, identities from any pool in any account match.', values: { key: 'cognito-identity.amazonaws.com:aud' }, verbatim: ['key'] },
        /*i18n*/ { id: 'idp.cognito.tip.amr', message: '{key} holds “authenticated” or “unauthenticated” plus the login provider; test it with {operator}.', values: { key: 'cognito-identity.amazonaws.com:amr', operator: 'ForAnyValue:StringLike' }, verbatim: ['key', 'operator'] },
      ],
    };
  }
  if (/^cognito-idp\.[a-z0-9-]+\.amazonaws\.com$/.test(host)) {
    return {
      id: 'cognito-user-pool',
      name: /*i18n*/ { id: 'idp.cognitoUserPool.name', message: 'Amazon Cognito user pools' },
      explanation: /*i18n*/ { id: 'idp.cognitoUserPool.explanation', message: 'An ID token from a Cognito user pool. For STS it is an ordinary OIDC provider: create an IAM OIDC provider for this issuer with the app client ID as audience.' },
      federatedPrincipal: arnFor(iss),
      builtIn: false,
      typicalAudience: /*i18n*/ { id: 'idp.cognitoUserPool.aud', message: 'the app client ID' },
      subjectFormat: /*i18n*/ { id: 'idp.cognitoUserPool.sub', message: 'the user’s UUID' },
      tips: [/*i18n*/ { id: 'idp.cognitoUserPool.tip', message: 'Send the ID token, not the access token: the access token has no aud claim (it has client_id).' }],
    };
  }
  if (host === 'accounts.google.com') {
    return {
      id: 'google',
      name: literal('Google'),
      explanation: /*i18n*/ { id: 'idp.google.explanation', message: 'A Google ID token. AWS treats {issuer} as a built-in provider; its tokens may carry iss without {scheme}.', values: { issuer: 'accounts.google.com', scheme: 'https://' }, verbatim: ['issuer', 'scheme'] },
      federatedPrincipal: 'accounts.google.com',
      builtIn: true,
      typicalAudience: /*i18n*/ { id: 'idp.google.aud', message: 'your OAuth client ID ({suffix})', values: { suffix: '…apps.googleusercontent.com' }, verbatim: ['suffix'] },
      subjectFormat: /*i18n*/ { id: 'idp.google.sub', message: 'the numeric Google account ID' },
      tips: [
        /*i18n*/ { id: 'idp.google.tip.azp', message: '{aud} is azp when the token has one; {oaud} is the original aud.', values: { aud: 'accounts.google.com:aud', oaud: 'accounts.google.com:oaud' }, verbatim: ['aud', 'oaud'] },
        /*i18n*/ { id: 'idp.google.tip.constrain', message: 'Constrain {aud} to your client ID, and sub to the accounts you trust.', values: { aud: 'accounts.google.com:aud' }, verbatim: ['aud'] },
      ],
    };
  }
  if (host === 'gitlab.com' || /(^|\.)gitlab\./.test(host)) {
    return {
      id: 'gitlab',
      name: host === 'gitlab.com' ? literal('GitLab CI/CD (gitlab.com)') : /*i18n*/ { id: 'idp.gitlab.selfManaged', message: 'GitLab CI/CD (self-managed)' },
      explanation: /*i18n*/ { id: 'idp.gitlab.explanation', message: 'A GitLab CI/CD ID token (id_tokens in {file}). The audience is whatever the job asks for in {field}.', values: { file: '.gitlab-ci.yml', field: 'aud:' }, verbatim: ['file', 'field'] },
      federatedPrincipal: arnFor(iss),
      builtIn: false,
      typicalAudience: /*i18n*/ { id: 'idp.gitlab.aud', message: 'the aud set in the job’s id_tokens (often the GitLab URL)' },
      subjectFormat: literal('project_path:GROUP/PROJECT:ref_type:branch:ref:BRANCH'),
      tips: [
        /*i18n*/ { id: 'idp.gitlab.tip.sub', message: 'Constrain {sub} to your project path (and branch); aud alone is chosen by the job.', values: { sub: '<issuer>:sub' }, verbatim: ['sub'] },
        /*i18n*/ { id: 'idp.gitlab.tip.https', message: 'Self-managed GitLab must serve its discovery document over HTTPS on a public URL STS can reach.' },
      ],
    };
  }
  return null;
}
