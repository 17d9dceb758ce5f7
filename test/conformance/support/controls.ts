/**
 * The sandbox-only controls under /_sandbox/ (src/sandbox/routes.md), called over plain HTTP:
 * minting SAML responses, OIDC tokens, Login-with-Amazon tokens, trade-in tokens and practice
 * denials, and reading / advancing the sandbox clock.
 */
import { createHmac } from 'node:crypto';

async function control<T>(url: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method,
    ...(body !== undefined ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

export interface ClockState {
  offsetSeconds: number;
  nowIso: string;
  realNowIso: string;
}

export const getClock = (url: string) => control<ClockState>(url, 'GET', '/_sandbox/clock');
export const advanceClock = (url: string, seconds: number) => control<ClockState>(url, 'POST', '/_sandbox/clock', { advanceSeconds: seconds });
export const sandboxInfo = (url: string) => control<Record<string, unknown>>(url, 'GET', '/_sandbox/info');

export interface SamlMintOptions {
  account?: string;
  provider?: string;
  subject?: string;
  nameIdFormat?: string;
  roles?: { roleArn: string; principalArn?: string }[];
  sessionName?: string | null;
  sessionDurationSeconds?: number;
  lifetimeSeconds?: number;
  recipient?: string;
  audience?: string;
  principalTags?: Record<string, string>;
  transitiveTagKeys?: string[];
  sourceIdentity?: string;
  sign?: 'response' | 'assertion' | 'both' | 'none';
  roleOrder?: 'role-first' | 'provider-first';
  faults?: { expired?: boolean; wrongRecipient?: boolean; wrongIssuer?: boolean; tamperAfterSigning?: boolean; missingSessionName?: boolean };
}

export const mintSaml = (url: string, opts: SamlMintOptions = {}) =>
  control<{ samlResponse: string; xml: string; expiresAt: string }>(url, 'POST', '/_sandbox/saml/mint', opts);

export interface OidcMintOptions {
  issuer?: string;
  sub?: string;
  aud?: string | string[];
  azp?: string;
  claims?: Record<string, unknown>;
  lifetimeSeconds?: number;
  principalTags?: Record<string, string>;
  transitiveTagKeys?: string[];
  sourceIdentity?: string;
  faults?: { expired?: boolean; wrongAudience?: boolean; wrongIssuer?: boolean; badSignature?: boolean; nonIntegerExp?: boolean; unknownKid?: boolean };
}

export const mintOidc = (url: string, opts: OidcMintOptions = {}) => control<{ token: string; expiresAt: string }>(url, 'POST', '/_sandbox/oidc/mint', opts);

export const amazonToken = (url: string, opts: { userId?: string; appId?: string; lifetimeSeconds?: number } = {}) =>
  control<{ access_token: string; expires_in: number }>(url, 'POST', '/_sandbox/oauth/amazon/token', opts);

export const delegationToken = (url: string, opts: { account?: string; roleName?: string; partnerAccountId?: string; lifetimeSeconds?: number } = {}) =>
  control<{ tradeInToken: string; expiresAt: string }>(url, 'POST', '/_sandbox/delegation', opts);

export const practiceDenial = (url: string, opts: { action?: string; resource?: string; principalArn?: string } = {}) =>
  control<{ encodedMessage: string; errorText: string }>(url, 'POST', '/_sandbox/authorization-message', opts);

// ---------------------------------------------------------------- TOTP (RFC 6238), our own implementation

function base32Decode(s: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of s.replace(/=+$/, '').toUpperCase()) {
    const idx = alphabet.indexOf(ch);
    if (idx < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export function totpAt(seedBase32: string, unixSeconds: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac('sha1', base32Decode(seedBase32)).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

/**
 * A TOTP code for the sandbox clock's "now" (real time plus the sandbox offset). When the current
 * 30-second step is about to end, it waits for the next one so the code cannot go stale in flight.
 */
export async function sandboxTotp(url: string, seedBase32: string): Promise<string> {
  const { offsetSeconds } = await getClock(url);
  let now = Date.now() / 1000 + offsetSeconds;
  const left = 30 - (now % 30);
  if (left < 6) {
    await new Promise((r) => setTimeout(r, (left + 0.5) * 1000));
    now = Date.now() / 1000 + offsetSeconds;
  }
  return totpAt(seedBase32, now);
}

export const DEV_ADMIN_MFA = { serialNumber: 'arn:aws:iam::123456789012:mfa/DevAdmin', seed: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' };
