import { packedSizeNote, roleMaxSessionNote } from '../notes';
import {
  durationParam,
  minimumSessionTokenSizeParam,
  param,
  federatedSessionPolicyParams,
  roleArnParam,
  roleSessionNameParam,
} from '../params';
import { policyPlaintextRule, providerIdHostOnlyRule, providerIdOAuthOnlyRule, roleArnParsesRule } from '../rules';
import { clientTokenType, roleDurationSecondsType, sessionPolicyDocumentType, urlType } from '../shapes';
import { OPERATION_DIRECTORY } from '../directory';
import type { OperationSpec } from '../types';

export const assumeRoleWithWebIdentity: OperationSpec = {
  ...OPERATION_DIRECTORY.AssumeRoleWithWebIdentity,
  doc:
    /*i18n*/ { id: 'op.AssumeRoleWithWebIdentity.doc', message: 'Exchanges an OIDC ID token (or a Login with Amazon / Facebook OAuth access token) for temporary credentials of a role whose trust policy names the identity provider. The request is unsigned: the token is the proof. STS checks the token\'s issuer against an IAM OIDC provider in the role\'s account, its signature against the issuer\'s JWKS, its audience and its expiry; session tags and source identity come from token claims.' },
  globalEndpoint: true,
  returnsCredentials: true,
  params: [
    roleArnParam(/*i18n*/ { id: 'op.AssumeRoleWithWebIdentity.RoleArn.doc', message: 'The ARN of the role to assume. Its trust policy must allow sts:AssumeRoleWithWebIdentity for the token\'s provider.' }),
    roleSessionNameParam(
      /*i18n*/ { id: 'op.AssumeRoleWithWebIdentity.RoleSessionName.doc', message: 'A name for this session, 2–64 letters, digits and +=,.@-_, usually an identifier of the workload or user. It becomes part of the assumed-role ARN and shows in CloudTrail.' },
    ),
    param({
      name: 'WebIdentityToken',
      cliFlag: 'web-identity-token',
      label: /*i18n*/ { id: 'op.AssumeRoleWithWebIdentity.WebIdentityToken.label', message: 'Web identity token' },
      type: clientTokenType,
      required: true,
      doc:
        /*i18n*/ { id: 'op.AssumeRoleWithWebIdentity.WebIdentityToken.doc', message: 'The OIDC ID token (a JWT) or OAuth 2.0 access token issued by the identity provider, 4 to 20,000 characters. For OIDC its iss must match an IAM OIDC provider and its aud one of that provider\'s client IDs.' },
      widget: 'textarea',
    }),
    param({
      name: 'ProviderId',
      cliFlag: 'provider-id',
      label: /*i18n*/ { id: 'op.AssumeRoleWithWebIdentity.ProviderId.label', message: 'OAuth provider' },
      type: urlType,
      required: false,
      doc:
        /*i18n*/ { id: 'op.AssumeRoleWithWebIdentity.ProviderId.doc', message: 'Only for OAuth 2.0 access tokens: the provider\'s host name, www.amazon.com or graph.facebook.com, with no scheme or port. Leave it empty for OpenID Connect ID tokens.' },
      widget: 'text',
      placeholder: 'www.amazon.com',
    }),
    ...federatedSessionPolicyParams(sessionPolicyDocumentType),
    durationParam(
      roleDurationSecondsType,
      3600,
      /*i18n*/ { id: 'op.AssumeRoleWithWebIdentity.DurationSeconds.doc', message: 'How long the credentials last: 900 seconds up to the role\'s MaxSessionDuration (at most 43200). Defaults to 3600.' },
    ),
    minimumSessionTokenSizeParam(),
  ],
  rules: [roleArnParsesRule, providerIdHostOnlyRule, providerIdOAuthOnlyRule, policyPlaintextRule(sessionPolicyDocumentType.maxLength)],
  notes: [roleMaxSessionNote, packedSizeNote],
};
