import { regionalOnlyNote } from '../notes';
import { durationParam, minimumSessionTokenSizeParam, param } from '../params';
import { targetPrincipalRule, taskPolicyArnRule } from '../rules';
import { rootDurationSecondsType, targetPrincipalType, taskPolicyArnType } from '../shapes';
import { OPERATION_DIRECTORY } from '../directory';
import type { OperationSpec } from '../types';

export const assumeRoot: OperationSpec = {
  ...OPERATION_DIRECTORY.AssumeRoot,
  doc:
    /*i18n*/ { id: 'op.AssumeRoot.doc', message: 'With centralized root access enabled in AWS Organizations, a principal of the management account (or of the delegated administrator for IAM) gets short-lived root credentials for a member account, scoped by one of five AWS-managed task policies: auditing or deleting root credentials, allowing password recovery, or unlocking a misconfigured S3 bucket or SQS queue policy. Regional endpoints only.' },
  globalEndpoint: false,
  returnsCredentials: true,
  params: [
    param({
      name: 'TargetPrincipal',
      cliFlag: 'target-principal',
      label: /*i18n*/ { id: 'op.AssumeRoot.TargetPrincipal.label', message: 'Target member account' },
      type: targetPrincipalType,
      required: true,
      doc: /*i18n*/ { id: 'op.AssumeRoot.TargetPrincipal.doc', message: 'The member account to act in, given as its 12-digit account ID or the ARN of its root principal, arn:aws:iam::111122223333:root (12–2048 characters).' },
      widget: 'text',
      placeholder: '111122223333',
    }),
    param({
      name: 'TaskPolicyArn',
      cliFlag: 'task-policy-arn',
      label: /*i18n*/ { id: 'op.AssumeRoot.TaskPolicyArn.label', message: 'Task policy' },
      type: {
        kind: 'struct',
        fields: [{ name: 'arn', memberPath: 'arn', required: false, type: taskPolicyArnType, cliKey: 'arn' }],
      },
      required: true,
      doc:
        /*i18n*/ { id: 'op.AssumeRoot.TaskPolicyArn.doc', message: 'The AWS-managed policy that limits what the root session may do: one of arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials, IAMCreateRootUserPassword, IAMDeleteRootUserCredentials, S3UnlockBucketPolicy or SQSUnlockQueuePolicy.' },
      widget: 'taskPolicyArn',
    }),
    durationParam(rootDurationSecondsType, 900, /*i18n*/ { id: 'op.AssumeRoot.DurationSeconds.doc', message: 'How long the root session lasts: 0 to 900 seconds. Defaults to 900; a larger value fails.' }),
    minimumSessionTokenSizeParam(),
  ],
  rules: [targetPrincipalRule, taskPolicyArnRule],
  notes: [
    regionalOnlyNote,
    {
      id: 'assume-root-caller',
      text:
        /*i18n*/ { id: 'op.AssumeRoot.note.assume-root-caller', message: 'Only principals of the organization\'s management account or of the delegated administrator account for IAM may call it, never root user credentials, and centralized root access must be enabled for the organization.' },
    },
  ],
};
