/** One-line docs for the policy elements, shown in completion and on hover. */

export const TOP_LEVEL_DOCS: Record<string, string> = {
  Version: 'The policy language version. Always "2012-10-17": older "2008-10-17" has no policy variables.',
  Id: 'An optional identifier for the policy (used by some resource policies such as SQS and SNS).',
  Statement: 'The statements: one object or a list of them. Each allows or denies actions.',
};

export const ELEMENT_DOCS: Record<string, string> = {
  Sid: 'An optional statement ID, unique within the policy; letters and digits only.',
  Effect: '"Allow" or "Deny". An explicit Deny in any applicable policy wins.',
  Principal: 'Who the statement applies to. Only in resource policies such as trust policies.',
  NotPrincipal: 'Everyone except the listed principals. Rarely right: prefer Principal with a condition.',
  Action: 'The actions the statement covers, as service:ActionName; * and ? wildcards are allowed.',
  NotAction: 'Every action except the listed ones (with Allow this includes future actions).',
  Resource: 'The resources (ARNs) the statement covers, or "*". Not in trust policies.',
  NotResource: 'Every resource except the listed ones.',
  Condition: 'When the statement applies: operator → condition key → value(s). Operators and keys are ANDed, values ORed.',
};

export const PRINCIPAL_TYPE_DOCS: Record<string, string> = {
  AWS: 'An account ID, or the ARN of an account root, IAM user, role, or role session.',
  Federated: 'An identity provider: a SAML or OIDC provider ARN, or accounts.google.com, cognito-identity.amazonaws.com, www.amazon.com, graph.facebook.com.',
  Service: 'An AWS service principal such as ec2.amazonaws.com or lambda.amazonaws.com.',
  CanonicalUser: 'An S3 canonical user ID (64 hexadecimal characters).',
};
