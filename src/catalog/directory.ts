/**
 * The operation directory: what the menu, the routes, the palette and the connection need to know of
 * every operation before its full spec (parameters, rules, notes) is loaded. Each spec in
 * ./operations/ starts from its entry here, so a name, a CLI name or a summary is written once.
 */
import type { OperationName, OperationSpec } from './types';

export type OperationHeading = Pick<OperationSpec, 'name' | 'cliName' | 'group' | 'summary' | 'signing'>;

/** In catalog order (assume, tokens, inspect); the menu groups them and keeps this order within a group. */
export const OPERATION_DIRECTORY = {
  AssumeRole: {
    name: 'AssumeRole',
    cliName: 'assume-role',
    group: 'assume',
    summary: /*i18n*/ { id: 'op.AssumeRole.summary', message: 'Get temporary credentials for an IAM role that trusts you.' },
    signing: 'any',
  },
  AssumeRoleWithSAML: {
    name: 'AssumeRoleWithSAML',
    cliName: 'assume-role-with-saml',
    group: 'assume',
    summary: /*i18n*/ { id: 'op.AssumeRoleWithSAML.summary', message: 'Trade a SAML 2.0 response from your identity provider for role credentials.' },
    signing: 'none',
  },
  AssumeRoleWithWebIdentity: {
    name: 'AssumeRoleWithWebIdentity',
    cliName: 'assume-role-with-web-identity',
    group: 'assume',
    summary: /*i18n*/ { id: 'op.AssumeRoleWithWebIdentity.summary', message: 'Trade an OpenID Connect token (GitHub Actions, EKS, Google…) for role credentials.' },
    signing: 'none',
  },
  AssumeRoot: {
    name: 'AssumeRoot',
    cliName: 'assume-root',
    group: 'assume',
    summary: /*i18n*/ { id: 'op.AssumeRoot.summary', message: 'Act as the root user of a member account for one privileged task.' },
    signing: 'management',
  },
  GetSessionToken: {
    name: 'GetSessionToken',
    cliName: 'get-session-token',
    group: 'tokens',
    summary: /*i18n*/ { id: 'op.GetSessionToken.summary', message: 'Get temporary credentials for yourself, usually to prove MFA.' },
    signing: 'long-term',
  },
  GetFederationToken: {
    name: 'GetFederationToken',
    cliName: 'get-federation-token',
    group: 'tokens',
    summary: /*i18n*/ { id: 'op.GetFederationToken.summary', message: 'Mint credentials for a federated user, scoped by session policies.' },
    signing: 'long-term',
  },
  GetScopedCredentials: {
    name: 'GetScopedCredentials',
    cliName: 'get-scoped-credentials',
    group: 'tokens',
    summary: /*i18n*/ { id: 'op.GetScopedCredentials.summary', message: 'Narrow your current temporary credentials: fewer permissions, shorter life, same identity.' },
    signing: 'temporary',
  },
  GetWebIdentityToken: {
    name: 'GetWebIdentityToken',
    cliName: 'get-web-identity-token',
    group: 'tokens',
    summary: /*i18n*/ { id: 'op.GetWebIdentityToken.summary', message: 'Get an AWS-signed OIDC token that proves your AWS identity to an outside service.' },
    signing: 'any',
  },
  GetDelegatedAccessToken: {
    name: 'GetDelegatedAccessToken',
    cliName: 'get-delegated-access-token',
    group: 'tokens',
    summary: /*i18n*/ { id: 'op.GetDelegatedAccessToken.summary', message: 'Trade an IAM temporary-delegation token for credentials in a customer account.' },
    signing: 'any',
  },
  GetCallerIdentity: {
    name: 'GetCallerIdentity',
    cliName: 'get-caller-identity',
    group: 'inspect',
    summary: /*i18n*/ { id: 'op.GetCallerIdentity.summary', message: 'Show who the signing credentials belong to.' },
    signing: 'any',
  },
  GetAccessKeyInfo: {
    name: 'GetAccessKeyInfo',
    cliName: 'get-access-key-info',
    group: 'inspect',
    summary: /*i18n*/ { id: 'op.GetAccessKeyInfo.summary', message: 'Find which AWS account an access key ID belongs to.' },
    signing: 'any',
  },
  DecodeAuthorizationMessage: {
    name: 'DecodeAuthorizationMessage',
    cliName: 'decode-authorization-message',
    group: 'inspect',
    summary: /*i18n*/ { id: 'op.DecodeAuthorizationMessage.summary', message: 'Decode the encoded reason attached to an AccessDenied / UnauthorizedOperation error.' },
    signing: 'any',
  },} as const satisfies { readonly [N in OperationName]: OperationHeading & { readonly name: N } };

export const OPERATION_HEADINGS: readonly OperationHeading[] = Object.values(OPERATION_DIRECTORY);

const byName = new Map<string, OperationHeading>(OPERATION_HEADINGS.map((h) => [h.name, h]));

/** Look up by a name from outside (a wire Action, a URL): null when STS has no such operation. */
export function findHeading(name: string): OperationHeading | null {
  return byName.get(name) ?? null;
}

/** Sent without a signature: the assertion or token in the body is the credential. */
export function isUnsignedOperation(name: OperationName): boolean {
  return OPERATION_DIRECTORY[name].signing === 'none';
}
