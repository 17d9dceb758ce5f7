/** Well-known OIDC issuers and how their tokens are usually trusted in AWS (reference §8 table). */
import { providerKeyPrefix } from './aws-claims';

export type IdpId = 'github-actions' | 'eks-irsa' | 'cognito' | 'cognito-user-pool' | 'google' | 'gitlab';

export interface IdpConvention {
  id: IdpId;
  name: string;
  explanation: string;
  /** What `Principal.Federated` is in the trust policy; `<ACCOUNT>` stands for the role's account. */
  federatedPrincipal: string;
  /** Whether AWS treats it as a built-in provider (no IAM OIDC provider object needed). */
  builtIn: boolean;
  /** The audience this IdP's tokens usually carry for AWS. */
  typicalAudience: string;
  /** What `sub` looks like. */
  subjectFormat: string;
  tips: string[];
}

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
      name: 'GitHub Actions',
      explanation: `GitHub Actions' OIDC token${path.length > 1 ? ' (an enterprise-specific issuer)' : ''}. aws-actions/configure-aws-credentials requests it with audience sts.amazonaws.com.`,
      federatedPrincipal: arnFor(iss),
      builtIn: false,
      typicalAudience: 'sts.amazonaws.com',
      subjectFormat: 'repo:ORG/REPO:ref:refs/heads/BRANCH, repo:ORG/REPO:environment:NAME or repo:ORG/REPO:pull_request',
      tips: [
        'Always constrain token.actions.githubusercontent.com:sub. A trust policy that checks only aud lets every workflow in every GitHub repository assume the role.',
        'Use StringLike with a wildcard only inside your own repository, e.g. repo:ORG/REPO:*.',
        'Custom claims such as repository_owner or job_workflow_ref are not condition keys; only aud, sub (and azp, amr) are.',
      ],
    };
  }
  const eks = /^oidc\.eks\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/.exec(host);
  if (eks && /^\/id\/[A-Za-z0-9]+$/.test(path)) {
    return {
      id: 'eks-irsa',
      name: 'Amazon EKS (IAM roles for service accounts)',
      explanation: `A Kubernetes service-account token projected by EKS in ${eks[1]}; the SDK reads it from AWS_WEB_IDENTITY_TOKEN_FILE.`,
      federatedPrincipal: arnFor(iss),
      builtIn: false,
      typicalAudience: 'sts.amazonaws.com',
      subjectFormat: 'system:serviceaccount:NAMESPACE:SERVICE_ACCOUNT',
      tips: ['Constrain <issuer>:sub to the one service account, and <issuer>:aud to sts.amazonaws.com.', 'The issuer URL is per cluster: a new cluster needs its own IAM OIDC provider.'],
    };
  }
  if (host === 'cognito-identity.amazonaws.com') {
    return {
      id: 'cognito',
      name: 'Amazon Cognito identity pools',
      explanation: 'A Cognito identity pool OpenID token (from GetOpenIdToken). AWS treats cognito-identity.amazonaws.com as a built-in provider.',
      federatedPrincipal: 'cognito-identity.amazonaws.com',
      builtIn: true,
      typicalAudience: 'REGION:identity-pool-GUID',
      subjectFormat: 'REGION:identity-GUID (the identity ID)',
      tips: [
        'Always constrain cognito-identity.amazonaws.com:aud to your identity pool ID: without it, identities from any pool in any account match.',
        'cognito-identity.amazonaws.com:amr holds "authenticated" or "unauthenticated" plus the login provider; test it with ForAnyValue:StringLike.',
      ],
    };
  }
  if (/^cognito-idp\.[a-z0-9-]+\.amazonaws\.com$/.test(host)) {
    return {
      id: 'cognito-user-pool',
      name: 'Amazon Cognito user pools',
      explanation: 'An ID token from a Cognito user pool. For STS it is an ordinary OIDC provider: create an IAM OIDC provider for this issuer with the app client ID as audience.',
      federatedPrincipal: arnFor(iss),
      builtIn: false,
      typicalAudience: 'the app client ID',
      subjectFormat: 'the user\'s UUID',
      tips: ['Send the ID token, not the access token: the access token has no aud claim (it has client_id).'],
    };
  }
  if (host === 'accounts.google.com') {
    return {
      id: 'google',
      name: 'Google',
      explanation: 'A Google ID token. AWS treats accounts.google.com as a built-in provider; its tokens may carry iss without https://.',
      federatedPrincipal: 'accounts.google.com',
      builtIn: true,
      typicalAudience: 'your OAuth client ID (…apps.googleusercontent.com)',
      subjectFormat: 'the numeric Google account ID',
      tips: ['accounts.google.com:aud is azp when the token has one; accounts.google.com:oaud is the original aud.', 'Constrain accounts.google.com:aud to your client ID, and sub to the accounts you trust.'],
    };
  }
  if (host === 'gitlab.com' || /(^|\.)gitlab\./.test(host)) {
    return {
      id: 'gitlab',
      name: host === 'gitlab.com' ? 'GitLab CI/CD (gitlab.com)' : 'GitLab CI/CD (self-managed)',
      explanation: 'A GitLab CI/CD ID token (id_tokens in .gitlab-ci.yml). The audience is whatever the job asks for in aud:.',
      federatedPrincipal: arnFor(iss),
      builtIn: false,
      typicalAudience: 'the aud set in the job\'s id_tokens (often the GitLab URL)',
      subjectFormat: 'project_path:GROUP/PROJECT:ref_type:branch:ref:BRANCH',
      tips: ['Constrain <issuer>:sub to your project path (and branch); aud alone is chosen by the job.', 'Self-managed GitLab must serve its discovery document over HTTPS on a public URL STS can reach.'],
    };
  }
  return null;
}
