/** Every operation's handler, in one Record over the catalog's names: a missing one does not compile. */
import { assumeRole } from './assume-role';
import { assumeRoleWithSaml } from './assume-role-with-saml';
import { assumeRoleWithWebIdentity } from './assume-role-with-web-identity';
import { assumeRoot } from './assume-root';
import { decodeAuthorizationMessageHandler } from './decode-authorization-message';
import { getAccessKeyInfo } from './get-access-key-info';
import { getCallerIdentity } from './get-caller-identity';
import { getDelegatedAccessToken } from './get-delegated-access-token';
import { getFederationToken } from './get-federation-token';
import { getScopedCredentials } from './get-scoped-credentials';
import { getSessionToken } from './get-session-token';
import { getWebIdentityToken } from './get-web-identity-token';
import type { OperationHandlers } from './types';

export const handlers: OperationHandlers = {
  AssumeRole: assumeRole,
  AssumeRoleWithSAML: assumeRoleWithSaml,
  AssumeRoleWithWebIdentity: assumeRoleWithWebIdentity,
  AssumeRoot: assumeRoot,
  DecodeAuthorizationMessage: decodeAuthorizationMessageHandler,
  GetAccessKeyInfo: getAccessKeyInfo,
  GetCallerIdentity: getCallerIdentity,
  GetDelegatedAccessToken: getDelegatedAccessToken,
  GetFederationToken: getFederationToken,
  GetScopedCredentials: getScopedCredentials,
  GetSessionToken: getSessionToken,
  GetWebIdentityToken: getWebIdentityToken,
};
