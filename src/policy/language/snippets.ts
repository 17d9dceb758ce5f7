/**
 * Statement snippets, as plain data in Monaco snippet syntax: `${1:default}` placeholders,
 * `${1|a,b|}` choices, and `\$` for a literal dollar (policy variables are written `\${aws:username}`).
 * snippetText() resolves a body to the JSON it inserts with the defaults.
 */
import type { EditorPolicyKind } from './kind';

export interface PolicySnippet {
  id: string;
  label: string;
  description: string;
  /** The policy kinds the statement fits. */
  kinds: readonly EditorPolicyKind[];
  /** One statement object, in snippet syntax, indented with two spaces. */
  body: string;
}

const lines = (...l: string[]): string => l.join('\n');

export const SNIPPETS: readonly PolicySnippet[] = [
  {
    id: 's3-read-bucket',
    label: 'Allow reading one S3 bucket',
    description: 'List the bucket and read its objects (ListBucket is on the bucket ARN, GetObject on bucket/*).',
    kinds: ['identity', 'session'],
    body: lines(
      '{',
      '  "Sid": "${1:ReadOneBucket}",',
      '  "Effect": "Allow",',
      '  "Action": ["s3:ListBucket", "s3:GetObject"],',
      '  "Resource": ["arn:aws:s3:::${2:amzn-s3-demo-bucket}", "arn:aws:s3:::${2:amzn-s3-demo-bucket}/*"]',
      '}',
    ),
  },
  {
    id: 'require-mfa',
    label: 'Require MFA (deny everything else without it)',
    description: 'Deny all but MFA self-management unless MFA was used. BoolIfExists also catches long-term access keys.',
    kinds: ['identity'],
    body: lines(
      '{',
      '  "Sid": "${1:DenyAllExceptListedIfNoMFA}",',
      '  "Effect": "Deny",',
      '  "NotAction": [',
      '    "iam:CreateVirtualMFADevice",',
      '    "iam:EnableMFADevice",',
      '    "iam:GetUser",',
      '    "iam:ListMFADevices",',
      '    "iam:ListVirtualMFADevices",',
      '    "iam:ResyncMFADevice",',
      '    "sts:GetSessionToken"',
      '  ],',
      '  "Resource": "*",',
      '  "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}',
      '}',
    ),
  },
  {
    id: 'trust-require-mfa',
    label: 'Trust an account, with MFA',
    description: 'Let principals of an account assume the role only when they signed in with MFA.',
    kinds: ['trust'],
    body: lines(
      '{',
      '  "Effect": "Allow",',
      '  "Principal": {"AWS": "arn:aws:iam::${1:111122223333}:root"},',
      '  "Action": "sts:AssumeRole",',
      '  "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}',
      '}',
    ),
  },
  {
    id: 'trust-external-id',
    label: 'Trust a third party, with ExternalId',
    description: 'Cross-account access for a vendor; the ExternalId guards against the confused deputy.',
    kinds: ['trust'],
    body: lines(
      '{',
      '  "Effect": "Allow",',
      '  "Principal": {"AWS": "arn:aws:iam::${1:111122223333}:root"},',
      '  "Action": "sts:AssumeRole",',
      '  "Condition": {"StringEquals": {"sts:ExternalId": "${2:example-external-id}"}}',
      '}',
    ),
  },
  {
    id: 'trust-github-actions',
    label: 'Trust GitHub Actions (OIDC)',
    description: 'Workflows of one repository assume the role with AssumeRoleWithWebIdentity; sub pins the repository.',
    kinds: ['trust'],
    body: lines(
      '{',
      '  "Effect": "Allow",',
      '  "Principal": {"Federated": "arn:aws:iam::${1:111122223333}:oidc-provider/token.actions.githubusercontent.com"},',
      '  "Action": "sts:AssumeRoleWithWebIdentity",',
      '  "Condition": {',
      '    "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},',
      '    "StringLike": {"token.actions.githubusercontent.com:sub": "repo:${2:ORG}/${3:REPO}:${4:*}"}',
      '  }',
      '}',
    ),
  },
  {
    id: 'trust-saml',
    label: 'Trust a SAML identity provider',
    description: 'Federated sign-in through a SAML IdP to the AWS console or CLI.',
    kinds: ['trust'],
    body: lines(
      '{',
      '  "Effect": "Allow",',
      '  "Principal": {"Federated": "arn:aws:iam::${1:111122223333}:saml-provider/${2:MyIdP}"},',
      '  "Action": "sts:AssumeRoleWithSAML",',
      '  "Condition": {"StringEquals": {"SAML:aud": "https://signin.aws.amazon.com/saml"}}',
      '}',
    ),
  },
  {
    id: 'trust-service',
    label: 'Trust an AWS service',
    description: 'Let a service (EC2, Lambda, ECS tasks…) assume the role.',
    kinds: ['trust'],
    body: lines('{', '  "Effect": "Allow",', '  "Principal": {"Service": "${1|lambda.amazonaws.com,ec2.amazonaws.com,ecs-tasks.amazonaws.com|}"},', '  "Action": "sts:AssumeRole"', '}'),
  },
  {
    id: 'deny-outside-regions',
    label: 'Deny requests outside chosen Regions',
    description: 'Deny everything sent to other Regions, except global services that only answer in us-east-1.',
    kinds: ['identity', 'session'],
    body: lines(
      '{',
      '  "Sid": "${1:DenyOutsideRegions}",',
      '  "Effect": "Deny",',
      '  "NotAction": ["iam:*", "sts:*", "organizations:*", "cloudfront:*", "route53:*", "support:*", "budgets:*"],',
      '  "Resource": "*",',
      '  "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["${2:eu-west-1}"]}}',
      '}',
    ),
  },
  {
    id: 'allow-assume-role',
    label: 'Allow assuming one role',
    description: 'The caller-side permission for sts:AssumeRole (the role\'s trust policy must allow it too).',
    kinds: ['identity'],
    body: lines('{', '  "Effect": "Allow",', '  "Action": "sts:AssumeRole",', '  "Resource": "arn:aws:iam::${1:111122223333}:role/${2:RoleName}"', '}'),
  },
];

/**
 * The text a snippet body inserts with every placeholder at its default (the first choice for
 * `${n|a,b|}`, empty for `$n`). Linear; handles `\$`, `\}` and `\\` escapes.
 */
export function snippetText(body: string): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i] as string;
    if (c === '\\' && i + 1 < body.length) {
      out += body[i + 1];
      i += 2;
    } else if (c === '$' && body[i + 1] === '{') {
      const close = closingBrace(body, i + 2);
      const inner = body.slice(i + 2, close);
      const colon = inner.indexOf(':');
      const bar = inner.indexOf('|');
      if (bar >= 0 && (colon < 0 || bar < colon)) out += (inner.slice(bar + 1, inner.lastIndexOf('|')).split(',')[0] ?? '');
      else if (colon >= 0) out += snippetText(inner.slice(colon + 1));
      i = close + 1;
    } else if (c === '$' && /[0-9]/.test(body[i + 1] ?? '')) {
      i++;
      while (/[0-9]/.test(body[i] ?? '')) i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function closingBrace(body: string, from: number): number {
  let depth = 1;
  for (let i = from; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === '{') depth++;
    else if (body[i] === '}' && --depth === 0) return i;
  }
  return body.length;
}

/** Literal text made safe to sit in a snippet body, outside placeholders: `$` and `\\` are escaped. */
export function escapeSnippet(text: string): string {
  let out = '';
  for (const c of text) out += c === '$' || c === '\\' ? `\\${c}` : c;
  return out;
}
