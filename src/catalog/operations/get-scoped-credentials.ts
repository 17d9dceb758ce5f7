import { regionalOnlyNote } from '../notes';
import { durationParam, minimumSessionTokenSizeParam, param, policyParam } from '../params';
import { scopedNeedsPolicyOrDurationRule } from '../rules';
import { scopeDownPolicyDocumentType, scopedDurationSecondsType, scopedSessionDescriptionType } from '../shapes';
import { OPERATION_DIRECTORY } from '../directory';
import type { OperationSpec } from '../types';

export const getScopedCredentials: OperationSpec = {
  ...OPERATION_DIRECTORY.GetScopedCredentials,
  doc:
    /*i18n*/ { id: 'op.GetScopedCredentials.doc', message: 'Scopes down the caller\'s existing temporary credentials without assuming anything new: the session ARN, session name and tags stay the same, while a scope-down policy and/or a shorter duration limit the copy. Call it with temporary credentials only (role, federated or GetSessionToken sessions); calls can be stacked up to three scope-down policies deep. Regional endpoints only.' },
  globalEndpoint: false,
  returnsCredentials: true,
  params: [
    policyParam(
      scopeDownPolicyDocumentType,
      /*i18n*/ { id: 'op.GetScopedCredentials.Policy.doc', message: 'An IAM policy (JSON, at most 2,048 characters) intersected with everything the calling session may already do; it can never add permissions. Give at least one of Policy or DurationSeconds.' },
      /*i18n*/ { id: 'op.GetScopedCredentials.Policy.label', message: 'Scope-down policy' },
    ),
    durationParam(
      scopedDurationSecondsType,
      undefined,
      /*i18n*/ { id: 'op.GetScopedCredentials.DurationSeconds.doc', message: 'How long the scoped credentials last, 1 to 129,600 seconds. When absent they expire with the calling session, and they can never outlive it.' },
    ),
    minimumSessionTokenSizeParam(),
    param({
      name: 'ScopedSessionDescription',
      cliFlag: 'scoped-session-description',
      label: /*i18n*/ { id: 'op.GetScopedCredentials.ScopedSessionDescription.label', message: 'Description' },
      type: scopedSessionDescriptionType,
      required: false,
      doc: /*i18n*/ { id: 'op.GetScopedCredentials.ScopedSessionDescription.doc', message: 'A note of up to 256 characters recorded in CloudTrail for this request, to say why the session was scoped down.' },
      widget: 'text',
    }),
  ],
  rules: [scopedNeedsPolicyOrDurationRule],
  notes: [
    regionalOnlyNote,
    {
      id: 'scoped-temporary-only',
      text: /*i18n*/ { id: 'op.GetScopedCredentials.note.scoped-temporary-only', message: 'Only temporary credentials may call it; IAM user and root long-term keys are refused.' },
    },
    {
      id: 'scoped-lifetime',
      param: 'DurationSeconds',
      text: /*i18n*/ { id: 'op.GetScopedCredentials.note.scoped-lifetime', message: 'A DurationSeconds beyond the calling session\'s remaining lifetime fails with InsufficientSessionLifetimeException.' },
    },
    {
      id: 'scoped-depth',
      param: 'Policy',
      text: /*i18n*/ { id: 'op.GetScopedCredentials.note.scoped-depth', message: 'A session may carry at most three scope-down policies; adding a fourth is denied.' },
    },
  ],
};
