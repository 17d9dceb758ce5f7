import { describe, expect, it } from 'vitest';
import { platformRuntime } from '../core/runtime';
import { issueTicket, openTicket } from './tickets';

const runtime = platformRuntime();
const key = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

describe("an attendee's ticket", () => {
  it('opens as the attendee it was issued for, and only in its canonical spelling', async () => {
    const k = await key();
    const { ticket } = await issueTicket(k, runtime, 'attendee-07');
    expect(await openTicket(k, runtime, ticket)).toBe('attendee-07');
    // Every other last character: most change the sealed bytes, the rest only the unused trailing bits.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (const c of alphabet) {
      if (c === ticket.at(-1)) continue;
      expect(await openTicket(k, runtime, ticket.slice(0, -1) + c)).toBeNull();
    }
    expect(await openTicket(k, runtime, `${ticket}=`)).toBeNull();
    expect(await openTicket(k, runtime, `${ticket}A`)).toBeNull();
  });

  it('does not open with another sandbox key, nor after its twelve hours', async () => {
    const { ticket } = await issueTicket(await key(), runtime, 'attendee-01');
    expect(await openTicket(await key(), runtime, ticket)).toBeNull();
    const k = await key();
    const fresh = await issueTicket(k, runtime, 'attendee-01');
    expect(await openTicket(k, { nowMs: () => fresh.expiresAtMs }, fresh.ticket)).toBeNull();
    expect(await openTicket(k, { nowMs: () => fresh.expiresAtMs - 1 }, fresh.ticket)).toBe('attendee-01');
  });
});
