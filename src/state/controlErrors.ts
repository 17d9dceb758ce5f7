/**
 * A sandbox control's refusal ({ error: { code, message } } from /_sandbox/…) for the reader: a lead-in
 * written here for the codes a workbench user meets (a join code, the room, the state directory, an unknown
 * MFA device), then the sandbox's own message, which is its HTTP API's text (like AWS's) and stays English.
 */
import type { Message } from '../kernel/message';

const LEADS: Readonly<Record<string, Message>> = {
  InvalidJoinCode: /*i18n*/ { id: 'sandboxError.joinCode', message: 'This attendee link no longer works (used, expired or replaced): ask the instructor for a new one.' },
  AttendeeTicketRequired: /*i18n*/ { id: 'sandboxError.attendeeTicket', message: 'Only an attendee of the room can do this: open your attendee link.' },
  InstructorTokenRequired: /*i18n*/ { id: 'sandboxError.instructorToken', message: 'This is the instructor’s control: it needs the instructor token that the server printed at start.' },
  StateNotWritable: /*i18n*/ { id: 'sandboxError.stateNotWritable', message: 'The sandbox server cannot save its state right now (its state directory is not writable); nothing was changed.' },
  NotARoom: /*i18n*/ { id: 'sandboxError.notARoom', message: 'This sandbox is not running a workshop room.' },
  NotFound: /*i18n*/ { id: 'sandboxError.notFound', message: 'The sandbox does not have what was asked for.' },
  InvalidField: /*i18n*/ { id: 'sandboxError.invalidField', message: 'The sandbox refused a value of the request.' },
  NotJson: /*i18n*/ { id: 'sandboxError.notJson', message: 'The sandbox’s answer could not be read.' },
};

/** A sandbox control's refusal as thrown by the UI's client (features/connection/sandboxApi.ts). */
export class SandboxControlError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SandboxControlError';
  }
}

/** What a failed sandbox call says, in the reader's language (the sandbox's own message kept verbatim). */
export function sandboxErrorMessage(e: unknown): Message {
  const detail = e instanceof Error ? e.message : String(e);
  if (!(e instanceof SandboxControlError)) return /*i18n*/ { id: 'sandboxError.unreachable', message: 'The sandbox could not be reached or did not answer: {detail}', values: { detail }, verbatim: ['detail'] };
  return controlErrorMessage(e.code, detail);
}

export function controlErrorMessage(code: string, detail: string): Message {
  const lead = LEADS[code];
  if (lead) return /*i18n*/ { id: 'sandboxError.explained', message: '{lead} The sandbox says: {detail}', values: { lead, detail }, verbatim: ['detail'] };
  return /*i18n*/ { id: 'sandboxError.other', message: 'The sandbox refused the request ({code}): {detail}', values: { code, detail }, verbatim: ['code', 'detail'] };
}
