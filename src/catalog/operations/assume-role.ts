import { chainingCapNote, packedSizeNote, roleMaxSessionNote, transitiveConflictNote } from '../notes';
import {
  durationParam,
  externalIdParam,
  minimumSessionTokenSizeParam,
  policyArnsParam,
  policyParam,
  providedContextsParam,
  roleArnParam,
  roleSessionNameParam,
  serialNumberParam,
  sourceIdentityParam,
  tagsParam,
  tokenCodeParam,
  transitiveTagKeysParam,
} from '../params';
import {
  duplicateTagKeysRule,
  mfaPairRule,
  policyPlaintextRule,
  roleArnParsesRule,
  transitiveKeysInTagsRule,
} from '../rules';
import { roleDurationSecondsType, unrestrictedSessionPolicyDocumentType } from '../shapes';
import { OPERATION_DIRECTORY } from '../directory';
import type { OperationSpec } from '../types';

export const assumeRole: OperationSpec = {
  ...OPERATION_DIRECTORY.AssumeRole,
  doc:
    /*i18n*/ { id: 'op.AssumeRole.doc', message: 'Returns temporary credentials for a role whose trust policy allows the caller. Sign with an IAM user\'s keys, another role session (role chaining) or GetSessionToken credentials; root user credentials are refused. The new session can be narrowed with session policies, labelled with session tags and a source identity, and may have to prove MFA or present an external ID when the trust policy asks for them.' },
  globalEndpoint: true,
  returnsCredentials: true,
  params: [
    roleArnParam(/*i18n*/ { id: 'op.AssumeRole.RoleArn.doc', message: 'The ARN of the role to assume. The role\'s trust policy must name your principal (or your account) and allow sts:AssumeRole.' }),
    roleSessionNameParam(
      /*i18n*/ { id: 'op.AssumeRole.RoleSessionName.doc', message: 'A name for this session, 2–64 letters, digits and +=,.@-_. It becomes part of the assumed-role ARN (assumed-role/RoleName/SessionName) and of the AssumedRoleId, so it shows in CloudTrail in both accounts; trust policies can require a value with sts:RoleSessionName.' },
    ),
    policyArnsParam(
      /*i18n*/ { id: 'op.AssumeRole.PolicyArns.doc', message: 'Up to 10 managed policies, in the role\'s account, used as session policies: the session may do only what both the role\'s policies and these allow. Their ARNs count toward the 2,048-character session-policy plaintext limit.' },
    ),
    policyParam(
      unrestrictedSessionPolicyDocumentType,
      /*i18n*/ { id: 'op.AssumeRole.Policy.doc', message: 'An inline IAM policy (JSON) used as a session policy. It can only narrow what the role allows, never widen it. Together with the managed policy ARNs it may be at most 2,048 characters of plaintext (the current model no longer states the maximum, but the documentation does).' },
    ),
    durationParam(
      roleDurationSecondsType,
      3600,
      /*i18n*/ { id: 'op.AssumeRole.DurationSeconds.doc', message: 'How long the credentials last: 900 seconds up to the role\'s MaxSessionDuration (at most 43200). Defaults to 3600. Role chaining is capped at one hour.' },
    ),
    tagsParam(
      /*i18n*/ { id: 'op.AssumeRole.Tags.doc', message: 'Up to 50 session tags (key 1–128, value 0–256 characters) that become principal tags for the session and can be used in policies as aws:PrincipalTag. Keys are case-insensitive and override role tags with the same key. The trust policy must allow sts:TagSession.' },
    ),
    transitiveTagKeysParam(),
    externalIdParam(),
    serialNumberParam(
      /*i18n*/ { id: 'op.AssumeRole.SerialNumber.doc', message: 'The MFA device of the calling IAM user, a hardware serial (GAHT12345678) or a virtual device ARN (arn:aws:iam::123456789012:mfa/alice). Needed when the trust policy requires aws:MultiFactorAuthPresent; send it together with TokenCode.' },
    ),
    tokenCodeParam(/*i18n*/ { id: 'op.AssumeRole.TokenCode.doc', message: 'The six-digit code currently shown by the MFA device named in SerialNumber.' }),
    sourceIdentityParam(),
    providedContextsParam(),
    minimumSessionTokenSizeParam(),
  ],
  rules: [roleArnParsesRule, mfaPairRule, duplicateTagKeysRule, transitiveKeysInTagsRule, policyPlaintextRule(undefined)],
  notes: [roleMaxSessionNote, chainingCapNote, transitiveConflictNote, packedSizeNote],
};
