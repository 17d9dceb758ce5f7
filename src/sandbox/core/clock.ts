/**
 * The sandbox clock: real time plus an offset that only moves forward (contracts §4).
 * Lifetimes of credentials, tokens, assertions and MFA codes use it; the SigV4 skew check uses real time.
 *
 * The offset lives in an OffsetStore the host provides: memory for the in-page sandbox, the state
 * directory's clock.json for the server (read on every use, so processes sharing one state
 * directory agree). The offset never exceeds MAX_CLOCK_OFFSET_SECONDS, checked here for advances and
 * by the host when it loads a stored offset (checkStoredOffset).
 */
import type { SandboxRuntime } from './runtime';

/**
 * The ceiling of the clock's total offset: 3,650 days (about ten years). A workshop needs hours to
 * months; ten years keeps every time the sandbox issues (real now + offset + the longest lifetime it
 * hands out, 36 hours) far inside the four-digit years that ISO 8601 timestamps and the AWS SDKs'
 * Expiration parsers accept, and inside the ten-year validity of the sandbox SAML IdP's certificate
 * on the day it was made.
 */
export const MAX_CLOCK_OFFSET_SECONDS = 3650 * 86400;

export interface SandboxClock {
  /** Sandbox time in milliseconds. */
  nowMs(): number;
  /** Sandbox time in whole seconds. */
  nowSeconds(): number;
  offsetSeconds(): number;
  /**
   * Moves the clock forward by a whole number of seconds > 0, settling once the offset is kept; refuses
   * with ClockAdvanceError (and changes nothing) anything else, or when it cannot keep it. A memory
   * store (the in-page sandbox, tests) moves at once and throws at once.
   */
  advance(seconds: unknown): Promise<void>;
}

/** Where the offset is kept. */
export interface OffsetStore {
  read(): number;
  /**
   * Replaces the offset with `next(current)`, read fresh and kept atomically (other processes sharing
   * the store cannot interleave). When `next` throws, or the store cannot keep the new offset
   * (OffsetNotSavedError), nothing changes and the promise rejects (the memory store throws at once).
   */
  update(next: (current: number) => number): Promise<void>;
}

/** A refused advance: `code` and `message` are what the clock control answers. */
export class ClockAdvanceError extends Error {
  constructor(
    readonly code: 'InvalidAdvance' | 'ClockCeilingReached' | 'StateNotWritable',
    message: string,
  ) {
    super(message);
    this.name = 'ClockAdvanceError';
  }
}

/** Thrown by an OffsetStore whose storage refused the new offset; the message names the place. */
export class OffsetNotSavedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OffsetNotSavedError';
  }
}

export function memoryOffsetStore(initialOffsetSeconds = 0): OffsetStore {
  let offset = initialOffsetSeconds;
  return {
    read: () => offset,
    update(next) {
      offset = next(offset);
      return Promise.resolve();
    },
  };
}

/** "3650 days", "2 days 3 hours", "45 seconds": an offset in words for messages. */
export function describeOffset(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const parts = [
    [days, 'day'],
    [hours, 'hour'],
    [minutes, 'minute'],
    [rest, 'second'],
  ]
    .filter(([n]) => n)
    .map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`);
  return parts.length ? parts.slice(0, 2).join(' ') : '0 seconds';
}

const CEILING_TEXT = `${MAX_CLOCK_OFFSET_SECONDS} seconds (${describeOffset(MAX_CLOCK_OFFSET_SECONDS)})`;

/** Why a stored offset cannot be used, or null when it can: a whole number of seconds from 0 to the ceiling. */
export function checkStoredOffset(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `offsetSeconds is ${JSON.stringify(value) ?? String(value)}, not a number`;
  if (!Number.isInteger(value)) return `offsetSeconds is ${value}, not a whole number of seconds`;
  if (value < 0) return `offsetSeconds is ${value}: the sandbox clock never runs behind real time`;
  if (value > MAX_CLOCK_OFFSET_SECONDS) return `offsetSeconds is ${value}, beyond the sandbox clock's ceiling of ${CEILING_TEXT}`;
  return null;
}

/** The offset after advancing `current` by `seconds`, or the ClockAdvanceError that refuses it. */
export function nextOffset(current: number, seconds: unknown): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || !Number.isInteger(seconds) || seconds <= 0) {
    throw new ClockAdvanceError(
      'InvalidAdvance',
      `advanceSeconds must be a whole number of seconds greater than 0 (got ${JSON.stringify(seconds) ?? String(seconds)}); the sandbox clock only moves forward.`,
    );
  }
  if (current + seconds > MAX_CLOCK_OFFSET_SECONDS) {
    const room = MAX_CLOCK_OFFSET_SECONDS - current;
    throw new ClockAdvanceError(
      'ClockCeilingReached',
      `The sandbox clock cannot move ${seconds} seconds: its offset is ${current} seconds (${describeOffset(current)}) and may not exceed ${CEILING_TEXT}. ` +
        (room > 0 ? `It can move at most ${room} more seconds. ` : 'It is at the ceiling. ') +
        'The clock did not move. To start over at real time, use a fresh state directory (server) or reload the page (in-page sandbox).',
    );
  }
  return current + seconds;
}

export function createClock(runtime: Pick<SandboxRuntime, 'nowMs'>, store: OffsetStore = memoryOffsetStore()): SandboxClock {
  const offset = () => store.read();
  return {
    nowMs: () => runtime.nowMs() + offset() * 1000,
    nowSeconds: () => Math.floor((runtime.nowMs() + offset() * 1000) / 1000),
    offsetSeconds: offset,
    advance(seconds) {
      const refusal = (e: unknown) => (e instanceof OffsetNotSavedError ? new ClockAdvanceError('StateNotWritable', e.message) : e);
      try {
        return store.update((current) => nextOffset(current, seconds)).catch((e: unknown) => {
          throw refusal(e);
        });
      } catch (e) {
        throw refusal(e);
      }
    },
  };
}
