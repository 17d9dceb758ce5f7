/**
 * Authentication of a signed request: find the secret behind the access key (a world user, a root
 * key, or a session token this sandbox sealed), verify the SigV4 signature, then check the session
 * is still live on the sandbox clock.
 */
import { stsError } from '../core/errors';
import type { SandboxRequest } from '../core/http';
import type { SandboxEnv } from '../env';
import { decodeSessionToken } from '../session/session-token';
import { prevalidateSignature, verifySignature, type SignedRequestInfo, type VerifyDeps } from '../sigv4/verify-request';
import type { Caller } from './caller';

const INVALID_TOKEN = 'The security token included in the request is invalid.';

function findLongTermKey(env: SandboxEnv, accessKeyId: string): { secret: string; caller: Omit<Extract<Caller, { kind: 'long-term' }>, 'accessKeyId'> } | null {
  for (const account of env.world.accounts) {
    for (const key of account.rootAccessKeys) {
      if (key.accessKeyId === accessKeyId) {
        return { secret: key.secretAccessKey, caller: { kind: 'long-term', principal: { kind: 'root', account: account.id }, user: null, account } };
      }
    }
    for (const user of account.users) {
      for (const key of user.accessKeys) {
        if (key.accessKeyId === accessKeyId) {
          return {
            secret: key.secretAccessKey,
            caller: {
              kind: 'long-term',
              principal: { kind: 'user', account: account.id, userName: user.name, path: user.path, userId: user.userId },
              user,
              account,
            },
          };
        }
      }
    }
  }
  return null;
}

/** The credentials an access key (and session token) name, with their secret: null when this sandbox issued no such keys. */
export async function findCredentials(env: SandboxEnv, accessKeyId: string, sessionToken: string | undefined): Promise<{ caller: Caller; secret: string } | null> {
  const longTerm = findLongTermKey(env, accessKeyId);
  if (longTerm) return { caller: { ...longTerm.caller, accessKeyId } as Caller, secret: longTerm.secret };
  if (!sessionToken) return null;
  const claims = await decodeSessionToken(env.secrets.sealKey, sessionToken);
  if (!claims || claims.accessKeyId !== accessKeyId) return null;
  const account = env.world.accounts.find((a) => a.id === claims.principal.account);
  if (!account) return null;
  return { caller: { kind: 'session', accessKeyId, principal: claims.principal, claims, account }, secret: claims.secretAccessKey };
}

/** A session past its expiry on the sandbox clock (long-term keys never expire). */
export const isExpired = (env: SandboxEnv, caller: Caller): boolean => caller.kind === 'session' && caller.claims.expiresAt <= env.clock.nowSeconds();

export async function authenticate(env: SandboxEnv, req: SandboxRequest, info: SignedRequestInfo): Promise<Caller> {
  const deps: VerifyDeps = { nowMs: env.runtime.nowMs(), subtle: env.runtime.subtle };
  if (env.runtime.sha256) deps.sha256 = env.runtime.sha256;
  // AWS checks the time window and credential scope before it looks the key up.
  prevalidateSignature(info, deps.nowMs);
  const found = await findCredentials(env, info.accessKeyId, info.sessionToken);
  if (!found) throw stsError('InvalidClientTokenId', INVALID_TOKEN);
  await verifySignature(req, info, found.secret, deps);
  if (isExpired(env, found.caller)) throw stsError('ExpiredToken', 'The security token included in the request is expired');
  return found.caller;
}
