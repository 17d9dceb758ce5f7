/** Starter policies for the editor's template menu, as plain data (formatted JSON text). */
import type { Message } from '../../kernel/message';
import type { EditorPolicyKind } from './kind';

export interface PolicyTemplate {
  id: string;
  /** Shown in the editor's template menu, in the reader's language. */
  label: Message;
  description: Message;
  kind: EditorPolicyKind;
  /** The policy, formatted with two-space indentation. Placeholders use the documentation values (111122223333, amzn-s3-demo-bucket). */
  text: string;
}

const json = (doc: unknown): string => JSON.stringify(doc, null, 2);
const V = '2012-10-17';

export const TEMPLATES: readonly PolicyTemplate[] = [
  {
    id: 's3-read-only-bucket',
    label: /*i18n*/ { id: 'template.s3ReadOnlyBucket', message: 'Read-only access to one S3 bucket' },
    description: /*i18n*/ { id: 'template.s3ReadOnlyBucket.description', message: 'List one bucket and read its objects, nothing else. A common session policy to scope a role down.' },
    kind: 'session',
    text: json({
      Version: V,
      Statement: [
        { Sid: 'ListBucket', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket' },
        { Sid: 'ReadObjects', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*' },
      ],
    }),
  },
  {
    id: 'deny-all-but-one-region',
    label: /*i18n*/ { id: 'template.denyAllButOneRegion', message: 'Deny all but one Region' },
    description: /*i18n*/ { id: 'template.denyAllButOneRegion.description', message: 'A guardrail: deny every request sent to another Region, except global services (IAM, STS, CloudFront…).' },
    kind: 'identity',
    text: json({
      Version: V,
      Statement: [
        {
          Sid: 'DenyAllOutsideOneRegion',
          Effect: 'Deny',
          NotAction: ['iam:*', 'sts:*', 'organizations:*', 'cloudfront:*', 'route53:*', 'support:*', 'budgets:*', 'waf:*', 'health:*'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
        },
      ],
    }),
  },
  {
    id: 'scope-down-to-tags',
    label: /*i18n*/ { id: 'template.scopeDownToTags', message: 'Scope down to resources tagged like the caller' },
    description: /*i18n*/ { id: 'template.scopeDownToTags.description', message: 'Start and stop only EC2 instances whose Project tag equals the caller\'s own Project tag (ABAC).' },
    kind: 'session',
    text: json({
      Version: V,
      Statement: [
        {
          Sid: 'StartStopOwnProject',
          Effect: 'Allow',
          Action: ['ec2:StartInstances', 'ec2:StopInstances'],
          Resource: 'arn:aws:ec2:*:*:instance/*',
          Condition: { StringEquals: { 'aws:ResourceTag/Project': '${aws:PrincipalTag/Project}' } },
        },
        { Sid: 'DescribeInstances', Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
      ],
    }),
  },
  {
    id: 'trust-account-external-id',
    label: /*i18n*/ { id: 'template.trustAccountExternalId', message: 'Trust policy: another account, with ExternalId' },
    description: /*i18n*/ { id: 'template.trustAccountExternalId.description', message: 'Let a third-party account assume the role when it passes the agreed ExternalId.' },
    kind: 'trust',
    text: json({
      Version: V,
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'sts:ExternalId': 'example-external-id' } },
        },
      ],
    }),
  },
  {
    id: 'trust-github-actions',
    label: /*i18n*/ { id: 'template.trustGithubActions', message: 'Trust policy: GitHub Actions' },
    description: /*i18n*/ { id: 'template.trustGithubActions.description', message: 'Workflows on the main branch of one repository, through the GitHub OIDC provider.' },
    kind: 'trust',
    text: json({
      Version: V,
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
              'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:ref:refs/heads/main',
            },
          },
        },
      ],
    }),
  },
  {
    id: 'trust-saml',
    label: /*i18n*/ { id: 'template.trustSaml', message: 'Trust policy: SAML identity provider' },
    description: /*i18n*/ { id: 'template.trustSaml.description', message: 'Federated sign-in through a SAML IdP, with session tags.' },
    kind: 'trust',
    text: json({
      Version: V,
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/ExampleIdP' },
          Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'],
          Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
        },
      ],
    }),
  },
  {
    id: 'trust-lambda',
    label: /*i18n*/ { id: 'template.trustLambda', message: 'Trust policy: Lambda function role' },
    description: /*i18n*/ { id: 'template.trustLambda.description', message: 'The execution role of a Lambda function.' },
    kind: 'trust',
    text: json({ Version: V, Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
  },
  {
    id: 'trust-same-account-role',
    label: /*i18n*/ { id: 'template.trustSameAccountRole', message: 'Trust policy: one role of the same account' },
    description: /*i18n*/ { id: 'template.trustSameAccountRole.description', message: 'Let one named role assume this one (role chaining); its sessions match too.' },
    kind: 'trust',
    text: json({ Version: V, Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/Developer' }, Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'] }] }),
  },
];

export function templatesFor(kind: EditorPolicyKind): PolicyTemplate[] {
  // Session and identity policies share a grammar, so their templates are offered for both.
  const family = (k: EditorPolicyKind): string => (k === 'session' || k === 'identity' ? 'permissions' : k);
  return TEMPLATES.filter((t) => family(t.kind) === family(kind));
}
