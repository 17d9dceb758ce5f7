import { packedSizeNote, roleMaxSessionNote } from '../notes';
import {
  durationParam,
  minimumSessionTokenSizeParam,
  param,
  federatedSessionPolicyParams,
  roleArnParam,
} from '../params';
import { policyPlaintextRule, roleArnParsesRule } from '../rules';
import { arnType, roleDurationSecondsType, samlAssertionType, sessionPolicyDocumentType } from '../shapes';
import { OPERATION_DIRECTORY } from '../directory';
import type { OperationSpec } from '../types';

export const assumeRoleWithSAML: OperationSpec = {
  ...OPERATION_DIRECTORY.AssumeRoleWithSAML,
  doc:
    /*i18n*/ { id: 'op.AssumeRoleWithSAML.doc', message: 'Exchanges a signed SAML authentication response from an identity provider (Okta, Entra ID, ADFS…) for temporary credentials of a role that trusts the matching IAM SAML provider. The request is unsigned: the assertion is the proof. The session name, session tags and source identity come from attributes in the assertion, not from parameters, and the session never outlives the assertion\'s SessionNotOnOrAfter.' },
  globalEndpoint: true,
  returnsCredentials: true,
  params: [
    roleArnParam(/*i18n*/ { id: 'op.AssumeRoleWithSAML.RoleArn.doc', message: 'The ARN of the role to assume. It must be one of the roles the assertion\'s https://aws.amazon.com/SAML/Attributes/Role attribute lists.' }),
    param({
      name: 'PrincipalArn',
      cliFlag: 'principal-arn',
      label: /*i18n*/ { id: 'op.AssumeRoleWithSAML.PrincipalArn.label', message: 'SAML provider ARN' },
      type: arnType,
      required: true,
      doc:
        /*i18n*/ { id: 'op.AssumeRoleWithSAML.PrincipalArn.doc', message: 'The ARN of the IAM SAML provider that holds the IdP\'s metadata and signing certificate, such as arn:aws:iam::123456789012:saml-provider/MyIdP. It must be paired with RoleArn in the assertion\'s Role attribute.' },
      widget: 'text',
      placeholder: 'arn:aws:iam::123456789012:saml-provider/MyIdP',
    }),
    param({
      name: 'SAMLAssertion',
      cliFlag: 'saml-assertion',
      label: /*i18n*/ { id: 'op.AssumeRoleWithSAML.SAMLAssertion.label', message: 'SAML response (base64)' },
      type: samlAssertionType,
      required: true,
      doc:
        /*i18n*/ { id: 'op.AssumeRoleWithSAML.SAMLAssertion.doc', message: 'The base64-encoded samlp:Response exactly as the IdP posted it to https://signin.aws.amazon.com/saml, 4 to 100,000 characters. STS checks its signature against the provider\'s certificate, its audience, recipient and validity window.' },
      widget: 'textarea',
    }),
    ...federatedSessionPolicyParams(sessionPolicyDocumentType),
    durationParam(
      roleDurationSecondsType,
      3600,
      /*i18n*/ { id: 'op.AssumeRoleWithSAML.DurationSeconds.doc', message: 'How long the credentials last: 900 seconds up to the role\'s MaxSessionDuration (at most 43200), and never past the assertion\'s SessionNotOnOrAfter. Defaults to 3600.' },
    ),
    minimumSessionTokenSizeParam(),
  ],
  rules: [roleArnParsesRule, policyPlaintextRule(sessionPolicyDocumentType.maxLength)],
  notes: [
    roleMaxSessionNote,
    {
      id: 'saml-session-not-on-or-after',
      param: 'DurationSeconds',
      text: /*i18n*/ { id: 'op.AssumeRoleWithSAML.note.saml-session-not-on-or-after', message: 'The session ends at the assertion\'s SessionNotOnOrAfter if that comes before DurationSeconds.' },
    },
    packedSizeNote,
  ],
};
