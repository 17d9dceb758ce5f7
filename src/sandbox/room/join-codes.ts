/**
 * One-time join codes: how an attendee's link signs the workbench in without a secret in any URL.
 * The instructor page asks for a code per attendee and puts it in the link's fragment (never sent to
 * a server, never in a log); the page trades it once (POST /_sandbox/room/join) for the attendee's
 * keys and ticket, which then live in the page's memory only. Codes are single-use and expire; only
 * their SHA-256 is stored, in the host's shared store, so any server process sharing the state
 * directory can redeem a code another one issued, and only once.
 */
import { sha256, toHex } from '../../kernel/encoding';
import { isPlainObject } from '../../policy/lists';
import type { SandboxRuntime } from '../core/runtime';
import type { RecordStore } from './record-store';

/** attendee id → the hash of its one live code and when it expires (real time, ms). */
export type JoinCodes = Record<string, { sha256: string; expiresAtMs: number }>;

/** A class's length: long enough to hand the links out before it starts, short enough that a leaked old link is dead. */
export const JOIN_CODE_LIFETIME_MS = 4 * 3600_000;
/** Crockford's base32: no I, L, O or U to misread when a code is typed from a projector. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

const hashOf = async (runtime: Pick<SandboxRuntime, 'subtle'>, code: string) => toHex(await sha256(runtime.subtle, `sts-workbench/join-code/${code}`));

/** A new code for the attendee (50 random bits, `XXXXX-XXXXX`); it replaces the attendee's previous one. */
export async function issueJoinCode(store: RecordStore<JoinCodes>, runtime: Pick<SandboxRuntime, 'subtle' | 'randomBytes' | 'nowMs'>, attendeeId: string): Promise<{ code: string; expiresAtMs: number }> {
  const chars = [...runtime.randomBytes(10)].map((b) => ALPHABET[b & 31]).join('');
  const code = `${chars.slice(0, 5)}-${chars.slice(5)}`;
  const hash = await hashOf(runtime, code);
  const expiresAtMs = runtime.nowMs() + JOIN_CODE_LIFETIME_MS;
  await store.update((codes) => {
    const now = runtime.nowMs();
    const live = Object.fromEntries(Object.entries(codes).filter(([, c]) => c.expiresAtMs > now));
    return { ...live, [attendeeId]: { sha256: hash, expiresAtMs } };
  });
  return { code, expiresAtMs };
}

/** The attendee the code belongs to, consuming it; null for a code that is malformed, unknown, used or expired. */
export async function redeemJoinCode(store: RecordStore<JoinCodes>, runtime: Pick<SandboxRuntime, 'subtle' | 'nowMs'>, code: unknown): Promise<string | null> {
  if (typeof code !== 'string') return null;
  const normal = code.trim().toUpperCase();
  if (!CODE.test(normal)) return null;
  const hash = await hashOf(runtime, normal);
  let attendee: string | null = null;
  // Read, match and delete under the store's lock: two processes cannot both redeem one code.
  await store.update((codes) => {
    const match = Object.entries(codes).find(([, c]) => c.sha256 === hash);
    if (!match || match[1].expiresAtMs <= runtime.nowMs()) return codes;
    attendee = match[0];
    const { [match[0]]: _used, ...rest } = codes;
    return rest;
  });
  return attendee;
}

export function readJoinCodes(value: unknown): JoinCodes | null {
  if (!isPlainObject(value)) return null;
  for (const c of Object.values(value)) if (!isPlainObject(c) || typeof c.sha256 !== 'string' || typeof c.expiresAtMs !== 'number') return null;
  return value as JoinCodes;
}
