/**
 * The controls of a sandbox user's own state and of a room (src/sandbox/routes.md):
 * live world edits with reset (every sandbox, in-page too), and for `npm start -- --workshop N` the
 * join exchange, the instructor's view and links, and the lab steps an attendee completed.
 */
import { utf8 } from '../../kernel/encoding';
import { isoSeconds } from '../protocol/serialize-success';
import type { SandboxRequest } from '../core/http';
import type { SandboxEnv, Tenancy } from '../env';
import type { Attendee, Room } from '../room/attendees';
import { issueJoinCode, redeemJoinCode } from '../room/join-codes';
import { LabProgressError, withCompletedStep } from '../room/lab-progress';
import { StateNotSavedError, type RecordStore } from '../room/record-store';
import { issueTicket } from '../room/tickets';
import { editedParts, withEdit, withoutEdits, WorldEditError } from '../room/world-edits';
import { ControlError, field } from './json';

/** A store update, with a store that cannot save answered as 503 StateNotWritable. */
async function save<T>(store: RecordStore<T>, next: (current: T) => T): Promise<void> {
  try {
    await store.update(next);
  } catch (e) {
    if (e instanceof StateNotSavedError) throw new ControlError(503, 'StateNotWritable', e.message);
    if (e instanceof WorldEditError) throw new ControlError(e.code === 'NotFound' ? 404 : 400, e.code, e.message);
    if (e instanceof LabProgressError) throw new ControlError(400, 'InvalidField', e.message);
    throw e;
  }
}

const tenancyOf = (env: SandboxEnv): Tenancy => {
  if (!env.tenancy) throw new ControlError(404, 'NotFound', 'This sandbox keeps no per-user state.');
  return env.tenancy;
};

/** A user may edit anything in the world but another attendee's IAM user. */
const mayEdit = (env: SandboxEnv) => (arn: string) => {
  const owner = env.tenancy?.attendeeOfUser(arn);
  return !owner || owner.id === env.attendee?.id;
};

/** POST /_sandbox/world/edit: lay one change over this user's world, at once. */
export async function editWorld(env: SandboxEnv, body: Record<string, unknown>): Promise<void> {
  const stores = tenancyOf(env).storage.tenant(env.attendee?.id ?? null);
  await save(stores.edits, (edits) => withEdit(edits, env.world, body, mayEdit(env)));
}

/** POST /_sandbox/world/reset: back to the world file, for one role or user (`arn`) or everything. */
export async function resetWorld(env: SandboxEnv, body: Record<string, unknown>): Promise<void> {
  const stores = tenancyOf(env).storage.tenant(env.attendee?.id ?? null);
  await save(stores.edits, (edits) => withoutEdits(edits, field.string(body, 'arn')));
}

/** Which roles and users this user has edited (for /_sandbox/info). */
export function editsOf(env: SandboxEnv): Record<string, string[]> {
  return env.tenancy ? editedParts(env.tenancy.storage.tenant(env.attendee?.id ?? null).edits.read()) : {};
}

function roomOf(env: SandboxEnv): { room: Room; tenancy: Tenancy } {
  const tenancy = tenancyOf(env);
  if (!tenancy.room) throw new ControlError(404, 'NotARoom', 'This sandbox is not running a room: start it with npm start -- --workshop N.');
  return { room: tenancy.room, tenancy };
}

/** Equal-time comparison, so the instructor token cannot be guessed a character at a time. */
function sameText(a: string, b: string): boolean {
  const x = utf8(a);
  const y = utf8(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** The instructor's controls take the token printed at start as `Authorization: Bearer …` (never in a URL). */
function requireInstructor(room: Room, req: SandboxRequest): void {
  const header = req.headers['authorization'] ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match || !sameText(match[1] ?? '', room.instructorToken)) {
    throw new ControlError(401, 'InstructorTokenRequired', 'This control is the instructor\'s: send the instructor token that npm start printed, as the header Authorization: Bearer <token>.');
  }
}

/** POST /_sandbox/room/join { code }: the one-time code traded for the attendee's keys and ticket. */
export async function joinRoom(env: SandboxEnv, body: Record<string, unknown>) {
  const { room, tenancy } = roomOf(env);
  let id: string | null = null;
  try {
    id = await redeemJoinCode(tenancy.storage.joinCodes, env.runtime, body.code);
  } catch (e) {
    if (e instanceof StateNotSavedError) throw new ControlError(503, 'StateNotWritable', e.message);
    throw e;
  }
  const attendee = room.attendees.find((a) => a.id === id);
  if (!attendee) throw new ControlError(403, 'InvalidJoinCode', 'This join code is not valid: it was already used, has expired (codes last 4 hours) or was replaced by a newer link. Ask the instructor for a new link.');
  const { ticket, expiresAtMs } = await issueTicket(env.secrets.sealKey, env.runtime, attendee.id);
  return {
    attendee: attendee.id,
    userArn: attendee.userArn,
    accessKeyId: attendee.accessKeyId,
    secretAccessKey: attendee.secretAccessKey,
    mfaSerial: attendee.mfaSerial,
    ticket,
    ticketExpiresAt: isoSeconds(new Date(expiresAtMs)),
  };
}

/** GET /_sandbox/room (instructor): every attendee, their clock, edits and completed lab steps. No secrets. */
export function roomStatus(env: SandboxEnv, req: SandboxRequest) {
  const { room, tenancy } = roomOf(env);
  requireInstructor(room, req);
  const codes = tenancy.storage.joinCodes.read();
  return {
    attendees: room.attendees.map((a: Attendee) => {
      const own = tenancy.envFor(a.id) as SandboxEnv;
      const stores = tenancy.storage.tenant(a.id);
      return {
        id: a.id,
        userArn: a.userArn,
        linkPending: (codes[a.id]?.expiresAtMs ?? 0) > env.runtime.nowMs(),
        clockOffsetSeconds: own.clock.offsetSeconds(),
        editedArns: Object.keys(editedParts(stores.edits.read())),
        completedSteps: stores.progress.read(),
      };
    }),
  };
}

/** POST /_sandbox/room/links { attendees? } (instructor): a fresh one-time code per attendee (or those listed). */
export async function roomLinks(env: SandboxEnv, req: SandboxRequest, body: Record<string, unknown>) {
  const { room, tenancy } = roomOf(env);
  requireInstructor(room, req);
  const wanted = field.strings(body, 'attendees');
  const unknown = (wanted ?? []).filter((id) => !room.attendees.some((a) => a.id === id));
  if (unknown.length) throw new ControlError(400, 'InvalidField', `Not attendees of this room: ${unknown.join(', ')}.`);
  const links = [];
  for (const a of room.attendees.filter((x) => !wanted || wanted.includes(x.id))) {
    let issued: { code: string; expiresAtMs: number };
    try {
      issued = await issueJoinCode(tenancy.storage.joinCodes, env.runtime, a.id);
    } catch (e) {
      if (e instanceof StateNotSavedError) throw new ControlError(503, 'StateNotWritable', e.message);
      throw e;
    }
    // The code goes in the fragment: browsers never send it to a server, so no log or proxy sees it.
    links.push({ attendee: a.id, userArn: a.userArn, code: issued.code, path: `/#join=${issued.code}`, expiresAt: isoSeconds(new Date(issued.expiresAtMs)) });
  }
  return { links };
}

/** POST /_sandbox/room/progress { labId, stepId } (attendee's ticket): one completed lab step. */
export async function recordProgress(env: SandboxEnv, body: Record<string, unknown>) {
  const { tenancy } = roomOf(env);
  if (!env.attendee) throw new ControlError(401, 'AttendeeTicketRequired', 'Only an attendee of the room reports lab steps: open your attendee link (the workbench then sends its ticket as x-sandbox-attendee).');
  const stores = tenancy.storage.tenant(env.attendee.id);
  await save(stores.progress, (p) => withCompletedStep(p, body.labId, body.stepId, isoSeconds(new Date(env.runtime.nowMs()))));
  return { attendee: env.attendee.id, completedSteps: stores.progress.read() };
}
