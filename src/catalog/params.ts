/**
 * Parameters that several operations share. Each builder takes the bits that differ between
 * operations (the doc paragraph, the duration range, the default), so every operation file reads
 * as a plain list of its members in model order.
 */
import {
  arnType,
  contextAssertionType,
  externalIdType,
  minimumSessionTokenSizeType,
  roleSessionNameType,
  serialNumberType,
  sourceIdentityType,
  tagKeyType,
  tagValueType,
  tokenCodeType,
} from './shapes';
import type { Message } from '../kernel/message';
import type { IntegerConstraint, ParamSpec, StringConstraint, StructListConstraint } from './types';

/** AWS's member path: the member name with its first letter lower-cased (`SAMLAssertion` → `sAMLAssertion`). */
const memberPathOf = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

type ParamInit = Omit<ParamSpec, 'memberPath'> & { memberPath?: string };

export function param(init: ParamInit): ParamSpec {
  return { ...init, memberPath: init.memberPath ?? memberPathOf(init.name) };
}

export const roleArnParam = (doc: Message): ParamSpec =>
  param({
    name: 'RoleArn',
    cliFlag: 'role-arn',
    label: /*i18n*/ { id: 'param.RoleArn.label', message: 'Role ARN' },
    type: arnType,
    required: true,
    doc,
    widget: 'text',
    placeholder: 'arn:aws:iam::123456789012:role/MyRole',
  });

export const roleSessionNameParam = (doc: Message): ParamSpec =>
  param({
    name: 'RoleSessionName',
    cliFlag: 'role-session-name',
    label: /*i18n*/ { id: 'param.RoleSessionName.label', message: 'Role session name' },
    type: roleSessionNameType,
    required: true,
    doc,
    widget: 'text',
    placeholder: 'alice',
  });

const policyArnItem: StructListConstraint = {
  kind: 'structList',
  // The model has no maximum; the documentation says at most 10 (reference §1, §13).
  maxItems: 10,
  fields: [{ name: 'arn', memberPath: 'arn', required: false, type: arnType, cliKey: 'arn' }],
};

export const policyArnsParam = (doc: Message): ParamSpec =>
  param({
    name: 'PolicyArns',
    cliFlag: 'policy-arns',
    label: /*i18n*/ { id: 'param.PolicyArns.label', message: 'Managed session policy ARNs' },
    type: policyArnItem,
    required: false,
    doc,
    widget: 'policyArns',
    placeholder: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
  });

export const policyParam = (type: StringConstraint, doc: Message, label: Message = /*i18n*/ { id: 'param.Policy.label', message: 'Inline session policy' }): ParamSpec =>
  param({ name: 'Policy', cliFlag: 'policy', label, type, required: false, doc, widget: 'policy' });

/** PolicyArns and Policy of the two federated role operations (AssumeRoleWithSAML, AssumeRoleWithWebIdentity): one text. */
export const federatedSessionPolicyParams = (documentType: StringConstraint): ParamSpec[] => [
  policyArnsParam(
    /*i18n*/ { id: 'param.federated.PolicyArns.doc', message: 'Up to 10 managed policies, in the role\'s account, used as session policies to narrow what the session may do. Their ARNs count toward the 2,048-character session-policy plaintext limit.' },
  ),
  policyParam(
    documentType,
    /*i18n*/ { id: 'param.federated.Policy.doc', message: 'An inline IAM policy (JSON, at most 2,048 characters together with the managed policy ARNs) used as a session policy; it can only narrow what the role allows.' },
  ),
];

export const durationParam = (type: IntegerConstraint, defaultValue: number | undefined, doc: Message): ParamSpec =>
  param({
    name: 'DurationSeconds',
    cliFlag: 'duration-seconds',
    label: /*i18n*/ { id: 'param.DurationSeconds.label', message: 'Duration (seconds)' },
    type,
    required: false,
    ...(defaultValue === undefined ? {} : { defaultValue }),
    doc,
    widget: 'number',
  });

const tagList: StructListConstraint = {
  kind: 'structList',
  maxItems: 50,
  fields: [
    { name: 'Key', memberPath: 'key', required: true, type: tagKeyType, cliKey: 'Key' },
    { name: 'Value', memberPath: 'value', required: true, type: tagValueType, cliKey: 'Value' },
  ],
};

export const tagsParam = (doc: Message): ParamSpec =>
  param({ name: 'Tags', cliFlag: 'tags', label: /*i18n*/ { id: 'param.Tags.label', message: 'Session tags' }, type: tagList, required: false, doc, widget: 'tags' });

export const transitiveTagKeysParam = (): ParamSpec =>
  param({
    name: 'TransitiveTagKeys',
    cliFlag: 'transitive-tag-keys',
    label: /*i18n*/ { id: 'param.TransitiveTagKeys.label', message: 'Transitive tag keys' },
    type: { kind: 'stringList', maxItems: 50, item: tagKeyType },
    required: false,
    doc:
      /*i18n*/ { id: 'param.TransitiveTagKeys.doc', message: 'Keys of session tags passed in this request that should follow the session into a role chain. Each key must also appear in Tags. A transitive tag cannot be overridden later in the chain, and marking a tag transitive does not change the packed size of the session.' },
    widget: 'transitiveTagKeys',
  });

export const externalIdParam = (): ParamSpec =>
  param({
    name: 'ExternalId',
    cliFlag: 'external-id',
    label: /*i18n*/ { id: 'param.ExternalId.label', message: 'External ID' },
    type: externalIdType,
    required: false,
    doc:
      /*i18n*/ { id: 'param.ExternalId.doc', message: 'A value the role owner asked you to pass, checked by the trust policy with the sts:ExternalId condition key. It protects a third party that assumes roles in many customer accounts from being tricked into using its access for the wrong customer (the "confused deputy"). Letters, digits and +=,.@:/- are allowed, 2 to 1224 characters.' },
    widget: 'text',
  });

export const serialNumberParam = (doc: Message): ParamSpec =>
  param({
    name: 'SerialNumber',
    cliFlag: 'serial-number',
    label: /*i18n*/ { id: 'param.SerialNumber.label', message: 'MFA serial number' },
    type: serialNumberType,
    required: false,
    doc,
    widget: 'text',
    placeholder: 'arn:aws:iam::123456789012:mfa/alice',
  });

export const tokenCodeParam = (doc: Message): ParamSpec =>
  param({
    name: 'TokenCode',
    cliFlag: 'token-code',
    label: /*i18n*/ { id: 'param.TokenCode.label', message: 'MFA code' },
    type: tokenCodeType,
    required: false,
    doc,
    widget: 'text',
    placeholder: '123456',
  });

export const sourceIdentityParam = (): ParamSpec =>
  param({
    name: 'SourceIdentity',
    cliFlag: 'source-identity',
    label: /*i18n*/ { id: 'param.SourceIdentity.label', message: 'Source identity' },
    type: sourceIdentityType,
    required: false,
    doc:
      /*i18n*/ { id: 'param.SourceIdentity.doc', message: 'Who is really behind this session, for example the user name of the person assuming the role. Once set it cannot be changed and it follows the session through every chained role, appearing in CloudTrail and in the aws:SourceIdentity condition key. Setting it requires sts:SetSourceIdentity in the trust policy.' },
    widget: 'text',
  });

export const providedContextsParam = (): ParamSpec =>
  param({
    name: 'ProvidedContexts',
    cliFlag: 'provided-contexts',
    label: /*i18n*/ { id: 'param.ProvidedContexts.label', message: 'Provided contexts' },
    type: {
      kind: 'structList',
      minItems: 1,
      maxItems: 5,
      fields: [
        { name: 'ProviderArn', memberPath: 'providerArn', required: false, type: arnType, cliKey: 'ProviderArn' },
        { name: 'ContextAssertion', memberPath: 'contextAssertion', required: false, type: contextAssertionType, cliKey: 'ContextAssertion' },
      ],
    },
    required: false,
    doc:
      /*i18n*/ { id: 'param.ProvidedContexts.doc', message: 'Trusted context assertions obtained earlier from a context provider, such as IAM Identity Center (arn:aws:iam::aws:contextProvider/IdentityCenter) for trusted identity propagation. Each entry pairs the provider\'s ARN with the signed and encrypted assertion it produced; one to five entries.' },
    widget: 'providedContexts',
  });

export const minimumSessionTokenSizeParam = (): ParamSpec =>
  param({
    name: 'MinimumSessionTokenSize',
    cliFlag: 'minimum-session-token-size',
    label: /*i18n*/ { id: 'param.MinimumSessionTokenSize.label', message: 'Minimum session token size (bytes)' },
    type: minimumSessionTokenSizeType,
    required: false,
    defaultValue: 0,
    doc:
      /*i18n*/ { id: 'param.MinimumSessionTokenSize.doc', message: 'Pads the issued session token to at least this many bytes, whatever it contains, so that you can test how your storage and headers cope with large tokens before real policies and tags make them large. At most 4096; 0 or absent leaves the token its natural size.' },
    widget: 'number',
  });
