/**
 * Broken policies, one per validator rule (and a few variants), each with every marker it must
 * produce: code, severity, message and range. Generated once from hand-written cases (positions
 * counted from the target text), then kept as data.
 */
import type { EditorPolicyKind } from '../language/kind';
import type { PolicyMarker } from './marker';

export interface BrokenCase {
  rule: string;
  kind: EditorPolicyKind;
  text: string;
  /** The markers, each message in English (englishOf). */
  expect: (Omit<PolicyMarker, 'startOffset' | 'endOffset' | 'message'> & { message: string })[];
}

export const BROKEN: BrokenCase[] = [
  {
    rule: "json-syntax: missing comma",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\"\n  \"Statement\": []\n}",
    expect: [
      { severity: "error", code: "json-syntax", message: "Expected ',' or '}' after a property value", line: 3, column: 3, endLine: 3, endColumn: 14 },
      { severity: "warning", code: "statement-empty", message: "Statement is an empty list: this policy allows and denies nothing", line: 3, column: 16, endLine: 3, endColumn: 18 },
    ],
  },
  {
    rule: "json-trailing-comma",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "json-trailing-comma", message: "Trailing comma: remove the ',' before '}'", line: 7, column: 55, endLine: 7, endColumn: 56 },
    ],
  },
  {
    rule: "json-comment",
    kind: "identity",
    text: "{\n  // read only\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"}\n}",
    expect: [
      { severity: "error", code: "json-comment", message: "Comments are not allowed in JSON policies", line: 2, column: 3, endLine: 2, endColumn: 15 },
    ],
  },
  {
    rule: "json-duplicate-key",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Action\": \"s3:PutObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "json-duplicate-key", message: "Duplicate key \"Action\": IAM keeps only the last one, so the earlier \"Action\" is ignored", line: 7, column: 7, endLine: 7, endColumn: 15 },
    ],
  },
  {
    rule: "json-syntax: unexpected word after a string",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow, \"Action\": \"s3:GetObject\"}]\n}",
    expect: [
      { severity: "error", code: "json-syntax", message: "Expected ',' or '}' after a property value", line: 3, column: 37, endLine: 3, endColumn: 43 },
    ],
  },
  {
    rule: "json-syntax: single quotes",
    kind: "identity",
    text: "{\n  'Version': '2012-10-17'\n}",
    expect: [
      { severity: "error", code: "json-syntax", message: "Expected a property name in double quotes, found 'Version' (JSON strings need double quotes)", line: 2, column: 3, endLine: 2, endColumn: 12 },
    ],
  },
  {
    rule: "json-syntax: unterminated string",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Allow}]\n}",
    expect: [
      { severity: "error", code: "json-syntax", message: "Unterminated string: add the closing \"", line: 3, column: 28, endLine: 3, endColumn: 36 },
    ],
  },
  {
    rule: "json-syntax: empty text",
    kind: "identity",
    text: "",
    expect: [
      { severity: "error", code: "json-syntax", message: "The policy is empty: expected a JSON object such as {\"Version\": \"2012-10-17\", \"Statement\": []}", line: 1, column: 1, endLine: 1, endColumn: 1 },
    ],
  },
  {
    rule: "policy-not-object",
    kind: "identity",
    text: "[\"Version\", \"2012-10-17\"]",
    expect: [
      { severity: "error", code: "policy-not-object", message: "A policy must be a JSON object such as {\"Version\": \"2012-10-17\", \"Statement\": [...]}, found a list", line: 1, column: 1, endLine: 1, endColumn: 26 },
    ],
  },
  {
    rule: "unknown-element (top level) and statement-missing",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statment\": []\n}",
    expect: [
      { severity: "error", code: "statement-missing", message: "The policy has no Statement", line: 1, column: 1, endLine: 1, endColumn: 2 },
      { severity: "error", code: "unknown-element", message: "Unknown element \"Statment\" in the policy: did you mean \"Statement\"?", line: 3, column: 3, endLine: 3, endColumn: 13 },
    ],
  },
  {
    rule: "version-missing",
    kind: "identity",
    text: "{\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"}\n}",
    expect: [
      { severity: "warning", code: "version-missing", message: "No Version: add \"Version\": \"2012-10-17\". Without it the 2008-10-17 language applies and policy variables such as ${aws:username} are plain text", line: 1, column: 1, endLine: 1, endColumn: 2 },
    ],
  },
  {
    rule: "version-old",
    kind: "identity",
    text: "{\n  \"Version\": \"2008-10-17\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"}\n}",
    expect: [
      { severity: "warning", code: "version-old", message: "Version \"2008-10-17\" is the old policy language: policy variables such as ${aws:username} are plain text. Use \"2012-10-17\"", line: 2, column: 14, endLine: 2, endColumn: 26 },
    ],
  },
  {
    rule: "version-invalid",
    kind: "identity",
    text: "{\n  \"Version\": \"2024-05-01\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"}\n}",
    expect: [
      { severity: "error", code: "version-invalid", message: "Version must be \"2012-10-17\" (or the old \"2008-10-17\"), found the string \"2024-05-01\"; it is a fixed date, not today's date", line: 2, column: 14, endLine: 2, endColumn: 26 },
    ],
  },
  {
    rule: "id-type",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Id\": 7,\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"}\n}",
    expect: [
      { severity: "error", code: "id-type", message: "Id must be a string, found the number 7", line: 3, column: 9, endLine: 3, endColumn: 10 },
    ],
  },
  {
    rule: "statement-type",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": \"Allow everything\"\n}",
    expect: [
      { severity: "error", code: "statement-type", message: "Statement must be an object or a list of objects, found the string \"Allow everything\"", line: 3, column: 16, endLine: 3, endColumn: 34 },
    ],
  },
  {
    rule: "statement-not-object",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    \"s3:GetObject\"\n  ]\n}",
    expect: [
      { severity: "error", code: "statement-not-object", message: "Each statement must be an object, found the string \"s3:GetObject\"", line: 4, column: 5, endLine: 4, endColumn: 19 },
    ],
  },
  {
    rule: "unknown-element (statement)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Actions\": [\"s3:PutObject\"]\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "unknown-element", message: "Unknown element \"Actions\" in a statement: did you mean \"Action\"?", line: 8, column: 7, endLine: 8, endColumn: 16 },
    ],
  },
  {
    rule: "unknown-element (case)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"sid\": \"ReadBucket\",\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "unknown-element", message: "Unknown element \"sid\" in a statement: did you mean \"Sid\"? Element names are case-sensitive.", line: 5, column: 7, endLine: 5, endColumn: 12 },
    ],
  },
  {
    rule: "sid-type",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Sid\": 1,\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "sid-type", message: "Sid must be a string, found the number 1", line: 5, column: 14, endLine: 5, endColumn: 15 },
    ],
  },
  {
    rule: "sid-format",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Sid\": \"Read the bucket\",\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "sid-format", message: "Sid \"Read the bucket\" may contain only letters and digits (A-Z, a-z, 0-9)", line: 5, column: 14, endLine: 5, endColumn: 31 },
    ],
  },
  {
    rule: "sid-duplicate",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Sid\": \"Read\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"},\n    {\"Sid\": \"Read\", \"Effect\": \"Allow\", \"Action\": \"s3:ListBucket\", \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket\"}\n  ]\n}",
    expect: [
      { severity: "error", code: "sid-duplicate", message: "Duplicate Sid \"Read\": statement IDs must be unique within a policy", line: 5, column: 13, endLine: 5, endColumn: 19 },
    ],
  },
  {
    rule: "effect-missing",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "effect-missing", message: "The statement has no Effect: add \"Effect\": \"Allow\" or \"Effect\": \"Deny\"", line: 4, column: 5, endLine: 4, endColumn: 6 },
    ],
  },
  {
    rule: "effect-invalid",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "effect-invalid", message: "Effect must be \"Allow\" or \"Deny\", found the string \"allow\" (write \"Allow\": values are case-sensitive)", line: 5, column: 17, endLine: 5, endColumn: 24 },
    ],
  },
  {
    rule: "action-missing",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "action-missing", message: "The statement has no Action (or NotAction)", line: 4, column: 5, endLine: 4, endColumn: 6 },
    ],
  },
  {
    rule: "action-both",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Deny\",\n      \"Action\": \"s3:GetObject\",\n      \"NotAction\": \"s3:PutObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "action-both", message: "The statement has both Action and NotAction; use one of them", line: 7, column: 7, endLine: 7, endColumn: 18 },
    ],
  },
  {
    rule: "resource-missing",
    kind: "session",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "resource-missing", message: "The statement has no Resource (or NotResource); use \"*\" for every resource", line: 4, column: 5, endLine: 4, endColumn: 6 },
    ],
  },
  {
    rule: "resource-both",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Deny\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"NotResource\": \"arn:aws:s3:::amzn-s3-demo-bucket/public/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "resource-both", message: "The statement has both Resource and NotResource; use one of them", line: 8, column: 7, endLine: 8, endColumn: 20 },
    ],
  },
  {
    rule: "principal-both",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"},\n      \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111122223333:user/Bob\"},\n      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "principal-both", message: "The statement has both Principal and NotPrincipal; use one of them", line: 7, column: 7, endLine: 7, endColumn: 21 },
      { severity: "warning", code: "allow-not-principal", message: "Allow with NotPrincipal trusts everyone except the principals listed; prefer Principal with an explicit list", line: 7, column: 7, endLine: 7, endColumn: 21 },
    ],
  },
  {
    rule: "principal-not-allowed",
    kind: "session",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": \"*\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "principal-not-allowed", message: "Principal is not allowed in a session policy: it applies to whoever holds the policy. Only resource policies such as trust policies name principals", line: 6, column: 7, endLine: 6, endColumn: 18 },
    ],
  },
  {
    rule: "principal-missing",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "principal-missing", message: "The statement has no Principal: every statement of a trust policy must say who it applies to", line: 4, column: 5, endLine: 4, endColumn: 6 },
    ],
  },
  {
    rule: "trust-resource",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"},\n      \"Action\": \"sts:AssumeRole\",\n      \"Resource\": \"*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "trust-resource", message: "Resource is not allowed in a trust policy (\"Has prohibited field Resource\"): the role itself is the resource", line: 8, column: 7, endLine: 8, endColumn: 17 },
    ],
  },
  {
    rule: "element-type",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": {\"s3\": \"GetObject\"},\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "element-type", message: "Action must be a string or a list of strings, found an object", line: 6, column: 17, endLine: 6, endColumn: 36 },
    ],
  },
  {
    rule: "element-empty",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": [],\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "element-empty", message: "Action must not be an empty list", line: 6, column: 17, endLine: 6, endColumn: 19 },
    ],
  },
  {
    rule: "principal-type",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"aws\": \"arn:aws:iam::111122223333:root\"},\n      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "principal-type", message: "Unknown principal type \"aws\" in Principal: did you mean \"AWS\"? Element names are case-sensitive.", line: 6, column: 21, endLine: 6, endColumn: 26 },
    ],
  },
  {
    rule: "principal-format",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": \"arn:aws:iam::111122223333:root\",\n      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "principal-format", message: "Principal must be \"*\" or an object such as {\"AWS\": \"arn:aws:iam::111122223333:root\"}, found the string \"arn:aws:iam::111122223333:root\"", line: 6, column: 20, endLine: 6, endColumn: 52 },
    ],
  },
  {
    rule: "principal-aws",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"AWS\": \"arn:aws:s3:::amzn-s3-demo-bucket\"},\n      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "principal-aws", message: "\"arn:aws:s3:::amzn-s3-demo-bucket\" is not an AWS principal: use an account ID, or the ARN of a root user, IAM user, role, or role session", line: 6, column: 28, endLine: 6, endColumn: 62 },
    ],
  },
  {
    rule: "principal-wildcard",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/dev-*\"},\n      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "principal-wildcard", message: "Principal does not support wildcards in \"arn:aws:iam::111122223333:role/dev-*\"; use \"*\" with a condition on aws:PrincipalArn (ArnLike) instead", line: 6, column: 28, endLine: 6, endColumn: 66 },
    ],
  },
  {
    rule: "principal-service",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"Service\": \"lambda\"},\n      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "principal-service", message: "Service \"lambda\" does not look like a service principal such as ec2.amazonaws.com or lambda.amazonaws.com", line: 6, column: 32, endLine: 6, endColumn: 40 },
    ],
  },
  {
    rule: "principal-federated",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"Federated\": \"token.actions.githubusercontent.com\"},\n      \"Action\": \"sts:AssumeRoleWithWebIdentity\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "principal-federated", message: "Federated \"token.actions.githubusercontent.com\" is not an identity provider: use a SAML or OIDC provider ARN (arn:aws:iam::ACCOUNT:saml-provider/NAME, arn:aws:iam::ACCOUNT:oidc-provider/HOST) or accounts.google.com, graph.facebook.com, www.amazon.com, cognito-identity.amazonaws.com", line: 6, column: 34, endLine: 6, endColumn: 71 },
    ],
  },
  {
    rule: "principal-canonical-user",
    kind: "resource",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"CanonicalUser\": \"79a59df900b949e5\"},\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "principal-canonical-user", message: "CanonicalUser \"79a59df900b949e5\" is not a canonical user ID (64 hexadecimal characters)", line: 6, column: 38, endLine: 6, endColumn: 56 },
    ],
  },
  {
    rule: "action-format (no colon)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "action-format", message: "\"s3GetObject\" is not an action: write service:ActionName, such as s3:GetObject or sts:AssumeRole", line: 6, column: 17, endLine: 6, endColumn: 30 },
    ],
  },
  {
    rule: "action-format (service case)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": [\"S3:GetObject\"],\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "action-format", message: "\"S3:GetObject\": the service prefix \"S3\" may contain only lowercase letters, digits and hyphens (write \"s3\")", line: 6, column: 18, endLine: 6, endColumn: 32 },
    ],
  },
  {
    rule: "unknown-action",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"sts:AssumeRol\",\n      \"Resource\": \"arn:aws:iam::111122223333:role/Admin\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "unknown-action", message: "\"sts:AssumeRol\" matches no STS action (did you mean \"sts:AssumeRole\"?)", line: 6, column: 17, endLine: 6, endColumn: 32 },
    ],
  },
  {
    rule: "trust-action (sts)",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"},\n      \"Action\": [\"sts:AssumeRole\", \"sts:GetCallerIdentity\"]\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "trust-action", message: "\"sts:GetCallerIdentity\" is not a trust-policy action; a trust policy allows only sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity, sts:SetContext", line: 7, column: 36, endLine: 7, endColumn: 59 },
    ],
  },
  {
    rule: "trust-action (other service)",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"Service\": \"ec2.amazonaws.com\"},\n      \"Action\": \"s3:GetObject\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "trust-action", message: "\"s3:GetObject\" is not a trust-policy action; a trust policy allows only sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity, sts:SetContext", line: 7, column: 17, endLine: 7, endColumn: 31 },
    ],
  },
  {
    rule: "trust-action-wildcard",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"},\n      \"Action\": \"*\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "trust-action-wildcard", message: "\"*\" in a trust policy: name the actions the principal may perform on the role instead (sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:TagSession, sts:SetSourceIdentity, sts:SetContext)", line: 7, column: 17, endLine: 7, endColumn: 20 },
    ],
  },
  {
    rule: "resource-arn (not an ARN)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "resource-arn", message: "Resource \"amzn-s3-demo-bucket/*\" must be an ARN (arn:partition:service:region:account:resource) or \"*\" (for an S3 bucket write arn:aws:s3:::bucket-name)", line: 7, column: 19, endLine: 7, endColumn: 42 },
    ],
  },
  {
    rule: "resource-arn (too few parts)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:amzn-s3-demo-bucket\"\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "resource-arn", message: "Resource \"arn:aws:s3:amzn-s3-demo-bucket\" is not a valid ARN: An ARN has six colon-separated parts; this one has 4", line: 7, column: 19, endLine: 7, endColumn: 51 },
    ],
  },
  {
    rule: "resource-arn-problem",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"sts:AssumeRole\",\n      \"Resource\": \"arn:aws:iam::1111222233:role/Admin\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "resource-arn-problem", message: "Resource \"arn:aws:iam::1111222233:role/Admin\": The account “1111222233” is not a 12-digit account ID", line: 7, column: 19, endLine: 7, endColumn: 55 },
    ],
  },
  {
    rule: "policy-variable-old-version",
    kind: "identity",
    text: "{\n  \"Version\": \"2008-10-17\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*\"}\n}",
    expect: [
      { severity: "warning", code: "version-old", message: "Version \"2008-10-17\" is the old policy language: policy variables such as ${aws:username} are plain text. Use \"2012-10-17\"", line: 2, column: 14, endLine: 2, endColumn: 26 },
      { severity: "warning", code: "policy-variable-old-version", message: "\"arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*\" uses a policy variable, which works only with \"Version\": \"2012-10-17\"; here it is plain text", line: 3, column: 74, endLine: 3, endColumn: 131 },
    ],
  },
  {
    rule: "condition-type",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": [\"aws:SecureTransport\"]\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "condition-type", message: "Condition must be an object of operators, such as {\"StringEquals\": {\"sts:ExternalId\": \"...\"}}, found a list", line: 8, column: 20, endLine: 8, endColumn: 43 },
    ],
  },
  {
    rule: "condition-operator (misspelt)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"StringEqual\": {\"aws:SourceVpc\": \"vpc-1a2b3c4d\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "condition-operator", message: "Unknown condition operator \"StringEqual\" (did you mean \"StringEquals\"?)", line: 8, column: 21, endLine: 8, endColumn: 34 },
    ],
  },
  {
    rule: "condition-operator (case)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"stringequals\": {\"aws:SourceVpc\": \"vpc-1a2b3c4d\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "condition-operator", message: "Unknown condition operator \"stringequals\" (did you mean \"StringEquals\"? operator names are case-sensitive)", line: 8, column: 21, endLine: 8, endColumn: 35 },
    ],
  },
  {
    rule: "condition-operator (Null has no IfExists)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Deny\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"NullIfExists\": {\"aws:TokenIssueTime\": \"true\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "condition-operator", message: "\"NullIfExists\": Null cannot take IfExists (Null itself tests whether the key exists)", line: 8, column: 21, endLine: 8, endColumn: 35 },
    ],
  },
  {
    rule: "condition-operator (bad prefix)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"ForEachValue:StringEquals\": {\"aws:TagKeys\": \"Project\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "condition-operator", message: "Unknown condition operator \"ForEachValue:StringEquals\": the only prefixes are \"ForAnyValue:\" and \"ForAllValues:\"", line: 8, column: 21, endLine: 8, endColumn: 48 },
    ],
  },
  {
    rule: "condition-block-type",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"StringEquals\": \"aws:SourceVpc\"}\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "condition-block-type", message: "StringEquals must map condition keys to values, such as {\"aws:SourceIp\": \"203.0.113.0/24\"}, found the string \"aws:SourceVpc\"", line: 8, column: 37, endLine: 8, endColumn: 52 },
    ],
  },
  {
    rule: "condition-empty",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"StringEquals\": {}}\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "condition-empty", message: "StringEquals names no condition key, so it tests nothing", line: 8, column: 37, endLine: 8, endColumn: 39 },
    ],
  },
  {
    rule: "condition-value-type",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"StringEquals\": {\"aws:SourceVpc\": {\"id\": \"vpc-1a2b3c4d\"}}}\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "condition-value-type", message: "The value of aws:SourceVpc must be a string, number, Boolean or a list of them, found an object", line: 8, column: 55, endLine: 8, endColumn: 77 },
    ],
  },
  {
    rule: "condition-key-format",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"StringEquals\": {\"SourceVpc\": \"vpc-1a2b3c4d\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "condition-key-format", message: "\"SourceVpc\" is not a condition key: keys are written prefix:name, such as aws:SourceIp or sts:ExternalId", line: 8, column: 38, endLine: 8, endColumn: 49 },
    ],
  },
  {
    rule: "unknown-global-key",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"IpAddress\": {\"aws:SoureIp\": \"203.0.113.0/24\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "unknown-global-key", message: "\"aws:SoureIp\" is not a global condition key (did you mean \"aws:SourceIp\"?)", line: 8, column: 35, endLine: 8, endColumn: 48 },
    ],
  },
  {
    rule: "unknown-sts-key (keys are case-insensitive, so ExternalID is fine)",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"},\n      \"Action\": \"sts:AssumeRole\",\n      \"Condition\": {\"StringEquals\": {\"sts:ExternalID\": \"x\", \"sts:Externalld\": \"y\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "unknown-sts-key", message: "\"sts:Externalld\" is not an STS condition key (did you mean \"sts:ExternalId\"?)", line: 8, column: 61, endLine: 8, endColumn: 77 },
    ],
  },
  {
    rule: "condition-value (Bool)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"yes\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "condition-value", message: "\"yes\" is not a Boolean (use \"true\" or \"false\"), so Bool never matches it", line: 8, column: 53, endLine: 8, endColumn: 58 },
    ],
  },
  {
    rule: "condition-value (Numeric)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": \"abc\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "condition-value", message: "\"abc\" is not a number, so NumericLessThan never matches it", line: 8, column: 67, endLine: 8, endColumn: 72 },
    ],
  },
  {
    rule: "condition-value (Date)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"DateLessThan\": {\"aws:CurrentTime\": \"tomorrow\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "condition-value", message: "\"tomorrow\" is not a date (use ISO 8601 such as 2026-01-31T12:00:00Z, or epoch seconds), so DateLessThan never matches it", line: 8, column: 57, endLine: 8, endColumn: 67 },
    ],
  },
  {
    rule: "condition-value (IpAddress)",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"IpAddress\": {\"aws:SourceIp\": [\"203.0.113.0/24\", \"1.2.3\"]}}\n    }\n  ]\n}",
    expect: [
      { severity: "error", code: "condition-value", message: "\"1.2.3\" is not an IP address or CIDR block, so IpAddress never matches it", line: 8, column: 70, endLine: 8, endColumn: 77 },
    ],
  },
  {
    rule: "condition-key-type",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"StringEquals\": {\"aws:SourceIp\": \"203.0.113.7\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "condition-key-type", message: "aws:SourceIp holds IP addresses, but StringEquals compares String values; use IpAddress or NotIpAddress", line: 8, column: 21, endLine: 8, endColumn: 35 },
    ],
  },
  {
    rule: "multivalued-key-without-set-operator",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"ec2:CreateTags\",\n      \"Resource\": \"arn:aws:ec2:*:*:instance/*\",\n      \"Condition\": {\"StringEquals\": {\"aws:TagKeys\": \"Project\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "multivalued-key-without-set-operator", message: "aws:TagKeys can hold several values: use ForAnyValue:StringEquals (any value matches) or ForAllValues:StringEquals (every value matches)", line: 8, column: 38, endLine: 8, endColumn: 51 },
    ],
  },
  {
    rule: "set-operator-single-valued-key",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Deny\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"ForAnyValue:StringEquals\": {\"aws:PrincipalAccount\": [\"111122223333\"]}}\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "set-operator-single-valued-key", message: "aws:PrincipalAccount has a single value: ForAnyValue: is meant for multivalued keys and can make the condition looser than it reads; use StringEquals", line: 8, column: 21, endLine: 8, endColumn: 47 },
    ],
  },
  {
    rule: "forallvalues-allow-without-null",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"ec2:CreateTags\",\n      \"Resource\": \"arn:aws:ec2:*:*:instance/*\",\n      \"Condition\": {\"ForAllValues:StringEquals\": {\"aws:TagKeys\": [\"Project\", \"Team\"]}}\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "forallvalues-allow-without-null", message: "ForAllValues:StringEquals is also true when the request has no aws:TagKeys at all, so this Allow applies to such requests too; add \"Null\": {\"aws:TagKeys\": \"false\"} to require the key", line: 8, column: 51, endLine: 8, endColumn: 64 },
    ],
  },
  {
    rule: "allow-not-action",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"NotAction\": \"iam:*\",\n      \"Resource\": \"*\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "allow-not-action", message: "Allow with NotAction allows every action except the ones listed, including actions of services added later; prefer Action with an explicit list", line: 6, column: 7, endLine: 6, endColumn: 18 },
    ],
  },
  {
    rule: "allow-not-resource",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"NotResource\": \"arn:aws:s3:::amzn-s3-demo-bucket/private/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "allow-not-resource", message: "Allow with NotResource allows the actions on every resource except the ones listed; prefer Resource with an explicit list", line: 7, column: 7, endLine: 7, endColumn: 20 },
    ],
  },
  {
    rule: "allow-not-principal",
    kind: "resource",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111122223333:user/Bob\"},\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "allow-not-principal", message: "Allow with NotPrincipal trusts everyone except the principals listed; prefer Principal with an explicit list", line: 6, column: 7, endLine: 6, endColumn: 21 },
    ],
  },
  {
    rule: "write-action-all-resources",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": [\"s3:GetObject\", \"s3:PutObject\"],\n      \"Resource\": \"*\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "write-action-all-resources", message: "\"Resource\": \"*\" with the write action s3:PutObject allows it on every resource; name the resources (ARNs) or add a Condition", line: 7, column: 19, endLine: 7, endColumn: 22 },
    ],
  },
  {
    rule: "write-action-all-resources (service wildcard)",
    kind: "session",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"ec2:*\",\n      \"Resource\": \"*\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "write-action-all-resources", message: "\"Resource\": \"*\" with ec2:* (it covers write actions) allows it on every resource; name the resources (ARNs) or add a Condition", line: 7, column: 19, endLine: 7, endColumn: 22 },
    ],
  },
  {
    rule: "web-identity-without-sub",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"Federated\": \"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com\"},\n      \"Action\": \"sts:AssumeRoleWithWebIdentity\",\n      \"Condition\": {\"StringEquals\": {\"token.actions.githubusercontent.com:aud\": \"sts.amazonaws.com\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "web-identity-without-sub", message: "No condition on token.actions.githubusercontent.com:sub: any identity this provider issues tokens for can assume the role (every workflow in every GitHub repository). Add StringEquals or StringLike on token.actions.githubusercontent.com:sub", line: 6, column: 34, endLine: 6, endColumn: 111 },
    ],
  },
  {
    rule: "web-identity-without-sub (sub is only *)",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"Federated\": \"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com\"},\n      \"Action\": \"sts:AssumeRoleWithWebIdentity\",\n      \"Condition\": {\"StringLike\": {\"token.actions.githubusercontent.com:aud\": \"sts.amazonaws.com\", \"token.actions.githubusercontent.com:sub\": \"*\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "web-identity-without-sub", message: "No condition on token.actions.githubusercontent.com:sub: any identity this provider issues tokens for can assume the role (every workflow in every GitHub repository). Add StringEquals or StringLike on token.actions.githubusercontent.com:sub", line: 6, column: 34, endLine: 6, endColumn: 111 },
      { severity: "warning", code: "stringlike-without-wildcard", message: "\"sts.amazonaws.com\" has no wildcard (* or ?): use StringEquals for an exact match", line: 8, column: 79, endLine: 8, endColumn: 98 },
    ],
  },
  {
    rule: "stringlike-without-wildcard",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"StringLike\": {\"aws:PrincipalTag/team\": \"platform\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "stringlike-without-wildcard", message: "\"platform\" has no wildcard (* or ?): use StringEquals for an exact match", line: 8, column: 61, endLine: 8, endColumn: 71 },
    ],
  },
  {
    rule: "mfa-bool-false",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Deny\",\n      \"Action\": \"*\",\n      \"Resource\": \"*\",\n      \"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"false\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "mfa-bool-false", message: "Requests signed with long-term access keys carry no aws:MultiFactorAuthPresent at all, so \"false\" does not match them; use BoolIfExists to cover them too", line: 8, column: 60, endLine: 8, endColumn: 67 },
    ],
  },
  {
    rule: "stringequals-with-wildcard",
    kind: "identity",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"s3:GetObject\",\n      \"Resource\": \"arn:aws:s3:::amzn-s3-demo-bucket/*\",\n      \"Condition\": {\"StringEquals\": {\"aws:PrincipalArn\": \"arn:aws:iam::111122223333:role/dev-*\"}}\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "stringequals-with-wildcard", message: "StringEquals compares \"*\" literally, so \"arn:aws:iam::111122223333:role/dev-*\" matches only that exact text; use StringLike for a wildcard", line: 8, column: 58, endLine: 8, endColumn: 96 },
    ],
  },
  {
    rule: "public-principal",
    kind: "trust",
    text: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": {\"AWS\": \"*\"},\n      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}",
    expect: [
      { severity: "warning", code: "public-principal", message: "Principal \"*\" with no Condition lets anyone, in any AWS account, assume this role; name the principals or add a Condition such as aws:PrincipalOrgID", line: 6, column: 28, endLine: 6, endColumn: 31 },
    ],
  },
];
