/**
 * Encoded authorization messages: the sandbox's denials carry one, DecodeAuthorizationMessage opens
 * only those this sandbox sealed (reference §10). The text is base64url, like AWS's opaque form.
 */
import { deflateRaw, inflateRaw } from '../../kernel/compress';
import { fromBase64, fromBase64Url, fromUtf8, toBase64, toBase64Url, utf8 } from '../../kernel/encoding';
import type { AuthorizationMessage } from '../../policy/authorization-message';
import type { SandboxEnv } from '../env';
import { seal, unseal } from '../session/seal';

/** How long an encoded message can be decoded, on the sandbox clock. */
const AUTHORIZATION_MESSAGE_LIFETIME_SECONDS = 24 * 3600;

interface SealedMessage {
  exp: number;
  /** The message's JSON, raw-DEFLATE compressed, in base64: a trace's sentences repeat a lot, and it rides in a header. */
  z: string;
}

/**
 * Seals the message under a fresh nonce. A text that begins with "-" is sealed again: pasted after
 * `--encoded-message`, the AWS CLI would read it as an option and stop with a usage error (1 text in 64).
 */
export async function encodeAuthorizationMessage(env: SandboxEnv, message: unknown): Promise<string> {
  const z = toBase64(await deflateRaw(utf8(JSON.stringify(message))));
  const payload: SealedMessage = { exp: env.clock.nowSeconds() + AUTHORIZATION_MESSAGE_LIFETIME_SECONDS, z };
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
  if (!payload || typeof payload.exp !== 'number' || typeof payload.z !== 'string') return { ok: false, reason: 'foreign' };
  if (payload.exp <= env.clock.nowSeconds()) return { ok: false, reason: 'expired' };
  // Sealed by this sandbox's key, so the compressed JSON is its own: it inflates and parses.
  const compressed = fromBase64(payload.z);
  const json = compressed && (await inflateRaw(compressed));
  if (!json) return { ok: false, reason: 'foreign' };
  return { ok: true, message: JSON.parse(fromUtf8(json)) as unknown };
}

/**
 * A denial's explanation rides in a response header, and Node's HTTP clients (llhttp) refuse a response whose
 * headers pass 16 KB, failing the call with a network error instead of AccessDenied. The encoded explanation
 * stays under this many characters, leaving room for the other headers.
 */
export const MAX_EXPLANATION_CHARS = 8192;

/**
 * The explanation, whole when it fits; else it sheds detail in this order until it does: the translatable
 * Messages (the workbench then shows the English), the statements that did not decide, then every statement
 * (the summary stays, naming what decided or came closest).
 */
export async function encodeExplanation(env: SandboxEnv, message: AuthorizationMessage): Promise<string> {
  const trace = message.sandboxTrace;
  const english = { ...trace, messages: { summary: trace.messages.summary, statements: [] } };
  const shapes: AuthorizationMessage['sandboxTrace'][] = [trace, english, { ...english, statements: trace.statements.filter((s) => s.deciding) }, { ...english, statements: [] }];
  let encoded = '';
  for (const sandboxTrace of shapes) {
    encoded = await encodeAuthorizationMessage(env, { ...message, sandboxTrace });
    if (encoded.length <= MAX_EXPLANATION_CHARS) break;
  }
  return encoded;
}
