/**
 * The page's sign-in as an attendee of a room (`npm start -- --workshop N`), held in memory only:
 * the ticket the sandbox server gave in exchange for the link's one-time code. It travels as the
 * sandbox-only header `x-sandbox-attendee` on requests to the sandbox server this page came from
 * (its controls, and the unsigned SAML and web-identity calls), never to AWS or another endpoint. A
 * reload forgets it: the attendee asks for a new link.
 */
import { ATTENDEE_HEADER } from '../sandbox/room/attendee-header';

let ticket: string | null = null;

export function signInAsAttendee(newTicket: string): void {
  ticket = newTicket;
}

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
