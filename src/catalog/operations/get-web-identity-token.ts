import { regionalOnlyNote } from '../notes';
import { durationParam, param, tagsParam } from '../params';
import { duplicateTagKeysRule, scopeFormatRule, scopeNeedsOriginIdentityRule, signingAlgorithmRule } from '../rules';
import { audienceItemType, jwtAlgorithmType, scopeType, subjectModeType, webIdentityTokenDurationSecondsType } from '../shapes';
import { OPERATION_DIRECTORY } from '../directory';
import type { OperationSpec } from '../types';

export const getWebIdentityToken: OperationSpec = {
  ...OPERATION_DIRECTORY.GetWebIdentityToken,
  doc:
    /*i18n*/ { id: 'op.GetWebIdentityToken.doc', message: 'Outbound identity federation: returns a short-lived JWT, signed by an account-specific AWS issuer, that asserts the caller\'s AWS identity (or, with SubjectMode OriginIdentity, the end user on whose behalf the session acts) so an external service can trust it without stored secrets. The account must first enable the feature, and these tokens cannot be used with AssumeRoleWithWebIdentity. Regional endpoints only.' },
  globalEndpoint: false,
  returnsCredentials: false,
  params: [
    param({
      name: 'Audience',
      cliFlag: 'audience',
      label: /*i18n*/ { id: 'op.GetWebIdentityToken.Audience.label', message: 'Audience' },
      type: { kind: 'stringList', minItems: 1, maxItems: 10, item: audienceItemType },
      required: true,
      doc: /*i18n*/ { id: 'op.GetWebIdentityToken.Audience.doc', message: 'One to ten intended recipients (each 1–1000 characters), written into the token\'s aud claim. The receiving service must check it.' },
      widget: 'stringList',
      placeholder: 'https://api.example.com',
    }),
    durationParam(
      webIdentityTokenDurationSecondsType,
      300,
      /*i18n*/ { id: 'op.GetWebIdentityToken.DurationSeconds.doc', message: 'How long the token is valid: 60 to 3600 seconds, default 300. It may not outlive the calling session.' },
    ),
    param({
      name: 'SigningAlgorithm',
      cliFlag: 'signing-algorithm',
      label: /*i18n*/ { id: 'op.GetWebIdentityToken.SigningAlgorithm.label', message: 'Signing algorithm' },
      type: jwtAlgorithmType,
      required: true,
      doc: /*i18n*/ { id: 'op.GetWebIdentityToken.SigningAlgorithm.doc', message: 'How AWS signs the token: RS256 (RSA with SHA-256) or ES384 (ECDSA on P-384 with SHA-384). Verifiers fetch the key from the issuer\'s JWKS.' },
      widget: 'select',
    }),
    param({
      name: 'Scope',
      cliFlag: 'scope',
      label: /*i18n*/ { id: 'op.GetWebIdentityToken.Scope.label', message: 'OAuth scope' },
      type: scopeType,
      required: false,
      doc:
        /*i18n*/ { id: 'op.GetWebIdentityToken.Scope.doc', message: 'OAuth 2.0 scope values copied into the token\'s scope claim, separated by single spaces, without repeats. Allowed only with SubjectMode OriginIdentity and exactly one audience, and it needs sts:SetWebIdentityTokenScope.' },
      widget: 'text',
    }),
    param({
      name: 'SubjectMode',
      cliFlag: 'subject-mode',
      label: /*i18n*/ { id: 'op.GetWebIdentityToken.SubjectMode.label', message: 'Subject mode' },
      type: subjectModeType,
      required: false,
      defaultValue: 'AWSIdentity',
      doc:
        /*i18n*/ { id: 'op.GetWebIdentityToken.SubjectMode.doc', message: 'What goes into the sub claim: AWSIdentity (the default) puts the caller\'s IAM ARN; OriginIdentity puts the end user or workload from the session\'s trusted identity propagation context and adds a subject_mode claim.' },
      widget: 'select',
    }),
    tagsParam(/*i18n*/ { id: 'op.GetWebIdentityToken.Tags.doc', message: 'Up to 50 key–value pairs added to the token as custom claims, for the receiving service\'s authorization decisions.' }),
  ],
  rules: [signingAlgorithmRule, duplicateTagKeysRule, scopeNeedsOriginIdentityRule, scopeFormatRule],
  notes: [
    regionalOnlyNote,
    {
      id: 'outbound-federation-enabled',
      text:
        /*i18n*/ { id: 'op.GetWebIdentityToken.note.outbound-federation-enabled', message: 'The account must have run iam:EnableOutboundWebIdentityFederation first; otherwise the call fails with OutboundWebIdentityFederationDisabledException.' },
    },
    {
      id: 'token-outlives-session',
      param: 'DurationSeconds',
      text: /*i18n*/ { id: 'op.GetWebIdentityToken.note.token-outlives-session', message: 'A token that would outlive the calling session fails with SessionDurationEscalationException.' },
    },
  ],
};
