/**
 * The sandbox server's GET /_sandbox/info, asked for by the page's first script (src/app/early.ts, a few
 * hundred bytes) while the workbench's own code is still on its way. The first screen waits for this
 * answer (src/app/main.tsx); on a phone's slow network it is then already there when the workbench
 * starts, instead of one more round trip later. The workbench takes it once (`takeEarlyInfo`); any later
 * look at the sandbox asks again (`askForInfo`).
 */
import { controlTarget } from '../sandbox/controls/route-table';
import { attendeeHeaders } from './room-session';

const SANDBOX_INFO_PATH = controlTarget('GET /_sandbox/info').target;

/** GET /_sandbox/info as this page asks for it: JSON, never from a cache, as the attendee when signed in. */
export function askForInfo(): Promise<Response> {
  return fetch(SANDBOX_INFO_PATH, { headers: { accept: 'application/json', ...attendeeHeaders() }, cache: 'no-store' });
}

let early: Promise<Response> | null = null;

/**
 * Asks at once, unless the page will not want the answer as it starts: an attendee link (the one-time
 * code is traded for a ticket first, and the info is asked for with it) or the instructor's page.
 */
export function askForInfoEarly(hash: string): void {
  if (/^#(join=|instructor$)/.test(hash)) return;
  early = askForInfo();
  // No server (a static host, the dev server): the workbench sees the failure when it takes the answer.
  early.catch(() => undefined);
}

/** The answer asked for early, once; null when none was asked for or it was taken already. */
export function takeEarlyInfo(): Promise<Response> | null {
  const answer = early;
  early = null;
  return answer;
}
