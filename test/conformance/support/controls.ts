/**
 * The sandbox-only controls under /_sandbox/ (src/sandbox/routes.md), called over plain HTTP:
 * minting SAML responses, OIDC tokens, Login-with-Amazon tokens, trade-in tokens and practice
 * denials, and reading / advancing the sandbox clock.
 */
import { createHmac } from 'node:crypto';
import {
  CONTROL_ROUTES,
  controlTarget,
  type ControlAnswer,
  type ControlName,
  type ControlRequest,
  type OidcMintRequest,
  type SamlMintRequest,
} from '../../../src/sandbox/controls/route-table';

/** Calls a control by its name in the sandbox's route table: the path, method, request and answer types are the ones the sandbox implements. */
async function control<K extends ControlName>(url: string, name: K, request?: ControlRequest<K>): Promise<ControlAnswer<K>> {
  const { method } = CONTROL_ROUTES[name];
  const target = controlTarget(name, request);
  const res = await fetch(`${url}${target}`, {
    method,
    ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(request ?? {}) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${target} answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as ControlAnswer<K>;
}

export type SamlMintOptions = SamlMintRequest;
export type OidcMintOptions = OidcMintRequest;

export const getClock = (url: string) => control(url, 'clock');
export const advanceClock = (url: string, seconds: number) => control(url, 'advanceClock', { advanceSeconds: seconds });
export const sandboxInfo = (url: string) => control(url, 'info');
export const mintSaml = (url: string, opts: SamlMintOptions = {}) => control(url, 'samlMint', opts);
export const mintOidc = (url: string, opts: OidcMintOptions = {}) => control(url, 'oidcMint', opts);
export const amazonToken = (url: string, opts: ControlRequest<'amazonToken'> = {}) => control(url, 'amazonToken', opts);
export const delegationToken = (url: string, opts: ControlRequest<'delegation'> = {}) => control(url, 'delegation', opts);
export const practiceDenial = (url: string, opts: ControlRequest<'authorizationMessage'> = {}) => control(url, 'authorizationMessage', opts);

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
