/**
 * Example policies as AWS documents them (IAM User Guide example policies, the STS / Cognito / EKS
 * / GitHub guides, S3 bucket-policy examples), with documentation placeholders filled with the
 * documentation values (111122223333, amzn-s3-demo-bucket). Written out here; not copied files.
 */
import type { EditorPolicyKind } from '../language/kind';

export interface DocumentedPolicy {
  name: string;
  kind: EditorPolicyKind;
  policy: unknown;
}

const V = '2012-10-17';

export const DOCUMENTED: DocumentedPolicy[] = [
  {
    name: 'S3: read and write objects in one bucket',
    kind: 'identity',
    policy: {
      Version: V,
      Statement: [
        { Sid: 'ListObjectsInBucket', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: ['arn:aws:s3:::amzn-s3-demo-bucket'] },
        { Sid: 'AllObjectActions', Effect: 'Allow', Action: 's3:*Object', Resource: ['arn:aws:s3:::amzn-s3-demo-bucket/*'] },
      ],
    },
  },
  {
    name: 'S3: IAM users access their own home directory',
    kind: 'identity',
    policy: {
      Version: V,
      Statement: [
        { Sid: 'ListYourObjects', Effect: 'Allow', Action: 's3:ListBucket', Resource: ['arn:aws:s3:::amzn-s3-demo-bucket'], Condition: { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } } },
        { Sid: 'RWDYourObjects', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: ['arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*'] },
      ],
    },
  },
  {
    name: 'S3: Cognito users access their own prefix',
    kind: 'identity',
    policy: {
      Version: V,
      Statement: [
        { Effect: 'Allow', Action: ['s3:ListBucket'], Resource: ['arn:aws:s3:::amzn-s3-demo-bucket'], Condition: { StringLike: { 's3:prefix': ['cognito/application-name/${cognito-identity.amazonaws.com:sub}/*'] } } },
        { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], Resource: ['arn:aws:s3:::amzn-s3-demo-bucket/cognito/application-name/${cognito-identity.amazonaws.com:sub}/*'] },
      ],
    },
  },
  {
    name: 'AWS: deny access outside the requested Regions',
    kind: 'identity',
    policy: {
      Version: V,
      Statement: [
        {
          Sid: 'DenyAllOutsideRequestedRegions',
          Effect: 'Deny',
          NotAction: ['cloudfront:*', 'iam:*', 'route53:*', 'support:*'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3'] } },
        },
      ],
    },
  },
  {
    name: 'IAM: MFA-authenticated users manage their own MFA device',
    kind: 'identity',
    policy: {
      Version: V,
      Statement: [
        { Sid: 'AllowListActions', Effect: 'Allow', Action: ['iam:ListUsers', 'iam:ListVirtualMFADevices'], Resource: '*' },
        { Sid: 'AllowManageOwnVirtualMFADevice', Effect: 'Allow', Action: ['iam:CreateVirtualMFADevice'], Resource: 'arn:aws:iam::*:mfa/*' },
        {
          Sid: 'AllowManageOwnUserMFA',
          Effect: 'Allow',
          Action: ['iam:DeactivateMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'iam:GetMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'],
          Resource: 'arn:aws:iam::*:user/${aws:username}',
        },
        {
          Sid: 'BlockMostAccessUnlessSignedInWithMFA',
          Effect: 'Deny',
          NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ListUsers', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'],
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
        },
      ],
    },
  },
  {
    name: 'EC2: start or stop instances based on tags',
    kind: 'identity',
    policy: {
      Version: V,
      Statement: [
        {
          Effect: 'Allow',
          Action: ['ec2:StartInstances', 'ec2:StopInstances'],
          Resource: 'arn:aws:ec2:*:*:instance/*',
          Condition: { StringEquals: { 'aws:ResourceTag/Project': 'DataAnalytics', 'aws:PrincipalTag/Department': 'Data' } },
        },
        { Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
      ],
    },
  },
  {
    name: 'EC2: start or stop instances when principal and resource tags match (ABAC)',
    kind: 'identity',
    policy: {
      Version: V,
      Statement: [
        { Effect: 'Allow', Action: ['ec2:StartInstances', 'ec2:StopInstances'], Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/Project': '${aws:PrincipalTag/Project}' } } },
        { Effect: 'Allow', Action: 'ec2:DescribeInstances', Resource: '*' },
      ],
    },
  },
  {
    name: 'AWS: allow access within a date range',
    kind: 'identity',
    policy: {
      Version: V,
      Statement: [
        { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*', Condition: { DateGreaterThan: { 'aws:CurrentTime': '2020-04-01T00:00:00Z' }, DateLessThan: { 'aws:CurrentTime': '2020-06-30T23:59:59Z' } } },
      ],
    },
  },
  {
    name: 'AWS: deny access based on the source IP',
    kind: 'identity',
    policy: {
      Version: V,
      Statement: { Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] }, Bool: { 'aws:ViaAWSService': 'false' } } },
    },
  },
  {
    name: 'DynamoDB: access to a specific table',
    kind: 'identity',
    policy: {
      Version: V,
      Statement: [
        { Sid: 'ListAndDescribe', Effect: 'Allow', Action: ['dynamodb:List*', 'dynamodb:DescribeReservedCapacity*', 'dynamodb:DescribeLimits', 'dynamodb:DescribeTimeToLive'], Resource: '*' },
        {
          Sid: 'SpecificTable',
          Effect: 'Allow',
          Action: ['dynamodb:BatchGet*', 'dynamodb:DescribeStream', 'dynamodb:DescribeTable', 'dynamodb:Get*', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:BatchWrite*', 'dynamodb:CreateTable', 'dynamodb:Delete*', 'dynamodb:Update*', 'dynamodb:PutItem'],
          Resource: 'arn:aws:dynamodb:*:*:table/MyTable',
        },
      ],
    },
  },
  {
    name: 'STS: allow assuming roles whose names start with Test',
    kind: 'identity',
    policy: { Version: V, Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::111122223333:role/Test*' }] },
  },
  {
    name: 'STS: session policy passed to AssumeRole',
    kind: 'session',
    policy: { Version: V, Statement: [{ Sid: 'Stmt1', Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] },
  },
  {
    name: 'Trust: cross-account access with an external ID',
    kind: 'trust',
    policy: { Version: V, Statement: { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'Unique ID Assigned by Example Corp' } } } },
  },
  {
    name: 'Trust: MFA-protected cross-account access',
    kind: 'trust',
    policy: { Version: V, Statement: { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } } },
  },
  {
    name: 'Trust: GitHub Actions OIDC',
    kind: 'trust',
    policy: {
      Version: V,
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:*' } },
        },
      ],
    },
  },
  {
    name: 'Trust: EKS IAM roles for service accounts',
    kind: 'trust',
    policy: {
      Version: V,
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub': 'system:serviceaccount:default:my-service-account',
              'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:aud': 'sts.amazonaws.com',
            },
          },
        },
      ],
    },
  },
  {
    name: 'Trust: SAML 2.0 federation',
    kind: 'trust',
    policy: {
      Version: V,
      Statement: [
        { Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::111122223333:saml-provider/ExampleOrgSSOProvider' }, Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } },
      ],
    },
  },
  {
    name: 'Trust: EC2 service role',
    kind: 'trust',
    policy: { Version: V, Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
  },
  {
    name: 'Trust: a role may set its source identity',
    kind: 'trust',
    policy: {
      Version: V,
      Statement: [
        { Sid: 'AllowAdminSourceIdentity', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/CriticalRole' }, Action: ['sts:AssumeRole', 'sts:SetSourceIdentity'], Condition: { StringLike: { 'sts:SourceIdentity': 'Admin-*' } } },
      ],
    },
  },
  {
    name: 'S3 bucket policy: require TLS',
    kind: 'resource',
    policy: {
      Version: V,
      Statement: [
        {
          Sid: 'RestrictToTLSRequestsOnly',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    },
  },
  {
    name: 'S3 bucket policy: cross-account access',
    kind: 'resource',
    policy: {
      Version: V,
      Statement: [{ Sid: 'AccountBAccess1', Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 's3:*', Resource: ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'] }],
    },
  },
  {
    name: 'S3 bucket policy: only principals of my organization may upload',
    kind: 'resource',
    policy: {
      Version: V,
      Statement: { Sid: 'AllowPutObject', Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*', Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-xxxxxxxxxxx'] } } },
    },
  },
];

/** Documented policies that really trip one of the editor's warnings, with the warning they must give. */
export interface DocumentedWithWarning {
  name: string;
  kind: EditorPolicyKind;
  text: string;
  warning: { code: string; message: string; text: string; line: number; column: number; endLine: number; endColumn: number };
}

export const DOCUMENTED_WITH_WARNINGS: DocumentedWithWarning[] = [
  {
    // The AWS managed policy AWSLambdaBasicExecutionRole.
    name: 'AWSLambdaBasicExecutionRole: logs write actions on every resource',
    kind: 'identity',
    text: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
      "Resource": "*"
    }
  ]
}`,
    warning: {
      code: 'write-action-all-resources',
      message: '"Resource": "*" with the write action logs:CreateLogGroup allows it on every resource; name the resources (ARNs) or add a Condition',
      text: '"*"',
      line: 7,
      column: 19,
      endLine: 7,
      endColumn: 22,
    },
  },
  {
    name: 'IAM: allow creating users only with specific tag keys',
    kind: 'identity',
    text: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "TagUsersWithOnlyTheseTags",
      "Effect": "Allow",
      "Action": ["iam:CreateUser", "iam:TagUser"],
      "Resource": "*",
      "Condition": {
        "ForAllValues:StringEquals": {"aws:TagKeys": ["Department", "JobFunction"]},
        "StringEqualsIfExists": {"aws:RequestTag/Department": ["Development", "QualityAssurance"], "aws:RequestTag/JobFunction": "Employee"}
      }
    }
  ]
}`,
    warning: {
      code: 'forallvalues-allow-without-null',
      message:
        'ForAllValues:StringEquals is also true when the request has no aws:TagKeys at all, so this Allow applies to such requests too; add "Null": {"aws:TagKeys": "false"} to require the key',
      text: '"aws:TagKeys"',
      line: 10,
      column: 39,
      endLine: 10,
      endColumn: 52,
    },
  },
  {
    name: 'Cognito identity pool trust policy (authenticated role)',
    kind: 'trust',
    text: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {"Federated": "cognito-identity.amazonaws.com"},
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {"cognito-identity.amazonaws.com:aud": "us-east-1:12345678-abcd-abcd-abcd-123456790ab"},
        "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}
      }
    }
  ]
}`,
    warning: {
      code: 'stringlike-without-wildcard',
      message: '"authenticated" has no wildcard (* or ?): use ForAnyValue:StringEquals for an exact match',
      text: '"authenticated"',
      line: 10,
      column: 74,
      endLine: 10,
      endColumn: 89,
    },
  },
];
