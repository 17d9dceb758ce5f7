/**
 * The sandbox's state directory: its secrets (sealing key, IdP keys) and its clock offset, so a
 * restart keeps sessions and minted tokens valid (contracts §3, §4). Files are readable by the owner only.
 * Several server processes may share one directory: the clock offset is re-read whenever clock.json
 * changes, so they all see the same clock. A damaged file stops the server at start (StateFileError).
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
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

/**
 * `versionOf`, asked at most once per synchronous stretch of work: a request reads the clock and its
 * user's edits many times between two awaits (every nowMs()), and nothing another process writes can be
 * seen in between anyway. The next turn (after any await) stats again, so a change is seen at once.
 */
export function turnVersion(path: string): () => string {
  let version = '';
  let fresh = false;
  return () => {
    if (fresh) return version;
    version = versionOf(path);
    fresh = true;
    queueMicrotask(() => (fresh = false));
    return version;
  };
}

/** A lock older than this was left by a process that died while holding it (holding it takes milliseconds). */
const STALE_LOCK_MS = 2000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes `lockPath` (created exclusively), so processes sharing the state directory change a state file
 * (the clock, a room's per-attendee files) one at a time; waits in 1 ms steps while another process holds
 * it, without blocking this process's other requests. Resolves to the release.
 */
async function takeFileLock(lockPath: string): Promise<() => Promise<void>> {
  for (;;) {
    try {
      await (await open(lockPath, 'wx', 0o600)).close();
      // unlink, not rm: rm's recursive machinery stats first (a measurable share of a busy room's time).
      return () => unlink(lockPath).catch((e: unknown) => (errorCode(e) === 'ENOENT' ? undefined : Promise.reject(e)));
    } catch (e) {
      if (errorCode(e) !== 'EEXIST') throw e;
      const held = await stat(lockPath).catch(() => null);
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) await rm(lockPath, { force: true });
      else await sleep(1);
    }
  }
}

/** writePrivate without blocking: a temporary file and a rename. */
async function writePrivateAsync(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, text, { mode: 0o600 });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

interface PendingChange<T> {
  next: (current: T) => T;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/**
 * The changer of one state file: each change holds `path`.lock while it computes the new value from a
 * fresh read (`load`) and writes it as JSON, so changes made through different processes add up.
 * Asynchronous and batched: changes asked for while a write of this file is under way wait for it,
 * then are applied one after the other to one fresh read and written once. Each change's promise
 * settles when its value is on disk: a failure to take the lock or to write (the directory is gone or
 * read-only) rejects with `notSaved`'s error and changes nothing; an error of a change's own `next`
 * rejects that change alone. `written` runs while the lock is still held, so the caller records the
 * version it wrote, not a later one.
 */
export function lockedChanger<T>(path: string, load: () => T, toJson: (value: T) => unknown, notSaved: (e: unknown) => Error, written: (value: T) => void): (next: (current: T) => T) => Promise<void> {
  let queue: PendingChange<T>[] = [];
  let running = false;
  const writeBatch = async (batch: PendingChange<T>[]) => {
    let release: () => Promise<void>;
    try {
      release = await takeFileLock(`${path}.lock`);
    } catch (e) {
      const error = notSaved(e);
      for (const c of batch) c.reject(error);
      return;
    }
    // Each change settles after the lock is released, so a caller never finds it still held.
    const settle: Array<() => void> = [];
    try {
      let value: T;
      try {
        value = load();
      } catch (e) {
        const error = notSaved(e);
        for (const c of batch) settle.push(() => c.reject(error));
        return;
      }
      const applied: PendingChange<T>[] = [];
      for (const c of batch) {
        try {
          value = c.next(value);
          applied.push(c);
        } catch (e) {
          settle.push(() => c.reject(e));
        }
      }
      if (applied.length > 0) {
        try {
          await writePrivateAsync(path, JSON.stringify(toJson(value)));
          written(value);
          for (const c of applied) settle.push(c.resolve);
        } catch (e) {
          const error = notSaved(e);
          for (const c of applied) settle.push(() => c.reject(error));
        }
      }
    } finally {
      await release();
      for (const s of settle) s();
    }
  };
  const drain = async () => {
    running = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      await writeBatch(batch);
    }
    running = false;
  };
  return (next) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ next, resolve, reject });
      if (!running) void drain();
    });
}

/**
 * The clock offset kept in `dir`/clock.json. Checked now (a damaged file throws StateFileError);
 * afterwards each read costs one stat and re-reads the file only when it changed, so an advance made
 * by another process sharing the directory is seen at once. Advances hold clock.json.lock while they
 * read, check and write, so two processes cannot overwrite each other's advance (lockedChanger). A file that goes
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
  const currentVersion = turnVersion(path);
  let version = versionOf(path);
  const first = readFile();
  if (first && 'problem' in first) throw new StateFileError(path, first.problem, CLOCK_FIX);
  let offset = first?.offsetSeconds ?? 0;
  let warned = '';

  const read = (): number => {
    let now: string;
    try {
      now = currentVersion();
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

  const change = lockedChanger(path, read, (v: number) => ({ offsetSeconds: v }), notSaved, (v) => {
    offset = v;
    version = versionOf(path);
  });
  return { read, update: change };
}
