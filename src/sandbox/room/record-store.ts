/** One JSON value a host keeps for the sandbox (src/sandbox/room/stores.ts), and its memory form. */

/** One JSON value kept by the host, updated atomically (read fresh, changed, written under a lock). */
export interface RecordStore<T> {
  /** The current value; the same object for as long as it has not changed. */
  read(): T;
  /**
   * Replaces the value with `next(current)`; settles once the value is kept. When `next` throws, or the
   * host cannot keep it (StateNotSavedError), nothing changes and the promise rejects (the memory store
   * throws at once).
   */
  update(next: (current: T) => T): Promise<void>;
}

/** Thrown by a store whose storage refused the new value; the message names the place. Nothing changed. */
export class StateNotSavedError extends Error {}

export function memoryRecordStore<T>(initial: T): RecordStore<T> {
  let value = initial;
  return {
    read: () => value,
    update(next) {
      value = next(value);
      return Promise.resolve();
    },
  };
}
