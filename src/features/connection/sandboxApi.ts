/**
 * Talking to the sandbox's own controls (/_sandbox/…, src/sandbox/routes.md), whether the sandbox is
 * the server this page came from or the one started inside the page. Both answer the same
 * SandboxRequest → SandboxResponse contract; this module hides which one is in use.
 */
import { SandboxControlError } from '../../state/controlErrors';
import { controlTarget, type ControlAnswer, type ControlName, type ControlRequest, type SandboxInfo } from '../../sandbox/controls/route-table';
import type { InPageSandboxState } from '../../sandbox/in-page';
import type { InPageSandbox } from '../../sts/in-page-handler';
import { inPageEditsLost, noteInPageEdits } from './inPageEditsMarker';
import { attendeeHeaders, isSignedInAsAttendee, signInAsAttendee, signOutAttendee, takeJoinCodeFromLocation } from '../../sts/room-session';
import { askForInfo, takeEarlyInfo } from '../../sts/early-info';

export type { ClockState, SandboxInfo } from '../../sandbox/controls/route-table';

export interface SandboxConnection {
  mode: 'server' | 'in-page';
  /** Present for the in-page sandbox: the SDK's request handler hands requests to it. */
  inPage: InPageSandbox | null;
  info: SandboxInfo;
  /** The in-page sandbox's secrets, clock and live edits, for the encrypted vault (absent for the server). */
  persistable?: () => InPageSandboxState;
  /** A new in-page sandbox after a reload: the ARNs whose live edits the page before had (now gone). */
  editsLost?: string[];
}

function parseAnswer<T>(status: number, body: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new SandboxControlError(status, 'NotJson', `The sandbox answered with something that is not JSON (HTTP ${status}).`);
  }
  if (status >= 400) {
    const err = (parsed as { error?: { code?: string; message?: string } }).error;
    throw new SandboxControlError(status, err?.code ?? 'Error', err?.message ?? `HTTP ${status}`);
  }
  return parsed as T;
}

/** A control's arguments: its request fields, optional when the route takes none that are required. */
type RequestArgs<K extends ControlName> = Record<string, never> extends ControlRequest<K> ? [request?: ControlRequest<K>] : [request: ControlRequest<K>];

/** Calls a control by its request line ('GET /_sandbox/clock'), on whichever sandbox is in use: the answer is typed by the table. */
export function callControl<K extends ControlName>(conn: Pick<SandboxConnection, 'mode' | 'inPage'>, route: K, ...[request]: RequestArgs<K>): Promise<ControlAnswer<K>> {
  const { method, target } = controlTarget(route, request);
  return sandboxCall<ControlAnswer<K>>(conn, method, target, method === 'POST' ? (request ?? {}) : undefined);
}

/** The GET controls, whose body may be read as text as sent (the SAML IdP's metadata XML, the JWKS to show). */
export type GetControlName = Extract<ControlName, `GET ${string}`>;

/** Reads a GET control's body as text ('GET /_sandbox/saml/metadata') from whichever sandbox is in use. */
export async function controlText(conn: Pick<SandboxConnection, 'mode' | 'inPage'>, route: GetControlName): Promise<string> {
  const { target } = controlTarget(route, undefined);
  if (conn.inPage) {
    const res = await conn.inPage.handle({ method: 'GET', url: target, headers: { host: location.host }, body: new Uint8Array() });
    if (res.status >= 400) throw new Error(`The sandbox answered HTTP ${res.status} for ${target}.`);
    return res.body;
  }
  const res = await fetch(target, { cache: 'no-store' });
  if (!res.ok) throw new Error(`The sandbox answered HTTP ${res.status} for ${target}.`);
  return res.text();
}

/** Calls a /_sandbox/ control by method and path on whichever sandbox is in use (callControl is the typed way). */
export async function sandboxCall<T>(conn: Pick<SandboxConnection, 'mode' | 'inPage'>, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const text = body === undefined ? '' : JSON.stringify(body);
  if (conn.inPage) {
    const res = await conn.inPage.handle({
      method,
      url: path,
      headers: { 'content-type': 'application/json', host: location.host },
      body: new TextEncoder().encode(text),
    });
    return parseAnswer<T>(res.status, res.body);
  }
  const res = await fetch(path, {
    method,
    headers: { ...(body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' }), ...attendeeHeaders() },
    body: body === undefined ? undefined : text,
    cache: 'no-store',
  });
  return parseAnswer<T>(res.status, await res.text());
}

function looksLikeSandboxInfo(value: unknown): value is SandboxInfo {
  return typeof value === 'object' && value !== null && Array.isArray((value as SandboxInfo).accounts);
}

/**
 * Finds the sandbox: the server this page came from (GET /_sandbox/info), or else (a plain static
 * server, the Vite dev server) a sandbox started inside the page, loaded on demand.
 */
export async function discoverSandbox(): Promise<SandboxConnection> {
  await joinRoomFromLink();
  try {
    // Asked for already by the page's first script (src/app/early.ts) when the page has just opened.
    let res = await (takeEarlyInfo() ?? askForInfo());
    if (res.status === 401 && isSignedInAsAttendee()) {
      // A ticket kept from before the reload that the server no longer takes (expired, a restarted
      // room): forget it and go on as the sandbox's own user; the attendee asks for a new link.
      signOutAttendee();
      res = await askForInfo();
    }
    const type = res.headers.get('content-type') ?? '';
    if (res.ok && type.includes('json')) {
      const info: unknown = await res.json();
      if (looksLikeSandboxInfo(info)) return { mode: 'server', inPage: null, info };
    }
  } catch {
    /* no server sandbox: fall through to the in-page one */
  }
  return startInPage();
}

/**
 * Opened from an attendee link (`/#join=CODE`): trades the one-time code for the attendee's ticket
 * (POST /_sandbox/room/join), kept for this tab (src/sts/room-session.ts), so the sandbox's info then names the attendee's own
 * user as the one to sign with. A code that is no good stops here with the server's reason.
 */
async function joinRoomFromLink(): Promise<void> {
  const code = takeJoinCodeFromLocation(location, (url) => history.replaceState(history.state, '', url));
  if (code === null) return;
  const joined = await callControl({ mode: 'server', inPage: null }, 'POST /_sandbox/room/join', { code });
  signInAsAttendee(joined.ticket);
}

/** An in-page sandbox: new, or the one a saved state describes (its sessions work again). */
async function startInPage(state?: InPageSandboxState): Promise<SandboxConnection> {
  const { inPageSandboxState, startInPageSandbox } = await import('../../sandbox/in-page');
  const inPage = await startInPageSandbox(state);
  const info = await callControl({ mode: 'in-page', inPage }, 'GET /_sandbox/info');
  const editsLost = inPageEditsLost(info.edits);
  noteInPageEdits(info.edits);
  return { mode: 'in-page', inPage, info, persistable: () => inPageSandboxState(inPage), ...(editsLost.length ? { editsLost } : {}) };
}

/** The in-page sandbox of an earlier visit, from the vault; null when `saved` is not a state it can use. */
export async function reviveInPageSandbox(saved: unknown): Promise<SandboxConnection | null> {
  const { readInPageSandboxState } = await import('../../sandbox/in-page');
  const state = await readInPageSandboxState(saved);
  if (!state) return null;
  try {
    return await startInPage(state);
  } catch {
    return null; // keys that do not import (a damaged vault): a fresh sandbox stays in use
  }
}
