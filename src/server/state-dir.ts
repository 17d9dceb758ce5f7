/**
 * The sandbox's state directory: its secrets (sealing key, IdP keys) and its clock offset, so a
 * restart keeps sessions and minted tokens valid (contracts §3, §4). Files are readable by the owner only.
 * Several server processes may share one directory: the clock offset is re-read whenever clock.json
 * changes, so they all see the same clock. A damaged file stops the server at start (StateFileError).
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { checkStoredOffset, MAX_CLOCK_OFFSET_SECONDS, OffsetNotSavedError, type OffsetStore } from '../sandbox/core/clock';
import { checkSecretsFile, generateSecretsFile, type SandboxSecretsFile } from '../sandbox/core/secrets';

export function defaultStateDir(): string {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, 'sts-workbench');
}

/** A state file the server cannot use: the message names the file, the problem and what to do. */
export class StateFileError extends Error {
  constructor(path: string, problem: string, fix: string) {
    super(`${path}: ${problem}.\n${fix}`);
    this.name = 'StateFileError';
  }
}

const SECRETS_FIX =
  'Restore it from a backup, or delete it to start with new sandbox keys: every live sandbox session, minted token and encoded message will then be invalid (long-term keys of the world keep working).';
const CLOCK_FIX = `Restore it from a backup, write {"offsetSeconds": N} with N a whole number from 0 to ${MAX_CLOCK_OFFSET_SECONDS}, or delete it to put the sandbox clock back to real time (sessions issued under the advanced clock then live until their own expiry on the real clock).`;

function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

/** Writes through a temporary file and a rename, so readers (other processes too) see the old file or the new one, never half of one. */
function writePrivate(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text, { mode: 0o600 });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The parsed JSON of a state file, or undefined when there is none. */
function readJsonFile(path: string, fix: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (errorCode(e) === 'ENOENT') return undefined;
    throw new StateFileError(path, `cannot be read (${(e as Error).message})`, fix);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new StateFileError(path, `is not valid JSON (${(e as Error).message})`, fix);
  }
}

/** @param sandboxNowMs the sandbox clock, read only when new secrets are made (their SAML certificate is dated by it) */
export async function loadOrCreateSecrets(dir: string, randomBytes: (n: number) => Uint8Array, sandboxNowMs: () => number): Promise<{ secrets: SandboxSecretsFile; created: boolean }> {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw new Error(`The state directory ${dir} cannot be created (${(e as Error).message}). Choose another with --state-dir DIR.`);
  }
  const path = join(dir, 'secrets.json');
  const stored = readJsonFile(path, SECRETS_FIX);
  if (stored !== undefined) {
    const problem = await checkSecretsFile(stored);
    if (problem) throw new StateFileError(path, problem, SECRETS_FIX);
    return { secrets: stored as SandboxSecretsFile, created: false };
  }
  const secrets = await generateSecretsFile(randomBytes, sandboxNowMs());
  writePrivate(path, JSON.stringify(secrets));
  return { secrets, created: true };
}

/** The offset kept in a clock.json text, or the problem with it. */
export function parseClockFile(text: string): { offsetSeconds: number } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problem: `is not valid JSON (${(e as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'is not a JSON object with offsetSeconds' };
  const offset = (value as { offsetSeconds?: unknown }).offsetSeconds;
  const problem = checkStoredOffset(offset);
  return problem ? { problem } : { offsetSeconds: offset as number };
}

/** Identifies one version of a file: a rename gives a new inode, a rewrite a new mtime or size. */
export function versionOf(path: string): string {
  const s = statSync(path, { bigint: true, throwIfNoEntry: false });
  return s ? `${s.ino}:${s.mtimeNs}:${s.size}` : 'absent';
}

/** A lock older than this was left by a process that died while holding it (holding it takes microseconds). */
const STALE_LOCK_MS = 2000;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `fn` while holding `lockPath` (created exclusively), so processes sharing the state directory
 * change a state file (the clock, a room's per-attendee files) one at a time. Waits in 1 ms steps while another process holds it.
 */
function withFileLock<T>(lockPath: string, fn: () => T): T {
  for (;;) {
    try {
      closeSync(openSync(lockPath, 'wx', 0o600));
      break;
    } catch (e) {
      if (errorCode(e) !== 'EEXIST') throw e;
      const held = statSync(lockPath, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(lockPath, { force: true });
      else Atomics.wait(pause, 0, 0, 1);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lockPath, { force: true });
  }
}

/**
 * The clock offset kept in `dir`/clock.json. Checked now (a damaged file throws StateFileError);
 * afterwards each read costs one stat and re-reads the file only when it changed, so an advance made
 * by another process sharing the directory is seen at once. Advances hold clock.json.lock while they
 * read, check and write, so two processes cannot overwrite each other's advance. A file that goes
 * missing or is damaged while running leaves the last good offset in force, with a warning. An
 * advance that cannot be written throws OffsetNotSavedError and changes nothing.
 */
export function fileOffsetStore(dir: string, warn: (message: string) => void = console.warn): OffsetStore {
  const path = join(dir, 'clock.json');
  const readFile = (): { offsetSeconds: number } | { problem: string } | undefined => {
    try {
      return parseClockFile(readFileSync(path, 'utf8'));
    } catch (e) {
      if (errorCode(e) === 'ENOENT') return undefined;
      return { problem: `cannot be read (${(e as Error).message})` };
    }
  };
  let version = versionOf(path);
  const first = readFile();
  if (first && 'problem' in first) throw new StateFileError(path, first.problem, CLOCK_FIX);
  let offset = first?.offsetSeconds ?? 0;
  let warned = '';

  const read = (): number => {
    let now: string;
    try {
      now = versionOf(path);
    } catch {
      return offset; // the directory itself is unreadable: keep the last good offset
    }
    if (now === version) return offset;
    version = now;
    const next = readFile();
    if (next === undefined) return offset;
    if ('problem' in next) {
      if (warned !== now) warn(`${path} ${next.problem}; the sandbox keeps its clock offset of ${offset} seconds. ${CLOCK_FIX}`);
      warned = now;
      return offset;
    }
    offset = next.offsetSeconds;
    return offset;
  };

  const notSaved = (e: unknown) =>
    new OffsetNotSavedError(
      `The sandbox cannot save its clock in the state directory ${dir} (${errorCode(e) ?? (e as Error).message}), so the clock did not move. Check that the directory exists and is writable, then try again.`,
    );

  return {
    read,
    update(next) {
      rewriteUnderLock(path, () => next(read()), (v) => ({ offsetSeconds: v }), notSaved, (v) => {
        offset = v;
        version = versionOf(path);
      });
    },
  };
}

/**
 * Holds `path`.lock while it computes the new value from a fresh read and writes it as JSON; a
 * failure to take the lock or to write (the directory is gone or read-only) is `notSaved`'s error,
 * and an error of `compute` passes through. Nothing is written unless everything succeeds.
 * `written` runs while the lock is still held, so the caller records the version it wrote, not a later one.
 */
export function rewriteUnderLock<T>(path: string, compute: () => T, toJson: (value: T) => unknown, notSaved: (e: unknown) => Error, written: (value: T) => void): void {
  let locked = false;
  try {
    withFileLock(`${path}.lock`, () => {
      locked = true;
      const value = compute();
      try {
        writePrivate(path, JSON.stringify(toJson(value)));
      } catch (e) {
        throw notSaved(e);
      }
      written(value);
    });
  } catch (e) {
    throw locked ? e : notSaved(e);
  }
}
