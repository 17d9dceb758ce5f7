/**
 * The catalog: one OperationSpec per STS operation, in menu order (assume, tokens, inspect).
 * A plain array on purpose: forms, the CLI renderer and the sandbox all iterate or look up by name.
 */
import { assumeRole } from './operations/assume-role';
import { assumeRoleWithSAML } from './operations/assume-role-with-saml';
import { assumeRoleWithWebIdentity } from './operations/assume-role-with-web-identity';
import { assumeRoot } from './operations/assume-root';
import { decodeAuthorizationMessage } from './operations/decode-authorization-message';
import { getAccessKeyInfo } from './operations/get-access-key-info';
import { getCallerIdentity } from './operations/get-caller-identity';
import { getDelegatedAccessToken } from './operations/get-delegated-access-token';
import { getFederationToken } from './operations/get-federation-token';
import { getScopedCredentials } from './operations/get-scoped-credentials';
import { getSessionToken } from './operations/get-session-token';
import { getWebIdentityToken } from './operations/get-web-identity-token';
import type { OperationName, OperationSpec, ParamSpec } from './types';

export const operations: readonly OperationSpec[] = [
  assumeRole,
  assumeRoleWithSAML,
  assumeRoleWithWebIdentity,
  assumeRoot,
  getSessionToken,
  getFederationToken,
  getScopedCredentials,
  getWebIdentityToken,
  getDelegatedAccessToken,
  getCallerIdentity,
  getAccessKeyInfo,
  decodeAuthorizationMessage,
];

const byName = new Map<string, OperationSpec>(operations.map((op) => [op.name, op]));
const byCliName = new Map<string, OperationSpec>(operations.map((op) => [op.cliName, op]));

export function getOperation(name: OperationName): OperationSpec {
  const op = byName.get(name);
  // Unreachable while OPERATION_NAMES and `operations` agree (a test guards that).
  if (!op) throw new Error(`The catalog has no operation named ${name}`);
  return op;
}

/** Look up by a name from outside (a wire Action, a URL): null when STS has no such operation. */
export function findOperation(name: string): OperationSpec | null {
  return byName.get(name) ?? null;
}

/** Look up by AWS CLI name (`assume-role`): null when unknown. */
export function findOperationByCliName(cliName: string): OperationSpec | null {
  return byCliName.get(cliName) ?? null;
}

export function getParam(spec: OperationSpec, name: string): ParamSpec | null {
  return spec.params.find((p) => p.name === name) ?? null;
}
