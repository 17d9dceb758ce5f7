/**
 * The sandbox-only request header that names a room's attendee (its value is the attendee's sealed
 * ticket, room/tickets.ts). Its own module so the workbench's first screen imports the name alone.
 */
export const ATTENDEE_HEADER = 'x-sandbox-attendee';
