/**
 * Shared expectations about STS output: key IDs that decode to an account (reference §11), the
 * credential formats of §3.1, dotted key paths of a result, and the SAML NameQualifier of §3.5.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { BotoResult } from './clients';

/** Reference §11, implemented here independently of the sandbox. */
export function accountOfKeyId(keyId: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let v = 0n;
  for (const ch of keyId.slice(4)) {
    const idx = alphabet.indexOf(ch);
    if (idx < 0) throw new Error(`key ID is not base32 after its prefix: ${ch}`);
    v = (v << 5n) | BigInt(idx);
  }
  const first6 = v >> 32n; // 80 bits → the top 48
  const account = (first6 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, '0');
}

export const EXPIRATION_WIRE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/**
 * Temporary credentials as STS issues them. `expiration` is the wire text (CLI v1 prints it as
 * received); pass `wire: false` for SDK-parsed values.
 */
export function expectTemporaryCredentials(c: unknown, account: string, opts: { wire?: boolean } = {}): void {
  const creds = c as Record<string, unknown>;
  expect(creds, 'Credentials').toBeTypeOf('object');
  const keyId = String(creds.AccessKeyId);
  expect(keyId, 'AccessKeyId is ASIA + 16 base32 characters').toMatch(/^ASIA[A-Z2-7]{16}$/);
  expect(accountOfKeyId(keyId), 'AccessKeyId decodes to the account').toBe(account);
  // Booleans, so a failure never prints the secret.
  expect(/^[A-Za-z0-9+/]{40}$/.test(String(creds.SecretAccessKey)), 'SecretAccessKey is 40 base64-like characters').toBe(true);
  expect(String(creds.SessionToken ?? '').length, 'SessionToken present').toBeGreaterThan(20);
  if (opts.wire !== false) expect(String(creds.Expiration), 'Expiration is ISO 8601 UTC, second precision, Z').toMatch(EXPIRATION_WIRE);
}

/** Leaf paths of a JSON object, dotted ("Credentials.AccessKeyId"). */
export function dottedKeys(obj: unknown, prefix = ''): string[] {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return prefix ? [prefix] : [];
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) => dottedKeys(v, prefix ? `${prefix}.${k}` : k));
}

export function get(obj: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Base64(SHA1(Issuer + AccountId + "/" + ProviderName)), reference §3.5. */
export function samlNameQualifier(issuer: string, account: string, providerName: string): string {
  return createHash('sha1').update(`${issuer}${account}/${providerName}`, 'utf8').digest('base64');
}

/** Seconds between now (per `nowIso`) and an expiration given in any ISO form. */
export function secondsUntil(expiration: string, nowIso: string): number {
  return Math.round((Date.parse(expiration) - Date.parse(nowIso)) / 1000);
}

/** The sandbox's explanation of a denial: the encoded authorization message of its sandbox-only header. */
export const sandboxAuthorizationMessage = (r: BotoResult | undefined): string | undefined => r?.sandboxHeaders?.['x-sandbox-authorization-message'];

/** A boto3 case that failed with this code and HTTP status (and message: exact text, or a pattern). */
export function expectStsError(r: BotoResult | undefined, code: string, status: number, message?: string | RegExp): void {
  expect(r?.crash).toBeUndefined();
  expect(r?.ok, r?.ok ? 'unexpectedly succeeded' : undefined).toBe(false);
  expect(r?.error?.Code, r?.error?.Message).toBe(code);
  expect(r?.status).toBe(status);
  if (typeof message === 'string') expect(r?.error?.Message).toBe(message);
  else if (message) expect(r?.error?.Message).toMatch(message);
}

/** A lifetime in seconds close to `expected` (issue took a moment; never longer). */
export function expectAbout(seconds: number, expected: number): void {
  expect(seconds).toBeGreaterThan(expected - 120);
  expect(seconds).toBeLessThanOrEqual(expected + 5);
}
