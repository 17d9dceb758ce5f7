/**
 * The Authorization message tool's side of sending: whether DecodeAuthorizationMessage can go out now, and
 * what became of a call the tool started, read from the call history. Plain values, so the tool stays a view.
 */
import type { Message } from '../kernel/message';
import type { CallRecord } from './calls';

/** The result of the tool's DecodeAuthorizationMessage call, as the tool shows it. */
export type DecodeOutcome = { status: 'pending' } | { status: 'ok'; decodedMessage: string } | { status: 'error'; code: string; message: string };

/** Why the tool cannot send right now (checked in this order), or null. */
export function decodeBlocker(state: { hasTarget: boolean; hasSourceCredentials: boolean; pending: boolean }): Message | null {
  if (!state.hasTarget) return /*i18n*/ { id: 'decodeTool.blocker.noSandbox', message: 'the sandbox is not available yet (see Connection).' };
  if (!state.hasSourceCredentials) return /*i18n*/ { id: 'decodeTool.blocker.noCredentials', message: 'add source credentials under Edit connection to sign it.' };
  if (state.pending) return /*i18n*/ { id: 'decodeTool.blocker.pending', message: 'another call is still in flight.' };
  return null;
}

/** What became of call `id` (null when the history no longer holds it). */
export function decodeOutcome(history: readonly CallRecord[], id: string): DecodeOutcome | null {
  const o = history.find((c) => c.id === id)?.outcome;
  if (!o) return null;
  if (o.status === 'pending') return { status: 'pending' };
  if (o.status === 'error') return { status: 'error', code: o.error.code, message: o.error.message };
  const decoded = o.output.DecodedMessage;
  // An answer without the field would otherwise read as "decoded nothing".
  return typeof decoded === 'string' ? { status: 'ok', decodedMessage: decoded } : { status: 'error', code: 'NoDecodedMessage', message: 'The answer had no DecodedMessage.' };
}
