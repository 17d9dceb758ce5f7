/**
 * Handler types, keyed by every operation name the catalog lists, with the SDK's own input and
 * output types: an operation without a handler, or a handler with a wrong shape, is a compile error.
 */
import type * as sdk from '@aws-sdk/client-sts';
import type { OperationName } from '../../catalog/types';
import type { Caller } from '../auth/caller';
import type { SandboxEnv } from '../env';

export interface OperationIO {
  AssumeRole: [sdk.AssumeRoleCommandInput, sdk.AssumeRoleCommandOutput];
  AssumeRoleWithSAML: [sdk.AssumeRoleWithSAMLCommandInput, sdk.AssumeRoleWithSAMLCommandOutput];
  AssumeRoleWithWebIdentity: [sdk.AssumeRoleWithWebIdentityCommandInput, sdk.AssumeRoleWithWebIdentityCommandOutput];
  AssumeRoot: [sdk.AssumeRootCommandInput, sdk.AssumeRootCommandOutput];
  DecodeAuthorizationMessage: [sdk.DecodeAuthorizationMessageCommandInput, sdk.DecodeAuthorizationMessageCommandOutput];
  GetAccessKeyInfo: [sdk.GetAccessKeyInfoCommandInput, sdk.GetAccessKeyInfoCommandOutput];
  GetCallerIdentity: [sdk.GetCallerIdentityCommandInput, sdk.GetCallerIdentityCommandOutput];
  GetDelegatedAccessToken: [sdk.GetDelegatedAccessTokenCommandInput, sdk.GetDelegatedAccessTokenCommandOutput];
  GetFederationToken: [sdk.GetFederationTokenCommandInput, sdk.GetFederationTokenCommandOutput];
  GetScopedCredentials: [sdk.GetScopedCredentialsCommandInput, sdk.GetScopedCredentialsCommandOutput];
  GetSessionToken: [sdk.GetSessionTokenCommandInput, sdk.GetSessionTokenCommandOutput];
  GetWebIdentityToken: [sdk.GetWebIdentityTokenCommandInput, sdk.GetWebIdentityTokenCommandOutput];
}

// Compile-time check that OperationIO and the catalog's names agree in both directions.
type _SameNames = [OperationName] extends [keyof OperationIO] ? ([keyof OperationIO] extends [OperationName] ? true : never) : never;
const _operationIoMatchesCatalog: _SameNames = true;

export type OperationInputOf<K extends OperationName> = OperationIO[K][0];
export type OperationOutputOf<K extends OperationName> = Omit<OperationIO[K][1], '$metadata'>;

export interface OperationContext {
  env: SandboxEnv;
  /** The verified caller; null for the unsigned operations. */
  caller: Caller | null;
  /** The Region the request was signed for (us-east-1 when unsigned). */
  region: string;
  /** Scheme and host the client used, for issuer URLs (`http://127.0.0.1:4173`). */
  baseUrl: string;
  /** True when the request came to a global endpoint (sts.amazonaws.com). */
  globalEndpoint: boolean;
}

export type OperationHandler<K extends OperationName> = (input: OperationInputOf<K>, ctx: OperationContext) => Promise<OperationOutputOf<K>>;

export type OperationHandlers = { [K in OperationName]: OperationHandler<K> };
