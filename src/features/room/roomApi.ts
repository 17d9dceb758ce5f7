/**
 * The instructor page's calls to the sandbox server's room controls (src/sandbox/routes.md). The
 * instructor token goes in the Authorization header only, never in a URL; it lives in the page's
 * memory and is gone on reload.
 */
import { englishOf, type Words } from '../../kernel/message';
import { controlErrorMessage } from '../../state/controlErrors';
import type { ControlAnswer } from '../../sandbox/controls/route-table';

/** A refused or failed room call: `text` is the workbench's own explanation, or the server's error message as it sent it. */
export class RoomError extends Error {
  constructor(
    readonly status: number,
    readonly text: Words,
  ) {
    super(englishOf(text));
  }
}

async function instructorCall<T>(token: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: { accept: 'application/json', authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    cache: 'no-store',
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new RoomError(res.status, /*i18n*/ { id: 'room.notJson', message: 'The server answered HTTP {status} with something that is not JSON: is this page served by {command}?', values: { status: res.status, command: 'npm start -- --workshop N' }, verbatim: ['command'] });
  }
  if (!res.ok) {
    const error = (parsed as { error?: { code?: string; message?: string } }).error;
    throw new RoomError(res.status, controlErrorMessage(error?.code ?? `HTTP ${res.status}`, error?.message ?? `HTTP ${res.status}`));
  }
  return parsed as T;
}

export const readRoom = (token: string) => instructorCall<ControlAnswer<'GET /_sandbox/room'>>(token, 'GET', '/_sandbox/room');

export const makeLinks = (token: string, attendees?: string[]) =>
  instructorCall<ControlAnswer<'POST /_sandbox/room/links'>>(token, 'POST', '/_sandbox/room/links', attendees ? { attendees } : {});

/** "first-assume-role: call, check-arn" per lab, in the order the labs were first reported. */
export function progressLines(completed: Record<string, Record<string, string>>): string[] {
  return Object.entries(completed).map(([lab, steps]) => `${lab}: ${Object.entries(steps).sort((a, b) => a[1].localeCompare(b[1])).map(([step]) => step).join(', ')}`);
}
