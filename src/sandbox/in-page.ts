/**
 * The sandbox inside the page, for the built app served as plain static files (a workshop site on
 * any static host): the same core, the default world, secrets made fresh for this page load and
 * kept in memory only — unless the user keeps them in the encrypted vault (opt-in persistence), so
 * the sessions this sandbox issued still work after a reload, and its live world edits are kept.
 */
import { isPlainObject } from '../policy/lists';
import { checkStoredOffset, memoryOffsetStore } from './core/clock';
import { platformRuntime } from './core/runtime';
import { checkSecretsFile, generateSecretsFile, type SandboxSecretsFile } from './core/secrets';
import { NO_EDITS, readWorldEdits, type WorldEdits } from './room/world-edits';
import { memoryTenantStorage, type TenantStorage } from './room/stores';
import { createSandbox, type Sandbox } from './sandbox';
import defaultWorldFile from './world/default-world.json';
import { loadWorld } from './world/load-world';
import type { WorldFile } from './world/types';

/** What the vault keeps of an in-page sandbox: its secrets (sealing and IdP keys), its clock and its live world edits. */
export interface InPageSandboxState {
  version: 1;
  secrets: SandboxSecretsFile;
  clockOffsetSeconds: number;
  /** Absent in vaults written before edits were kept: none. */
  worldEdits?: WorldEdits;
}

/** Each in-page sandbox's storage, so its state can be read back for the vault. */
const storageOf = new WeakMap<Sandbox, TenantStorage>();

export async function startInPageSandbox(state?: InPageSandboxState): Promise<Sandbox> {
  const runtime = platformRuntime();
  const clockStore = memoryOffsetStore(state?.clockOffsetSeconds ?? 0);
  const storage = memoryTenantStorage(clockStore, state?.worldEdits ?? NO_EDITS);
  const sandbox = await createSandbox({
    world: await loadWorld(defaultWorldFile as WorldFile, runtime.subtle),
    // A new sandbox's clock starts with no offset, so sandbox time is the runtime's time here.
    secrets: state?.secrets ?? (await generateSecretsFile(runtime.randomBytes, runtime.nowMs())),
    runtime,
    mode: 'in-page',
    clockStore,
    storage,
  });
  storageOf.set(sandbox, storage);
  return sandbox;
}

export function inPageSandboxState(sandbox: Sandbox): InPageSandboxState {
  const edits = storageOf.get(sandbox)?.tenant(null).edits.read() ?? NO_EDITS;
  const hasEdits = Object.keys(edits.roles).length + Object.keys(edits.users).length > 0;
  return { version: 1, secrets: sandbox.env.secrets.file, clockOffsetSeconds: sandbox.clock.offsetSeconds(), ...(hasEdits ? { worldEdits: edits } : {}) };
}

/**
 * The state read back from the vault, or null when it is not one (an older vault, damage): the same
 * checks as the server's state files, the offset's bounds and every key working.
 */
export async function readInPageSandboxState(value: unknown): Promise<InPageSandboxState | null> {
  if (!isPlainObject(value) || value.version !== 1) return null;
  const offset = value.clockOffsetSeconds;
  if (checkStoredOffset(offset) !== null || (await checkSecretsFile(value.secrets)) !== null) return null;
  const edits = value.worldEdits === undefined ? NO_EDITS : readWorldEdits(value.worldEdits);
  if (edits === null) return null;
  return { version: 1, secrets: value.secrets as SandboxSecretsFile, clockOffsetSeconds: offset as number, ...(edits !== NO_EDITS ? { worldEdits: edits } : {}) };
}
