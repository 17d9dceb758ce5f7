/**
 * A Login-with-Amazon-style OAuth provider (ProviderId `www.amazon.com`): opaque `Atza|…` access tokens
 * that only the sandbox can read, AES-GCM sealed JSON. Real STS asks Amazon about such a token; the
 * sandbox opens it with the key it sealed it with.
 */
import { fromBase64Url, toBase64Url } from '../../inspect/encoding';
import { stsError } from '../core/errors';

export interface AmazonAccessTokenFacts {
  /** `amzn1.account.…`: SubjectFromWebIdentityToken and `www.amazon.com:user_id`. */
  userId: string;
  /** The app (client) ID: Audience and `www.amazon.com:app_id`. */
  appId: string;
  /** Expiry, epoch seconds. */
  exp: number;
}

const PREFIX = 'Atza|';
// Domain separation: the same AES key may seal other things (session tokens), which must never open as this.
const AAD = new TextEncoder().encode('sts-workbench/login-with-amazon/v1');
const IV_BYTES = 12;

export async function mintAmazonAccessToken(
  sealKey: CryptoKey,
  opts: { userId: string; appId: string; lifetimeSeconds: number },
  nowMs: number,
): Promise<string> {
  const exp = Math.floor(nowMs / 1000) + opts.lifetimeSeconds;
  const body = new TextEncoder().encode(JSON.stringify({ v: 1, uid: opts.userId, app: opts.appId, exp }));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: AAD }, sealKey, body));
  const out = new Uint8Array(IV_BYTES + sealed.length);
  out.set(iv);
  out.set(sealed, IV_BYTES);
  return PREFIX + toBase64Url(out);
}

/** What Amazon answers for a token it does not know (as STS relays Facebook's answer, reference §5.3). */
const rejected = () => stsError('IDPRejectedClaim', 'www.amazon.com: www.amazon.com responded with HTTP/1.1 400 Bad Request');

/** Opens a sandbox `Atza|` token; throws IDPRejectedClaim for an unknown or altered token, ExpiredTokenException when expired. */
export async function openAmazonAccessToken(sealKey: CryptoKey, token: string, nowMs: number): Promise<AmazonAccessTokenFacts> {
  const text = token.trim().replace(/^Atza%7C/i, PREFIX);
  if (!text.startsWith(PREFIX)) throw rejected();
  const bytes = fromBase64Url(text.slice(PREFIX.length));
  if (!bytes || bytes.length <= IV_BYTES + 16) throw rejected();
  let plain: ArrayBuffer;
  try {
    plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.slice(0, IV_BYTES), additionalData: AAD },
      sealKey,
      bytes.slice(IV_BYTES),
    );
  } catch {
    throw rejected();
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw rejected();
  }
  const b = body as { v?: unknown; uid?: unknown; app?: unknown; exp?: unknown };
  if (b.v !== 1 || typeof b.uid !== 'string' || typeof b.app !== 'string' || typeof b.exp !== 'number') throw rejected();
  const now = Math.floor(nowMs / 1000);
  if (b.exp <= now) {
    throw stsError('ExpiredTokenException', `Token expired: current date/time ${now} must be before the expiration date/time${b.exp}`);
  }
  return { userId: b.uid, appId: b.app, exp: b.exp };
}
