/**
 * An attendee's ticket: what the workbench sends, as the sandbox-only request header
 * `x-sandbox-attendee`, to say which attendee of the room it is signed in as, for the requests that
 * carry no credentials of the attendee (the sandbox controls, unsigned SAML and web-identity calls).
 * Sealed with the sandbox key like session tokens, so any server process sharing the state
 * directory reads it and no table of sign-ins exists. Real time, not the attendee's sandbox clock:
 * advancing one's clock must not sign one out.
 */
import { fromCanonicalBase64Url, toBase64Url } from '../../kernel/encoding';
import type { SandboxRuntime } from '../core/runtime';
import { seal, unseal, type SealKey } from '../session/seal';

/** A workshop day. */
const TICKET_LIFETIME_MS = 12 * 3600_000;

export async function issueTicket(key: SealKey, runtime: Pick<SandboxRuntime, 'nowMs' | 'randomBytes'>, attendeeId: string): Promise<{ ticket: string; expiresAtMs: number }> {
  const expiresAtMs = runtime.nowMs() + TICKET_LIFETIME_MS;
  return { ticket: toBase64Url(await seal(key, 'attendee-ticket', { a: attendeeId, exp: expiresAtMs }, runtime.randomBytes(12))), expiresAtMs };
}

/** The attendee id the ticket names, or null for anything that is not a live ticket of this sandbox. */
export async function openTicket(key: SealKey, runtime: Pick<SandboxRuntime, 'nowMs'>, ticket: string): Promise<string | null> {
  if (ticket.length > 512) return null;
  const bytes = fromCanonicalBase64Url(ticket);
  if (!bytes) return null;
  const payload = (await unseal(key, 'attendee-ticket', bytes)) as { a?: unknown; exp?: unknown } | null;
  if (!payload || typeof payload.a !== 'string' || typeof payload.exp !== 'number' || payload.exp <= runtime.nowMs()) return null;
  return payload.a;
}
