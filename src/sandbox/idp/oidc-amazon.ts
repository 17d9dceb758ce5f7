/**
 * A Login-with-Amazon-style OAuth provider (ProviderId `www.amazon.com`): opaque `Atza|…` access tokens
 * that only the sandbox can read, AES-GCM sealed JSON. Real STS asks Amazon about such a token; the
 * sandbox opens it with the key it sealed it with.
 */
import { fromBase64Url, toBase64Url } from '../../kernel/encoding';
import { isStsError, stsError } from '../core/errors';
import type { SandboxRuntime } from '../core/runtime';
import { seal, unseal, type SealKey } from '../session/seal';

export interface AmazonAccessTokenFacts {
  /** `amzn1.account.…`: SubjectFromWebIdentityToken and `www.amazon.com:user_id`. */
  userId: string;
  /** The app (client) ID: Audience and `www.amazon.com:app_id`. */
  appId: string;
  /** Expiry, epoch seconds. */
  exp: number;
}

const PREFIX = 'Atza|';
const IV_BYTES = 12;

/** An `Atza|` token: JSON sealed with the sandbox key for its own purpose, so a session token never opens as one. */
export async function mintAmazonAccessToken(
  sealKey: SealKey,
  opts: { userId: string; appId: string; lifetimeSeconds: number },
  nowMs: number,
  randomBytes: SandboxRuntime['randomBytes'],
): Promise<string> {
  const exp = Math.floor(nowMs / 1000) + opts.lifetimeSeconds;
  const iv = randomBytes(IV_BYTES);
  return PREFIX + toBase64Url(await seal(sealKey, 'oauth-amazon', { v: 1, uid: opts.userId, app: opts.appId, exp }, iv));
}

/** What Amazon answers for a token it does not know (as STS relays Facebook's answer, reference §5.3). */
const rejected = () => stsError('IDPRejectedClaim', 'www.amazon.com: www.amazon.com responded with HTTP/1.1 400 Bad Request', { sandboxCause: 'oauth-provider' });

/** Opens a sandbox `Atza|` token; throws IDPRejectedClaim for an unknown or altered token, ExpiredTokenException when expired. */
export async function openAmazonAccessToken(sealKey: SealKey, token: string, nowMs: number): Promise<AmazonAccessTokenFacts> {
  const text = token.trim().replace(/^Atza%7C/i, PREFIX);
  if (!text.startsWith(PREFIX)) throw rejected();
  const bytes = fromBase64Url(text.slice(PREFIX.length));
  const body = bytes ? await unseal(sealKey, 'oauth-amazon', bytes) : null;
  if (body === null || typeof body !== 'object') throw rejected();
  const b = body as { v?: unknown; uid?: unknown; app?: unknown; exp?: unknown };
  if (b.v !== 1 || typeof b.uid !== 'string' || typeof b.app !== 'string' || typeof b.exp !== 'number') throw rejected();
  const now = Math.floor(nowMs / 1000);
  if (b.exp <= now) {
    throw stsError('ExpiredTokenException', `Token expired: current date/time ${now} must be before the expiration date/time${b.exp}`, { sandboxCause: 'expired' });
  }
  return { userId: b.uid, appId: b.app, exp: b.exp };
}

/** What the sandbox (as Amazon's token-info endpoint would) says of a token: its user and app, or STS's error. */
export type AmazonTokenInfo = { ok: true; userId: string; appId: string; exp: number } | { ok: false; error: { code: string; message: string } };

export async function amazonTokenInfo(sealKey: SealKey, token: string, nowMs: number): Promise<AmazonTokenInfo> {
  try {
    const t = await openAmazonAccessToken(sealKey, token, nowMs);
    return { ok: true, userId: t.userId, appId: t.appId, exp: t.exp };
  } catch (e) {
    if (isStsError(e)) return { ok: false, error: { code: e.code, message: e.message } };
    throw e;
  }
}
