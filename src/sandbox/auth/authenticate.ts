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
 * The caller, and the env it acts in: an attendee's long-term key or session acts in that attendee's
 * sandbox (their world edits, their clock), whatever `env` the request arrived with.
 */
export async function authenticate(env: SandboxEnv, req: SandboxRequest, info: SignedRequestInfo): Promise<{ caller: Caller; env: SandboxEnv }> {
  const deps: VerifyDeps = { nowMs: env.runtime.nowMs(), subtle: env.runtime.subtle };
  if (env.runtime.sha256) deps.sha256 = env.runtime.sha256;
  // AWS checks the time window and credential scope before it looks the key up.
  prevalidateSignature(info, deps.nowMs);
  const longTerm = findLongTermKey(env, info.accessKeyId);
  if (longTerm) {
    await verifySignature(req, info, longTerm.secret, deps);
    const attendee = longTerm.caller.user ? env.tenancy?.attendeeOfUser(longTerm.caller.user.arn) : undefined;
    // Keys are the same in every tenant's world; the caller's user is re-read from their own (edited) world.
    const own = (attendee ? env.tenancy?.envFor(attendee.id) : env.tenancy?.envFor(null)) ?? env;
    const found = own === env ? longTerm : findLongTermKey(own, info.accessKeyId) ?? longTerm;
    return { caller: { ...found.caller, accessKeyId: info.accessKeyId } as Caller, env: own };
  }
  if (!info.sessionToken) throw stsError('InvalidClientTokenId', INVALID_TOKEN);
  const claims = await decodeSessionToken(env.secrets.sealKey, info.sessionToken);
  if (!claims || claims.accessKeyId !== info.accessKeyId) throw stsError('InvalidClientTokenId', INVALID_TOKEN);
  // The session lives in the sandbox of the attendee it was issued to (or the sandbox's own user's).
  const own = env.tenancy ? env.tenancy.envFor(claims.attendee ?? null) : env;
  const account = own?.world.accounts.find((a) => a.id === claims.principal.account);
  if (!own || !account) throw stsError('InvalidClientTokenId', INVALID_TOKEN);
  await verifySignature(req, info, claims.secretAccessKey, deps);
  if (claims.expiresAt <= own.clock.nowSeconds()) throw stsError('ExpiredToken', 'The security token included in the request is expired');
  return { caller: { kind: 'session', accessKeyId: info.accessKeyId, principal: claims.principal, claims, account }, env: own };
}

