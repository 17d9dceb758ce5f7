/**
 * The service model's shared shapes (reference §1), written once. Pattern texts are AWS's own,
 * byte for byte, because they appear verbatim in validation messages.
 */
import type { IntegerConstraint, StringConstraint } from './types';

export const ARN_PATTERN = '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+';
export const NAME_PATTERN = '[\\w+=,.@-]*';
export const EXTERNAL_ID_PATTERN = '[\\w+=,.@:\\/-]*';
const SERIAL_NUMBER_PATTERN = '[\\w+=/:,.@-]*';
const TOKEN_CODE_PATTERN = '[\\d]*';
export const POLICY_PATTERN = '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+';
export const TAG_KEY_PATTERN = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+';
export const TAG_VALUE_PATTERN = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*';
const ACCESS_KEY_ID_PATTERN = '[\\w]*';

export const ROOT_TASK_POLICY_ARNS = [
  'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials',
  'arn:aws:iam::aws:policy/root-task/IAMCreateRootUserPassword',
  'arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials',
  'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy',
  'arn:aws:iam::aws:policy/root-task/SQSUnlockQueuePolicy',
] as const;

export const SIGNING_ALGORITHMS = ['RS256', 'ES384'] as const;
const SUBJECT_MODES = ['AWSIdentity', 'OriginIdentity'] as const;

const str = (c: Omit<StringConstraint, 'kind'>): StringConstraint => ({ kind: 'string', ...c });
const int = (min: number, max: number): IntegerConstraint => ({ kind: 'integer', min, max });

export const arnType = str({ minLength: 20, maxLength: 2048, pattern: ARN_PATTERN });
export const roleSessionNameType = str({ minLength: 2, maxLength: 64, pattern: NAME_PATTERN });
export const sourceIdentityType = str({ minLength: 2, maxLength: 64, pattern: NAME_PATTERN });
export const externalIdType = str({ minLength: 2, maxLength: 1224, pattern: EXTERNAL_ID_PATTERN });
export const serialNumberType = str({ minLength: 9, maxLength: 256, pattern: SERIAL_NUMBER_PATTERN });
export const tokenCodeType = str({ minLength: 6, maxLength: 6, pattern: TOKEN_CODE_PATTERN });
export const sessionPolicyDocumentType = str({ minLength: 1, maxLength: 2048, pattern: POLICY_PATTERN });
/** AssumeRole's Policy: the current model dropped the maximum (the docs still state 2048; a rule checks it). */
export const unrestrictedSessionPolicyDocumentType = str({ minLength: 1, pattern: POLICY_PATTERN });
/** GetScopedCredentials' Policy: the SDK docs state the same 2,048-character plaintext limit. */
export const scopeDownPolicyDocumentType = str({ minLength: 1, maxLength: 2048, pattern: POLICY_PATTERN });
export const tagKeyType = str({ minLength: 1, maxLength: 128, pattern: TAG_KEY_PATTERN });
export const tagValueType = str({ minLength: 0, maxLength: 256, pattern: TAG_VALUE_PATTERN });
export const contextAssertionType = str({ minLength: 4, maxLength: 2048 });
export const samlAssertionType = str({ minLength: 4, maxLength: 100000, sensitive: true });
export const clientTokenType = str({ minLength: 4, maxLength: 20000, sensitive: true });
export const urlType = str({ minLength: 4, maxLength: 2048 });
export const userNameType = str({ minLength: 2, maxLength: 32, pattern: NAME_PATTERN });
export const targetPrincipalType = str({ minLength: 12, maxLength: 2048 });
export const encodedMessageType = str({ minLength: 1, maxLength: 10240 });
export const accessKeyIdType = str({ minLength: 16, maxLength: 128, pattern: ACCESS_KEY_ID_PATTERN });
export const audienceItemType = str({ minLength: 1, maxLength: 1000 });
export const jwtAlgorithmType = str({ minLength: 5, maxLength: 5, allowedValues: SIGNING_ALGORITHMS });
export const tradeInTokenType = str({ sensitive: true });
/** From the SDK's documentation: "cannot exceed 256 characters". */
export const scopedSessionDescriptionType = str({ maxLength: 256 });
export const subjectModeType = str({ enumValues: SUBJECT_MODES });
/** OAuth scope: the format rules are checked by a cross-field rule (the SDK documents no model constraint). */
export const scopeType = str({});
export const taskPolicyArnType = str({ ...arnType, allowedValues: ROOT_TASK_POLICY_ARNS });

export const roleDurationSecondsType = int(900, 43200);
export const durationSecondsType = int(900, 129600);
export const rootDurationSecondsType = int(0, 900);
export const webIdentityTokenDurationSecondsType = int(60, 3600);
/** GetScopedCredentials: "from 1 second to 129,600 seconds" (SDK documentation). */
export const scopedDurationSecondsType = int(1, 129600);
/** "The value must not exceed 4,096 bytes. When set to 0 or not specified, the session token size is unchanged." */
export const minimumSessionTokenSizeType = int(0, 4096);
