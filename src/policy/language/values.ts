/** Values the editor suggests for particular elements and condition keys. */

export interface ValueSuggestion {
  value: string;
  doc: string;
}

const v = (value: string, doc: string): ValueSuggestion => ({ value, doc });

const REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'sa-east-1', 'eu-west-1', 'eu-west-2', 'eu-west-3',
  'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
  'ap-southeast-1', 'ap-southeast-2', 'ap-south-1', 'ap-east-1', 'me-south-1', 'me-central-1', 'af-south-1', 'il-central-1',
];

export const SERVICE_PRINCIPALS: ValueSuggestion[] = [
  v('ec2.amazonaws.com', 'EC2 instances (instance profiles).'),
  v('lambda.amazonaws.com', 'Lambda functions (execution role).'),
  v('ecs-tasks.amazonaws.com', 'ECS tasks (task role).'),
  v('eks.amazonaws.com', 'EKS clusters.'),
  v('pods.eks.amazonaws.com', 'EKS Pod Identity.'),
  v('states.amazonaws.com', 'Step Functions state machines.'),
  v('events.amazonaws.com', 'EventBridge rules.'),
  v('apigateway.amazonaws.com', 'API Gateway.'),
  v('codebuild.amazonaws.com', 'CodeBuild projects.'),
  v('cloudformation.amazonaws.com', 'CloudFormation stacks.'),
  v('glue.amazonaws.com', 'AWS Glue.'),
  v('sagemaker.amazonaws.com', 'SageMaker.'),
  v('firehose.amazonaws.com', 'Data Firehose.'),
];

export const FEDERATED_PRINCIPALS: ValueSuggestion[] = [
  v('arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com', 'GitHub Actions OIDC provider (replace the account ID).'),
  v('arn:aws:iam::111122223333:saml-provider/MyIdP', 'A SAML identity provider (replace account and name).'),
  v('cognito-identity.amazonaws.com', 'Amazon Cognito identity pools (built in).'),
  v('accounts.google.com', 'Google (built in).'),
  v('www.amazon.com', 'Login with Amazon (built in).'),
  v('graph.facebook.com', 'Facebook (built in).'),
];

export const AWS_PRINCIPALS: ValueSuggestion[] = [
  v('arn:aws:iam::111122223333:root', 'Every principal of the account that its own policies allow.'),
  v('arn:aws:iam::111122223333:role/RoleName', 'One role (and all its sessions).'),
  v('arn:aws:iam::111122223333:user/UserName', 'One IAM user.'),
  v('111122223333', 'An account (same as its :root ARN).'),
  v('*', 'Everyone, in any account: add a Condition.'),
];

export const RESOURCE_TEMPLATES: ValueSuggestion[] = [
  v('*', 'Every resource.'),
  v('arn:aws:s3:::amzn-s3-demo-bucket', 'An S3 bucket (for ListBucket and bucket settings).'),
  v('arn:aws:s3:::amzn-s3-demo-bucket/*', 'The objects of an S3 bucket.'),
  v('arn:aws:iam::111122223333:role/RoleName', 'An IAM role (for sts:AssumeRole, iam:PassRole).'),
  v('arn:aws:ec2:us-east-1:111122223333:instance/*', 'EC2 instances of one Region.'),
  v('arn:aws:dynamodb:us-east-1:111122223333:table/TableName', 'A DynamoDB table.'),
  v('arn:aws:lambda:us-east-1:111122223333:function:FunctionName', 'A Lambda function.'),
  v('arn:aws:kms:us-east-1:111122223333:key/KEY-ID', 'A KMS key.'),
  v('arn:aws:logs:us-east-1:111122223333:log-group:GroupName:*', 'A CloudWatch Logs group and its streams.'),
  v('arn:aws:sqs:us-east-1:111122223333:QueueName', 'An SQS queue.'),
  v('arn:aws:sns:us-east-1:111122223333:TopicName', 'An SNS topic.'),
];

/** Values for particular condition keys, keyed by lower-case key name or OIDC suffix. */
export const KEY_VALUES: Record<string, ValueSuggestion[]> = {
  'aws:requestedregion': REGIONS.map((r) => v(r, 'Region')),
  'aws:principaltype': ['Account', 'User', 'FederatedUser', 'AssumedRole', 'Anonymous'].map((t) => v(t, 'Principal type')),
  'saml:aud': [v('https://signin.aws.amazon.com/saml', 'The AWS sign-in SAML endpoint.')],
  'saml:sub_type': [v('persistent', 'A persistent NameID.'), v('transient', 'A transient NameID.')],
  'sts:signingalgorithm': [v('RS256', 'RSA with SHA-256.'), v('ES384', 'ECDSA P-384 with SHA-384.')],
  'token.actions.githubusercontent.com:aud': [v('sts.amazonaws.com', 'The audience configure-aws-credentials requests.')],
  'token.actions.githubusercontent.com:sub': [
    v('repo:ORG/REPO:ref:refs/heads/main', 'One branch of one repository.'),
    v('repo:ORG/REPO:environment:production', 'One deployment environment.'),
    v('repo:ORG/REPO:pull_request', 'Pull-request workflows.'),
    v('repo:ORG/REPO:*', 'Any workflow of one repository (use StringLike).'),
  ],
  'cognito-identity.amazonaws.com:amr': [v('authenticated', 'Signed-in identities.'), v('unauthenticated', 'Guest identities.')],
};

export const BOOLEAN_VALUES: ValueSuggestion[] = [v('true', 'true'), v('false', 'false')];
export const NULL_VALUES: ValueSuggestion[] = [v('true', 'The key must be absent.'), v('false', 'The key must be present.')];
