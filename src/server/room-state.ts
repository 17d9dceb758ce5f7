/**
 * Per-user state in the state directory (src/sandbox/room/stores.ts), so every server process sharing
 * the directory sees the same thing and nothing lives only in one process's memory:
 *
 *   world-edits.json               the sandbox's own user's live world edits
 *   room/join-codes.json           a room's unredeemed one-time codes (SHA-256 only)
 *   room/<attendee>/clock.json     an attendee's clock offset (the same file and lock as the main clock)
 *   room/<attendee>/world-edits.json, lab-progress.json
 *
 * Each file is re-read when it changes (one stat per read) and changed under its own lock file, read
 * fresh, so changes made through different processes at the same moment add up; the writes are
 * asynchronous and batched per file (state-dir.ts's lockedChanger), so they never block other requests.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OffsetStore } from '../sandbox/core/clock';
import { readJoinCodes, type JoinCodes } from '../sandbox/room/join-codes';
import { readLabProgress } from '../sandbox/room/lab-progress';
import { StateNotSavedError, type RecordStore } from '../sandbox/room/record-store';
import type { TenantStorage, TenantStores } from '../sandbox/room/stores';
import { NO_EDITS, readWorldEdits } from '../sandbox/room/world-edits';
import { fileOffsetStore, lockedChanger, turnVersion, versionOf } from './state-dir';

/**
 * A JSON value in `path`. A missing file is `empty`; a damaged one is reported once and read as the
 * last good value (or `empty`), and the next change replaces it.
 */
function fileRecordStore<T>(path: string, check: (value: unknown) => T | null, empty: T, warn: (message: string) => void = console.warn): RecordStore<T> {
  let version = '';
  let value = empty;
  const currentVersion = turnVersion(path);
  const load = (): T => {
    const now = currentVersion();
    if (now === version) return value;
    version = now;
    if (now === 'absent') return (value = empty);
    try {
      const parsed = check(JSON.parse(readFileSync(path, 'utf8')));
      if (parsed === null) throw new Error('it does not have the shape the sandbox writes');
      value = parsed;
    } catch (e) {
      warn(`${path} cannot be used (${(e as Error).message}); the sandbox goes on with the last good state, and the next change rewrites it.`);
    }
    return value;
  };
  const read = (): T => {
    try {
      return load();
    } catch {
      return value; // the directory is unreadable: keep the last good value
    }
  };
  const notSaved = (e: unknown) =>
    new StateNotSavedError(`The sandbox cannot save ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}), so nothing changed. Check that the state directory exists and is writable, then try again.`);
  const change = lockedChanger(path, load, (v: T) => v, notSaved, (v) => {
    value = v;
    version = versionOf(path);
  });
  return { read, update: change };
}

/** The stores of every user of the sandbox, in `stateDir`; `ownClock` is the existing clock.json store. */
export function fileTenantStorage(stateDir: string, ownClock: OffsetStore): TenantStorage {
  const tenants = new Map<string | null, TenantStores>();
  const roomDir = join(stateDir, 'room');
  let joinCodes: RecordStore<JoinCodes> | null = null;
  return {
    tenant(id) {
      let stores = tenants.get(id);
      if (stores) return stores;
      // Attendee ids are `attendee-NN` (room/attendees.ts), never a path.
      if (id !== null && !/^attendee-\d+$/.test(id)) throw new Error(`Not an attendee id: ${id}`);
      const dir = id === null ? stateDir : join(roomDir, id);
      makeDir(dir);
      stores = {
        clock: id === null ? ownClock : fileOffsetStore(dir),
        edits: fileRecordStore(join(dir, 'world-edits.json'), readWorldEdits, NO_EDITS),
        progress: fileRecordStore(join(dir, 'lab-progress.json'), readLabProgress, {}),
      };
      tenants.set(id, stores);
      return stores;
    },
    get joinCodes() {
      if (!joinCodes) {
        makeDir(roomDir);
        joinCodes = fileRecordStore(join(roomDir, 'join-codes.json'), readJoinCodes, {});
      }
      return joinCodes;
    },
  };
}

/** A directory that cannot be made is reported by the first change that cannot be saved (503), not here. */
function makeDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    /* reads find nothing; writes say StateNotWritable */
  }
}
