/**
 * The page's sign-in as an attendee of a room (`npm start -- --workshop N`): the ticket the sandbox
 * server gave in exchange for the link's one-time code. It travels as the sandbox-only header
 * `x-sandbox-attendee` on requests to the sandbox server this page came from (its controls, and the
 * unsigned SAML and web-identity calls), never to AWS or another endpoint.
 *
 * The ticket is kept in this tab's sessionStorage so a reload keeps the attendee signed in: it is
 * never in a URL, leaves with the tab, is not shared with other tabs or windows, and is not an AWS
 * secret (the attendee's keys are fetched again from GET /_sandbox/info with it, and live in memory).
 * Its exposure is the page's own script (what the strict CSP guards) for the ticket's 12 hours.
 * A cookie was not chosen: it would travel with every request to the origin, cross-tab, and need
 * CSRF defences on the controls; the header is sent only where the workbench means to.
 */
import { ATTENDEE_HEADER } from '../sandbox/room/attendee-header';

export const ATTENDEE_TICKET_STORAGE_KEY = 'stsw.attendeeTicket';

/** Sealed tickets are base64url, at most 512 characters (src/sandbox/room/tickets.ts). */
const TICKET_SHAPE = /^[A-Za-z0-9_-]{16,512}$/;

function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // storage disabled: the sign-in lasts for this page only
  }
}

function storedTicket(): string | null {
  try {
    const t = tabStorage()?.getItem(ATTENDEE_TICKET_STORAGE_KEY) ?? null;
    return t && TICKET_SHAPE.test(t) ? t : null;
  } catch {
    return null;
  }
}

let ticket: string | null = storedTicket();

export function signInAsAttendee(newTicket: string): void {
  ticket = newTicket;
  try {
    tabStorage()?.setItem(ATTENDEE_TICKET_STORAGE_KEY, newTicket);
  } catch {
    /* storage full or disabled: signed in for this page only */
  }
}

/** Forgets the sign-in (a ticket the server no longer accepts: expired, or another room's). */
export function signOutAttendee(): void {
  ticket = null;
  try {
    tabStorage()?.removeItem(ATTENDEE_TICKET_STORAGE_KEY);
  } catch {
    /* nothing kept */
  }
}

/** Whether this page is signed in as an attendee. */
export const isSignedInAsAttendee = (): boolean => ticket !== null;

/** The header to add to a request to the sandbox server, or none when the page is not an attendee's. */
export function attendeeHeaders(): Record<string, string> {
  return ticket ? { [ATTENDEE_HEADER]: ticket } : {};
}

/**
 * The one-time join code of an attendee link (`…/#join=CODE`), removed from the address bar at once
 * so it is neither bookmarked nor left in the history; null when the page was not opened from one.
 */
export function takeJoinCodeFromLocation(loc: Pick<Location, 'hash' | 'pathname' | 'search'>, replace: (url: string) => void): string | null {
  const match = /^#join=([0-9A-Za-z-]{1,32})$/.exec(loc.hash);
  if (!match) return null;
  replace(`${loc.pathname}${loc.search}`);
  return match[1] ?? null;
}

/**
 * Reports a lab step this attendee completed to the sandbox server (POST /_sandbox/room/progress),
 * so the instructor page shows it. Does nothing when the page is not signed in as an attendee; a
 * failure to report never disturbs the lab (the step stays completed in this browser).
 */
export async function reportLabStep(labId: string, stepId: string): Promise<boolean> {
  if (!ticket) return false;
  try {
    const res = await fetch('/_sandbox/room/progress', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...attendeeHeaders() },
      body: JSON.stringify({ labId, stepId }),
      cache: 'no-store',
    });
    return res.ok;
  } catch {
    return false;
  }
}
