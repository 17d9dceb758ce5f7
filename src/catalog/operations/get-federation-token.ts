import { longTermOnlyNote, packedSizeNote, rootCapNote } from '../notes';
import { durationParam, minimumSessionTokenSizeParam, param, policyArnsParam, policyParam, tagsParam } from '../params';
import { duplicateTagKeysRule, policyPlaintextRule } from '../rules';
import { durationSecondsType, sessionPolicyDocumentType, userNameType } from '../shapes';
import { OPERATION_DIRECTORY } from '../directory';
import type { OperationSpec } from '../types';

export const getFederationToken: OperationSpec = {
  ...OPERATION_DIRECTORY.GetFederationToken,
  doc:
    /*i18n*/ { id: 'op.GetFederationToken.doc', message: 'An IAM user (signing with long-term keys) creates credentials for a named federated user, typically on behalf of someone its own application authenticated. The session can do only what both the IAM user\'s policies and the session policies passed here allow, so without a session policy it has no permissions of its own. These credentials cannot call STS other than GetCallerIdentity.' },
  globalEndpoint: true,
  returnsCredentials: true,
  params: [
    param({
      name: 'Name',
      cliFlag: 'name',
      label: /*i18n*/ { id: 'op.GetFederationToken.Name.label', message: 'Federated user name' },
      type: userNameType,
      required: true,
      doc:
        /*i18n*/ { id: 'op.GetFederationToken.Name.doc', message: 'The federated user\'s name, 2–32 letters, digits and +=,.@-_. It becomes part of the ARN arn:aws:sts::ACCOUNT:federated-user/Name, which resource policies can name.' },
      widget: 'text',
      placeholder: 'Bob',
    }),
    policyParam(
      sessionPolicyDocumentType,
      /*i18n*/ { id: 'op.GetFederationToken.Policy.doc', message: 'An inline IAM policy (JSON, at most 2,048 characters together with the managed policy ARNs). Without any session policy the federated session has no permissions except those a resource policy grants it by name.' },
    ),
    policyArnsParam(
      /*i18n*/ { id: 'op.GetFederationToken.PolicyArns.doc', message: 'Up to 10 managed policies, in the IAM user\'s account, used as session policies. Their ARNs count toward the 2,048-character session-policy plaintext limit.' },
    ),
    durationParam(
      durationSecondsType,
      43200,
      /*i18n*/ { id: 'op.GetFederationToken.DurationSeconds.doc', message: 'How long the credentials last: 900 to 129,600 seconds (36 hours), default 43,200. Root user credentials are cut to 3,600.' },
    ),
    tagsParam(
      /*i18n*/ { id: 'op.GetFederationToken.Tags.doc', message: 'Up to 50 session tags (key 1–128, value 0–256 characters) that become principal tags for the federated session. Keys are case-insensitive and override the IAM user\'s tags with the same key.' },
    ),
    minimumSessionTokenSizeParam(),
  ],
  rules: [duplicateTagKeysRule, policyPlaintextRule(sessionPolicyDocumentType.maxLength)],
  notes: [longTermOnlyNote('GetFederationToken'), rootCapNote(false), packedSizeNote],
};
