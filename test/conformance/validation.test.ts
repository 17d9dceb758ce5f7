/**
 * Server-side validation (reference §1, §2.13, §5.4): every length / pattern / range / list limit
 * answers ValidationError in AWS's message grammar; tag rules answer InvalidParameterValue; duration
 * caps (MaxSessionDuration, 1-hour chaining) and the silent root caps. boto3 with
 * parameter_validation=False (one Python process for all cases) plus the AWS CLI.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { secondsUntil } from './support/checks';
import { HAS_AWS_CLI, HAS_BOTO3, PROD_ROOT, noticeMissing, runAws, runBoto, type BotoCase, type BotoResult } from './support/clients';
import { getClock } from './support/controls';
import { useSandbox } from './support/server';

noticeMissing({ boto3: true }, 'validation (boto3)');
noticeMissing({ cli: true }, 'validation (AWS CLI)');

const ROLE = 'arn:aws:iam::123456789012:role/xaccounts3access'; // MaxSessionDuration 3600
const AUDITOR = 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor'; // MaxSessionDuration 43200, TagSession + SetSourceIdentity trusted
const WEB_ROLE = 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole';
const SAML_ROLE = 'arn:aws:iam::123456789012:role/TestSaml';
const SAML_PROVIDER = 'arn:aws:iam::123456789012:saml-provider/SAML-test';
const ROOT_TASK = { arn: 'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy' };

const ARN_PATTERN = '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+';
const POLICY_PATTERN = '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+';
const NAME_PATTERN = '[\\w+=,.@-]*';

/** One clause of AWS's validation message (reference §5.4). */
const clause = (value: string | number | null, path: string, rule: string) =>
  `Value ${value === null ? 'null' : `'${value}'`} at '${path}' failed to satisfy constraint: Member must ${rule}`;
const lenMax = (n: number) => `have length less than or equal to ${n}`;
const lenMin = (n: number) => `have length greater than or equal to ${n}`;
const valMax = (n: number) => `have value less than or equal to ${n}`;
const valMin = (n: number) => `have value greater than or equal to ${n}`;
const pattern = (p: string) => `satisfy regular expression pattern: ${p}`;
const message = (...clauses: string[]) => `${clauses.length} validation error${clauses.length > 1 ? 's' : ''} detected: ${clauses.join('; ')}`;

interface Case extends BotoCase {
  /** Exact ValidationError message. */
  exact?: string;
  /** The clauses of a multi-error message, in any order. */
  clauses?: string[];
  /** ValidationError whose message contains each of these (shapes the reference marks [I]). */
  contains?: string[];
  /** Another error code and exact message. */
  code?: string;
  codeMessage?: string;
  codeMessageMatch?: RegExp;
}

const long = (n: number, ch = 'a') => ch.repeat(n);
/** A 2,048-character TargetPrincipal that starts like a root ARN: `arn:aws:iam::111122223333:roottt…`. */
const ROOTTT = `arn:aws:iam::111122223333:root${'t'.repeat(2048 - 30)}`;
/** Deterministic letters and digits that do not compress (a small LCG). */
function noise(length: number, seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let x = (seed * 2654435761 + 12345) >>> 0;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out += alphabet[x >>> 26] ?? 'A';
  }
  return out;
}
const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
const bigPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${long(2100)}` }] });

const CASES: Case[] = [
  // --- AssumeRole
  { id: 'ar-session-pattern', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'Session1:2' }, exact: message(clause('Session1:2', 'roleSessionName', pattern(NAME_PATTERN))) },
  { id: 'ar-session-short', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'a' }, exact: message(clause('a', 'roleSessionName', lenMin(2))) },
  { id: 'ar-session-long', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: long(65) }, exact: message(clause(long(65), 'roleSessionName', lenMax(64))) },
  { id: 'ar-session-missing', op: 'assume_role', params: { RoleArn: ROLE }, exact: message(clause(null, 'roleSessionName', 'not be null')) },
  { id: 'ar-arn-short', op: 'assume_role', params: { RoleArn: 'arn:aws:iam::1:r/x', RoleSessionName: 'ok' }, exact: message(clause('arn:aws:iam::1:r/x', 'roleArn', lenMin(20))) },
  { id: 'ar-arn-long', op: 'assume_role', params: { RoleArn: `arn:aws:iam::123456789012:role/${long(2030)}`, RoleSessionName: 'ok' }, exact: message(clause(`arn:aws:iam::123456789012:role/${long(2030)}`, 'roleArn', lenMax(2048))) },
  { id: 'ar-arn-pattern', op: 'assume_role', params: { RoleArn: 'arn:aws:iam::123456789012:role/\u0086bad', RoleSessionName: 'ok' }, exact: message(clause('arn:aws:iam::123456789012:role/\u0086bad', 'roleArn', pattern(ARN_PATTERN))) },
  { id: 'ar-arn-invalid', op: 'assume_role', params: { RoleArn: 'this-is-not-an-arn-at-all', RoleSessionName: 'ok' }, code: 'ValidationError', codeMessage: 'this-is-not-an-arn-at-all is invalid' },
  { id: 'ar-duration-low', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', DurationSeconds: 899 }, exact: message(clause(899, 'durationSeconds', valMin(900))) },
  { id: 'ar-duration-high', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', DurationSeconds: 86400 }, exact: message(clause(86400, 'durationSeconds', valMax(43200))) },
  { id: 'ar-external-short', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', ExternalId: 'x' }, exact: message(clause('x', 'externalId', lenMin(2))) },
  { id: 'ar-external-long', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', ExternalId: long(1225) }, exact: message(clause(long(1225), 'externalId', lenMax(1224))) },
  { id: 'ar-external-pattern', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', ExternalId: 'has space' }, exact: message(clause('has space', 'externalId', pattern('[\\w+=,.@:\\/-]*'))) },
  { id: 'ar-serial-short', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', SerialNumber: 'GAHT1234', TokenCode: '123456' }, exact: message(clause('GAHT1234', 'serialNumber', lenMin(9))) },
  { id: 'ar-serial-long', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', SerialNumber: long(257), TokenCode: '123456' }, exact: message(clause(long(257), 'serialNumber', lenMax(256))) },
  { id: 'ar-serial-pattern', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', SerialNumber: 'GAHT 12345678', TokenCode: '123456' }, exact: message(clause('GAHT 12345678', 'serialNumber', pattern('[\\w+=/:,.@-]*'))) },
  { id: 'ar-token-long', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', SerialNumber: 'GAHT12345678', TokenCode: '1234567' }, exact: message(clause('1234567', 'tokenCode', lenMax(6))) },
  { id: 'ar-token-short', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', SerialNumber: 'GAHT12345678', TokenCode: '12345' }, exact: message(clause('12345', 'tokenCode', lenMin(6))) },
  { id: 'ar-token-pattern', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', SerialNumber: 'GAHT12345678', TokenCode: '12a456' }, exact: message(clause('12a456', 'tokenCode', pattern('[\\d]*'))) },
  { id: 'ar-source-short', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', SourceIdentity: 'x' }, exact: message(clause('x', 'sourceIdentity', lenMin(2))) },
  { id: 'ar-source-long', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', SourceIdentity: long(65) }, exact: message(clause(long(65), 'sourceIdentity', lenMax(64))) },
  { id: 'ar-source-aws', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', SourceIdentity: 'aws:me' }, exact: message(clause('aws:me', 'sourceIdentity', pattern(NAME_PATTERN))) },
  { id: 'ar-policy-pattern', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', Policy: '{"Version":"2012-10-17"\u0100}' }, exact: message(clause('{"Version":"2012-10-17"\u0100}', 'policy', pattern(POLICY_PATTERN))) },
  { id: 'ar-tags-51', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', Tags: tags(51) }, contains: ["at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50"] },
  { id: 'ar-transitive-51', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', Tags: tags(1), TransitiveTagKeys: Array.from({ length: 51 }, (_, i) => `k${i}`) }, contains: ["at 'transitiveTagKeys' failed to satisfy constraint: Member must have length less than or equal to 50"] },
  { id: 'ar-tag-key-long', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', Tags: [{ Key: long(129), Value: 'v' }] }, contains: [clause(long(129), 'tags.1.member.key', lenMax(128))] },
  { id: 'ar-tag-key-empty', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', Tags: [{ Key: '', Value: 'v' }] }, contains: [clause('', 'tags.1.member.key', lenMin(1))] },
  { id: 'ar-tag-key-pattern', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', Tags: [{ Key: 'bad*key', Value: 'v' }] }, contains: [clause('bad*key', 'tags.1.member.key', pattern('[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+'))] },
  { id: 'ar-tag-value-long', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', Tags: [{ Key: 'k', Value: long(257) }] }, contains: [clause(long(257), 'tags.1.member.value', lenMax(256))] },
  // An empty policy breaks both the minimum length and the `+` of the pattern.
  { id: 'ar-policy-empty', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', Policy: '' }, clauses: [clause('', 'policy', lenMin(1)), clause('', 'policy', pattern(POLICY_PATTERN))] },
  { id: 'ar-policy-arn-short', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', PolicyArns: [{ arn: 'arn:aws:iam::1:p' }] }, contains: [clause('arn:aws:iam::1:p', 'policyArns.1.member.arn', lenMin(20))] },
  { id: 'ar-context-provider-short', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', ProvidedContexts: [{ ProviderArn: 'arn:aws:iam::aws:x', ContextAssertion: 'abcdefgh' }] }, contains: [lenMin(20)] },
  { id: 'ar-contexts-6', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', ProvidedContexts: Array.from({ length: 6 }, () => ({ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: 'abcd' })) }, contains: ["at 'providedContexts' failed to satisfy constraint: Member must have length less than or equal to 5"] },
  { id: 'ar-context-short', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', ProvidedContexts: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: 'abc' }] }, contains: [lenMin(4)] },
  {
    id: 'ar-three-errors',
    op: 'assume_role',
    params: { RoleArn: ROLE, RoleSessionName: 'a', DurationSeconds: 100, ExternalId: 'x' },
    clauses: [clause('a', 'roleSessionName', lenMin(2)), clause(100, 'durationSeconds', valMin(900)), clause('x', 'externalId', lenMin(2))],
  },
  // --- tag rules (InvalidParameterValue)
  { id: 'tags-duplicate', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', Tags: [{ Key: 'Project', Value: 'a' }, { Key: 'PROJECT', Value: 'b' }] }, code: 'InvalidParameterValue', codeMessage: 'Duplicate tag keys found. Please note that Tag keys are case insensitive.' },
  { id: 'tags-transitive-missing', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'ok', Tags: [{ Key: 'Project', Value: 'a' }], TransitiveTagKeys: ['CostCenter'] }, code: 'InvalidParameterValue', codeMessage: 'The specified transitive tag key must be included in the requested tags.' },
  // --- durations: role cap, chaining, AssumeRole defaults
  { id: 'dur-max-session', op: 'assume_role', params: { RoleArn: ROLE, RoleSessionName: 'ok', DurationSeconds: 7200 }, code: 'ValidationError', codeMessage: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.' },
  { id: 'dur-at-max', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'long', DurationSeconds: 43200, Tags: [{ Key: 'Project', Value: 'alpha' }], TransitiveTagKeys: ['Project'] } },
  { id: 'dur-chain-over', op: 'assume_role', creds: { from: 'dur-at-max' }, params: { RoleArn: AUDITOR, RoleSessionName: 'chain', DurationSeconds: 3601 }, code: 'ValidationError', codeMessage: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.' },
  { id: 'dur-chain-ok', op: 'assume_role', creds: { from: 'dur-at-max' }, params: { RoleArn: AUDITOR, RoleSessionName: 'chain', DurationSeconds: 3600 } },
  {
    id: 'tags-transitive-conflict',
    op: 'assume_role',
    creds: { from: 'dur-at-max' },
    params: { RoleArn: AUDITOR, RoleSessionName: 'chain', Tags: [{ Key: 'Project', Value: 'beta' }] },
    code: 'InvalidParameterValue',
    codeMessage: "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.",
  },
  { id: 'dur-ar-default', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'default' } },
  // GetSessionToken credentials count as chaining (reference §2.10, aws-runas#11).
  { id: 'gst-for-chain', op: 'get_session_token', params: { DurationSeconds: 7200 } },
  { id: 'dur-gst-chain-over', op: 'assume_role', creds: { from: 'gst-for-chain' }, params: { RoleArn: AUDITOR, RoleSessionName: 'gst', DurationSeconds: 7200 }, code: 'ValidationError', codeMessage: 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.' },
  // --- packed size (reference §2.14)
  {
    id: 'packed-too-large',
    op: 'assume_role',
    // Incompressible (pseudo-random) keys and values: ten maximal tags are far beyond the packed allowance.
    params: { RoleArn: AUDITOR, RoleSessionName: 'packed', Tags: Array.from({ length: 10 }, (_, i) => ({ Key: `k${i}-${noise(125, i)}`, Value: noise(256, i + 100) })) },
    code: 'PackedPolicyTooLarge',
    codeMessageMatch: /^Packed size of session tags consumes \d+% of allotted space\.$/,
  },
  // --- AssumeRoleWithSAML / AssumeRoleWithWebIdentity (unsigned)
  { id: 'saml-assertion-short', op: 'assume_role_with_saml', creds: 'unsigned', params: { RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: 'abc' }, contains: [lenMin(4)] },
  { id: 'saml-assertion-long', op: 'assume_role_with_saml', creds: 'unsigned', params: { RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: long(100001, 'A') }, contains: [lenMax(100000)] },
  { id: 'saml-principal-short', op: 'assume_role_with_saml', creds: 'unsigned', params: { RoleArn: SAML_ROLE, PrincipalArn: 'arn:aws:iam::1:saml', SAMLAssertion: 'PHNhbWw+' }, exact: message(clause('arn:aws:iam::1:saml', 'principalArn', lenMin(20))) },
  { id: 'saml-policy-long', op: 'assume_role_with_saml', creds: 'unsigned', params: { RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: 'PHNhbWw+', Policy: bigPolicy }, exact: message(clause(bigPolicy, 'policy', lenMax(2048))) },
  { id: 'saml-duration-high', op: 'assume_role_with_saml', creds: 'unsigned', params: { RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: 'PHNhbWw+', DurationSeconds: 43201 }, exact: message(clause(43201, 'durationSeconds', valMax(43200))) },
  { id: 'web-token-short', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: WEB_ROLE, RoleSessionName: 'ok', WebIdentityToken: 'abc' }, contains: [lenMin(4)] },
  { id: 'web-token-long', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: WEB_ROLE, RoleSessionName: 'ok', WebIdentityToken: long(20001) }, contains: [lenMax(20000)] },
  { id: 'web-session-pattern', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: WEB_ROLE, RoleSessionName: 'a/b', WebIdentityToken: 'abcd.efgh.ijkl' }, exact: message(clause('a/b', 'roleSessionName', pattern(NAME_PATTERN))) },
  { id: 'web-provider-short', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: WEB_ROLE, RoleSessionName: 'ok', WebIdentityToken: 'abcd', ProviderId: 'a.b' }, exact: message(clause('a.b', 'providerId', lenMin(4))) },
  { id: 'web-provider-long', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: WEB_ROLE, RoleSessionName: 'ok', WebIdentityToken: 'abcd', ProviderId: long(2049, 'p') }, exact: message(clause(long(2049, 'p'), 'providerId', lenMax(2048))) },
  { id: 'web-policy-long', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: WEB_ROLE, RoleSessionName: 'ok', WebIdentityToken: 'abcd.efgh.ijkl', Policy: bigPolicy }, exact: message(clause(bigPolicy, 'policy', lenMax(2048))) },
  { id: 'web-duration-low', op: 'assume_role_with_web_identity', creds: 'unsigned', params: { RoleArn: WEB_ROLE, RoleSessionName: 'ok', WebIdentityToken: 'abcd.efgh.ijkl', DurationSeconds: 600 }, exact: message(clause(600, 'durationSeconds', valMin(900))) },
  // --- GetFederationToken
  { id: 'fed-name-long', op: 'get_federation_token', params: { Name: long(33) }, exact: message(clause(long(33), 'name', lenMax(32))) },
  { id: 'fed-name-short', op: 'get_federation_token', params: { Name: 'B' }, exact: message(clause('B', 'name', lenMin(2))) },
  { id: 'fed-name-pattern', op: 'get_federation_token', params: { Name: 'Bob Smith' }, exact: message(clause('Bob Smith', 'name', pattern(NAME_PATTERN))) },
  { id: 'fed-policy-long', op: 'get_federation_token', params: { Name: 'Bob', Policy: bigPolicy }, exact: message(clause(bigPolicy, 'policy', lenMax(2048))) },
  { id: 'fed-duration-high', op: 'get_federation_token', params: { Name: 'Bob', DurationSeconds: 129601 }, exact: message(clause(129601, 'durationSeconds', valMax(129600))) },
  { id: 'fed-duration-low', op: 'get_federation_token', params: { Name: 'Bob', DurationSeconds: 899 }, exact: message(clause(899, 'durationSeconds', valMin(900))) },
  { id: 'fed-tags-51', op: 'get_federation_token', params: { Name: 'Bob', Tags: tags(51) }, contains: ["at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50"] },
  { id: 'fed-default', op: 'get_federation_token', params: { Name: 'FedDefault' } },
  { id: 'fed-root-capped', op: 'get_federation_token', creds: PROD_ROOT, params: { Name: 'RootFed', DurationSeconds: 7200 } },
  // --- GetSessionToken
  { id: 'gst-duration-high', op: 'get_session_token', params: { DurationSeconds: 129601 }, exact: message(clause(129601, 'durationSeconds', valMax(129600))) },
  { id: 'gst-duration-low', op: 'get_session_token', params: { DurationSeconds: 899 }, exact: message(clause(899, 'durationSeconds', valMin(900))) },
  { id: 'gst-token-pattern', op: 'get_session_token', params: { SerialNumber: 'arn:aws:iam::123456789012:mfa/DevAdmin', TokenCode: 'abcdef' }, exact: message(clause('abcdef', 'tokenCode', pattern('[\\d]*'))) },
  { id: 'gst-serial-short', op: 'get_session_token', params: { SerialNumber: 'GAHT1234', TokenCode: '123456' }, exact: message(clause('GAHT1234', 'serialNumber', lenMin(9))) },
  { id: 'gst-token-short', op: 'get_session_token', params: { SerialNumber: 'arn:aws:iam::123456789012:mfa/DevAdmin', TokenCode: '123' }, exact: message(clause('123', 'tokenCode', lenMin(6))) },
  { id: 'gst-default', op: 'get_session_token' },
  { id: 'gst-max', op: 'get_session_token', params: { DurationSeconds: 129600 } },
  { id: 'gst-root-capped', op: 'get_session_token', creds: PROD_ROOT, params: { DurationSeconds: 7200 } },
  { id: 'gst-root-default', op: 'get_session_token', creds: PROD_ROOT },
  // --- AssumeRoot
  { id: 'root-duration-high', op: 'assume_root', params: { TargetPrincipal: '111122223333', TaskPolicyArn: ROOT_TASK, DurationSeconds: 901 }, exact: message(clause(901, 'durationSeconds', valMax(900))) },
  { id: 'root-duration-negative', op: 'assume_root', params: { TargetPrincipal: '111122223333', TaskPolicyArn: ROOT_TASK, DurationSeconds: -1 }, exact: message(clause(-1, 'durationSeconds', valMin(0))) },
  { id: 'root-target-long', op: 'assume_root', params: { TargetPrincipal: long(2049, '1'), TaskPolicyArn: ROOT_TASK }, exact: message(clause(long(2049, '1'), 'targetPrincipal', lenMax(2048))) },
  // Within the model's 12–2048 characters, but neither an account ID nor the account's root ARN (reference §2.4).
  { id: 'root-target-roottt', op: 'assume_root', params: { TargetPrincipal: ROOTTT, TaskPolicyArn: ROOT_TASK }, code: 'ValidationError', codeMessage: `${ROOTTT} is invalid` },
  { id: 'root-target-user', op: 'assume_root', params: { TargetPrincipal: 'arn:aws:iam::111122223333:user/Alice', TaskPolicyArn: ROOT_TASK }, code: 'ValidationError', codeMessage: 'arn:aws:iam::111122223333:user/Alice is invalid' },
  { id: 'root-target-short', op: 'assume_root', params: { TargetPrincipal: '11112222333', TaskPolicyArn: ROOT_TASK }, exact: message(clause('11112222333', 'targetPrincipal', lenMin(12))) },
  { id: 'root-task-arn-short', op: 'assume_root', params: { TargetPrincipal: '111122223333', TaskPolicyArn: { arn: 'arn:aws:iam::aws:p' } }, contains: [lenMin(20)] },
  { id: 'root-default', op: 'assume_root', params: { TargetPrincipal: '111122223333', TaskPolicyArn: ROOT_TASK } },
  // --- DecodeAuthorizationMessage / GetAccessKeyInfo
  { id: 'decode-empty', op: 'decode_authorization_message', params: { EncodedMessage: '' }, exact: message(clause('', 'encodedMessage', lenMin(1))) },
  { id: 'decode-long', op: 'decode_authorization_message', params: { EncodedMessage: long(10241) }, exact: message(clause(long(10241), 'encodedMessage', lenMax(10240))) },
  { id: 'akid-short', op: 'get_access_key_info', params: { AccessKeyId: 'AKIA12345' }, exact: message(clause('AKIA12345', 'accessKeyId', lenMin(16))) },
  { id: 'akid-long', op: 'get_access_key_info', params: { AccessKeyId: long(129, 'A') }, exact: message(clause(long(129, 'A'), 'accessKeyId', lenMax(128))) },
  { id: 'akid-pattern', op: 'get_access_key_info', params: { AccessKeyId: 'AKIA-234567ABCDEFGH' }, exact: message(clause('AKIA-234567ABCDEFGH', 'accessKeyId', pattern('[\\w]*'))) },
  // --- GetWebIdentityToken
  { id: 'gwit-duration-low', op: 'get_web_identity_token', params: { Audience: ['https://api.example.com'], SigningAlgorithm: 'RS256', DurationSeconds: 59 }, exact: message(clause(59, 'durationSeconds', valMin(60))) },
  { id: 'gwit-duration-high', op: 'get_web_identity_token', params: { Audience: ['https://api.example.com'], SigningAlgorithm: 'RS256', DurationSeconds: 3601 }, exact: message(clause(3601, 'durationSeconds', valMax(3600))) },
  { id: 'gwit-audience-11', op: 'get_web_identity_token', params: { Audience: Array.from({ length: 11 }, (_, i) => `https://a${i}.example.com`), SigningAlgorithm: 'RS256' }, contains: ["at 'audience' failed to satisfy constraint: Member must have length less than or equal to 10"] },
  { id: 'gwit-audience-long', op: 'get_web_identity_token', params: { Audience: [long(1001)], SigningAlgorithm: 'RS256' }, contains: [lenMax(1000)] },
  { id: 'gwit-alg-short', op: 'get_web_identity_token', params: { Audience: ['https://api.example.com'], SigningAlgorithm: 'RS25' }, exact: message(clause('RS25', 'signingAlgorithm', lenMin(5))) },
  { id: 'gwit-alg-length', op: 'get_web_identity_token', params: { Audience: ['https://api.example.com'], SigningAlgorithm: 'RS2566' }, exact: message(clause('RS2566', 'signingAlgorithm', lenMax(5))) },
  // The right length but not a documented algorithm: the same grammar, one clause (reference §2.11, §5.4).
  { id: 'gwit-alg-hs256', op: 'get_web_identity_token', params: { Audience: ['https://api.example.com'], SigningAlgorithm: 'HS256' }, exact: message(clause('HS256', 'signingAlgorithm', 'satisfy enum value set: [RS256, ES384]')) },
];

describe('validation', () => {
  const sb = useSandbox();

  describe.skipIf(!HAS_BOTO3)('limits of reference §1 (boto3, parameter_validation=False)', () => {
    let results: Record<string, BotoResult> = {};
    let nowIso = '';

    beforeAll(async () => {
      results = await runBoto(
        sb.url,
        CASES.map(({ id, op, params, creds }) => ({ id, op, params, ...(creds ? { creds } : {}) })),
      );
      nowIso = (await getClock(sb.url)).nowIso;
    });

    const describeFailure = (r: BotoResult | undefined) => (r?.crash ? `crash: ${r.crash}` : r?.ok ? 'succeeded' : `${r?.error?.Code}: ${r?.error?.Message}`);

    for (const c of CASES.filter((x) => x.exact || x.clauses || x.contains || x.code)) {
      it(`${c.id}: ${c.op} → ${c.code ?? 'ValidationError'}`, () => {
        const r = results[c.id];
        expect(r?.ok, describeFailure(r)).toBe(false);
        expect(r?.crash).toBeUndefined();
        expect(r?.error?.Code, r?.error?.Message).toBe(c.code ?? 'ValidationError');
        expect(r?.status).toBe(400);
        const msg = r?.error?.Message ?? '';
        if (c.exact) expect(msg).toBe(c.exact);
        if (c.codeMessage) expect(msg).toBe(c.codeMessage);
        if (c.codeMessageMatch) expect(msg).toMatch(c.codeMessageMatch);
        if (c.contains) {
          expect(msg).toMatch(/^\d+ validation errors? detected: /);
          for (const part of c.contains) expect(msg).toContain(part);
        }
        if (c.clauses) {
          expect(msg.startsWith(`${c.clauses.length} validation errors detected: `), msg).toBe(true);
          const got = msg.replace(/^\d+ validation errors? detected: /, '').split('; ');
          expect(got.sort()).toEqual([...c.clauses].sort());
        }
      });
    }

    const lifetime = (id: string) => {
      const r = results[id];
      expect(r?.ok, describeFailure(r)).toBe(true);
      const creds = (r?.result?.Credentials ?? {}) as Record<string, string>;
      return secondsUntil(String(creds.Expiration), nowIso);
    };
    const about = (seconds: number, expected: number) => {
      expect(seconds).toBeGreaterThan(expected - 120);
      expect(seconds).toBeLessThanOrEqual(expected + 5);
    };

    it('AssumeRole accepts DurationSeconds equal to the role MaxSessionDuration (43200)', () => about(lifetime('dur-at-max'), 43200));
    it('AssumeRole defaults to 3600 s', () => about(lifetime('dur-ar-default'), 3600));
    it('role chaining accepts exactly 3600 s', () => about(lifetime('dur-chain-ok'), 3600));
    it('GetFederationToken defaults to 43200 s for an IAM user, with PackedPolicySize 0 and no policy', () => {
      about(lifetime('fed-default'), 43200);
      expect(results['fed-default']?.result?.PackedPolicySize).toBe(0);
    });
    it('GetFederationToken with root keys is silently capped at 3600 s', () => about(lifetime('fed-root-capped'), 3600));
    it('GetSessionToken defaults to 43200 s for an IAM user', () => about(lifetime('gst-default'), 43200));
    it('GetSessionToken accepts 129600 s for an IAM user', () => about(lifetime('gst-max'), 129600));
    it('GetSessionToken with root keys is silently capped at 3600 s', () => about(lifetime('gst-root-capped'), 3600));
    it('GetSessionToken with root keys defaults to 3600 s', () => about(lifetime('gst-root-default'), 3600));
    it('AssumeRoot defaults to 900 s', () => about(lifetime('root-default'), 900));
  });

  describe.skipIf(!HAS_AWS_CLI)('the AWS CLI shows the server messages', () => {
    it('assume-role --role-session-name Session1:2', async () => {
      const r = await runAws(sb.url, ['sts', 'assume-role', '--role-arn', ROLE, '--role-session-name', 'Session1:2']);
      expect(r.status).not.toBe(0);
      expect(r.error).toEqual({ code: 'ValidationError', message: message(clause('Session1:2', 'roleSessionName', pattern(NAME_PATTERN))) });
    });

    it('assume-role --duration-seconds 86400', async () => {
      const r = await runAws(sb.url, ['sts', 'assume-role', '--role-arn', ROLE, '--role-session-name', 'ok', '--duration-seconds', '86400']);
      expect(r.error).toEqual({ code: 'ValidationError', message: message(clause(86400, 'durationSeconds', valMax(43200))) });
    });

    it('get-federation-token with a 33-character name', async () => {
      const r = await runAws(sb.url, ['sts', 'get-federation-token', '--name', long(33)]);
      expect(r.error).toEqual({ code: 'ValidationError', message: message(clause(long(33), 'name', lenMax(32))) });
    });

    it('assume-role with case-insensitively duplicate tags', async () => {
      const r = await runAws(sb.url, ['sts', 'assume-role', '--role-arn', AUDITOR, '--role-session-name', 'ok', '--tags', 'Key=team,Value=a', 'Key=TEAM,Value=b']);
      expect(r.error).toEqual({ code: 'InvalidParameterValue', message: 'Duplicate tag keys found. Please note that Tag keys are case insensitive.' });
    });

    it('get-web-identity-token --signing-algorithm HS256: the validation grammar, one clause', async () => {
      // Not an https:// audience: the CLI would fetch a URL-valued parameter before sending it.
      const r = await runAws(sb.url, ['sts', 'get-web-identity-token', '--audience', 'api.example.com', '--signing-algorithm', 'HS256']);
      expect(r.error).toEqual({ code: 'ValidationError', message: message(clause('HS256', 'signingAlgorithm', 'satisfy enum value set: [RS256, ES384]')) });
    });

    it('assume-root with a 2,048-character TargetPrincipal that only starts like a root ARN', async () => {
      const r = await runAws(sb.url, ['sts', 'assume-root', '--target-principal', ROOTTT, '--task-policy-arn', `arn=${ROOT_TASK.arn}`]);
      expect(r.json, 'no credentials').toBeUndefined();
      expect(r.error).toEqual({ code: 'ValidationError', message: `${ROOTTT} is invalid` });
    });

    it('assume-role with the policy AWS recorded PackedPolicySize 16 for (reference §2.1)', async () => {
      // Python json.dumps spacing, as in LocalStack's AWS-validated snapshot.
      const policy = '{"Version": "2012-10-17", "Statement": [{"Sid": "RestrictedAccess", "Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["arn:aws:s3:::example-bucket/*"]}]}';
      const r = await runAws(sb.url, ['sts', 'assume-role', '--role-arn', ROLE, '--role-session-name', 'packed', '--policy', policy]);
      expect(r.error).toBeUndefined();
      expect(r.json?.PackedPolicySize).toBe(16);
    });

    it('assume-role above the role MaxSessionDuration', async () => {
      const r = await runAws(sb.url, ['sts', 'assume-role', '--role-arn', ROLE, '--role-session-name', 'ok', '--duration-seconds', '3601']);
      expect(r.error).toEqual({ code: 'ValidationError', message: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.' });
    });
  });
});
