import { longTermOnlyNote, rootCapNote } from '../notes';
import { durationParam, minimumSessionTokenSizeParam, serialNumberParam, tokenCodeParam } from '../params';
import { mfaPairRule } from '../rules';
import { durationSecondsType } from '../shapes';
import { OPERATION_DIRECTORY } from '../directory';
import type { OperationSpec } from '../types';

export const getSessionToken: OperationSpec = {
  ...OPERATION_DIRECTORY.GetSessionToken,
  doc:
    /*i18n*/ { id: 'op.GetSessionToken.doc', message: 'An IAM user or the root user, signing with long-term keys, gets temporary credentials with the same permissions. Passing an MFA device and its current code marks the session as MFA-authenticated, which policies that require aws:MultiFactorAuthPresent need. Within STS the new credentials can call only AssumeRole (capped at one hour) and GetCallerIdentity, and they cannot call IAM unless MFA was used.' },
  globalEndpoint: true,
  returnsCredentials: true,
  params: [
    durationParam(
      durationSecondsType,
      43200,
      /*i18n*/ { id: 'op.GetSessionToken.DurationSeconds.doc', message: 'How long the credentials last: 900 to 129,600 seconds (36 hours), default 43,200. For the root user the range is 900 to 3,600, default 3,600.' },
    ),
    serialNumberParam(
      /*i18n*/ { id: 'op.GetSessionToken.SerialNumber.doc', message: 'Your MFA device: a hardware serial (GAHT12345678) or a virtual device ARN (arn:aws:iam::123456789012:mfa/alice). Send it together with TokenCode.' },
    ),
    tokenCodeParam(/*i18n*/ { id: 'op.GetSessionToken.TokenCode.doc', message: 'The six-digit code currently shown by the MFA device named in SerialNumber.' }),
    minimumSessionTokenSizeParam(),
  ],
  rules: [mfaPairRule],
  notes: [
    longTermOnlyNote('GetSessionToken'),
    rootCapNote(true),
    {
      id: 'mfa-failure',
      param: 'TokenCode',
      text:
        /*i18n*/ { id: 'op.GetSessionToken.note.mfa-failure', message: 'A wrong or reused code fails with AccessDenied "MultiFactorAuthentication failed with invalid MFA one time pass code. "; a serial that is not the caller\'s device fails with "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user."' },
    },
  ],
};
