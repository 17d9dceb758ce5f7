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

/**
 * The credentials an access key (and session token) name, with their secret and the env they act in:
 * an attendee's long-term key or session acts in that attendee's sandbox (their world edits, their
 * clock), whatever `env` the request arrived with. Null when this sandbox issued no such keys.
 */
export async function findCredentials(env: SandboxEnv, accessKeyId: string, sessionToken: string | undefined): Promise<{ caller: Caller; secret: string; env: SandboxEnv } | null> {
  const longTerm = findLongTermKey(env, accessKeyId);
  if (longTerm) {
    const attendee = longTerm.caller.user ? env.tenancy?.attendeeOfUser(longTerm.caller.user.arn) : undefined;
    // Keys are the same in every tenant's world; the caller's user is re-read from their own (edited) world.
    const own = (attendee ? env.tenancy?.envFor(attendee.id) : env.tenancy?.envFor(null)) ?? env;
    const found = own === env ? longTerm : findLongTermKey(own, accessKeyId) ?? longTerm;
    return { caller: { ...found.caller, accessKeyId } as Caller, secret: found.secret, env: own };
  }
  if (!sessionToken) return null;
  const claims = await decodeSessionToken(env.secrets.sealKey, sessionToken);
  if (!claims || claims.accessKeyId !== accessKeyId) return null;
  // The session lives in the sandbox of the attendee it was issued to (or the sandbox's own user's).
  const own = env.tenancy ? env.tenancy.envFor(claims.attendee ?? null) : env;
  const account = own?.world.accounts.find((a) => a.id === claims.principal.account);
  if (!own || !account) return null;
  return { caller: { kind: 'session', accessKeyId, principal: claims.principal, claims, account }, secret: claims.secretAccessKey, env: own };
}

/** A session past its expiry on the sandbox clock (long-term keys never expire). */
export const isExpired = (env: SandboxEnv, caller: Caller): boolean => caller.kind === 'session' && caller.claims.expiresAt <= env.clock.nowSeconds();

/** The caller, and the env it acts in (see findCredentials). */
export async function authenticate(env: SandboxEnv, req: SandboxRequest, info: SignedRequestInfo): Promise<{ caller: Caller; env: SandboxEnv }> {
  const deps: VerifyDeps = { nowMs: env.runtime.nowMs(), subtle: env.runtime.subtle };
  if (env.runtime.sha256) deps.sha256 = env.runtime.sha256;
  // AWS checks the time window and credential scope before it looks the key up.
  prevalidateSignature(info, deps.nowMs);
  const found = await findCredentials(env, info.accessKeyId, info.sessionToken);
  if (!found) throw stsError('InvalidClientTokenId', INVALID_TOKEN);
  await verifySignature(req, info, found.secret, deps);
  if (isExpired(found.env, found.caller)) throw stsError('ExpiredToken', 'The security token included in the request is expired');
  return { caller: found.caller, env: found.env };
}
