/**
 * Encoded authorization messages: the sandbox's denials carry one, DecodeAuthorizationMessage opens
 * only those this sandbox sealed (reference §10). The text is base64url, like AWS's opaque form.
 */
import { fromBase64Url, toBase64Url } from '../../kernel/encoding';
import type { SandboxEnv } from '../env';
import { seal, unseal } from '../session/seal';

/** How long an encoded message can be decoded, on the sandbox clock. */
const AUTHORIZATION_MESSAGE_LIFETIME_SECONDS = 24 * 3600;

interface SealedMessage {
  exp: number;
  message: unknown;
}

/**
 * Seals the message under a fresh nonce. A text that begins with "-" is sealed again: pasted after
 * `--encoded-message`, the AWS CLI would read it as an option and stop with a usage error (1 text in 64).
 */
export async function encodeAuthorizationMessage(env: SandboxEnv, message: unknown): Promise<string> {
  const payload: SealedMessage = { exp: env.clock.nowSeconds() + AUTHORIZATION_MESSAGE_LIFETIME_SECONDS, message };
  for (;;) {
    const text = toBase64Url(await seal(env.secrets.sealKey, 'authorization-message', payload, env.runtime.randomBytes(12)));
    if (!text.startsWith('-')) return text;
  }
}

export type DecodedAuthorizationMessage = { ok: true; message: unknown } | { ok: false; reason: 'alphabet' | 'length' | 'foreign' | 'expired' };

const BASE64URL_TEXT = /^[A-Za-z0-9_-]*$/;

export async function decodeAuthorizationMessage(env: SandboxEnv, encoded: string): Promise<DecodedAuthorizationMessage> {
  const text = encoded.trim();
  if (!BASE64URL_TEXT.test(text)) return { ok: false, reason: 'alphabet' };
  const bytes = fromBase64Url(text);
  if (!bytes) return { ok: false, reason: 'length' };
  const payload = (await unseal(env.secrets.sealKey, 'authorization-message', bytes)) as SealedMessage | null;
  if (!payload || typeof payload.exp !== 'number') return { ok: false, reason: 'foreign' };
  if (payload.exp <= env.clock.nowSeconds()) return { ok: false, reason: 'expired' };
  return { ok: true, message: payload.message };
}
