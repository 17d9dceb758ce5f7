/**
 * Where the state of each sandbox user lives: the sandbox's own tenant (the single user of
 * `npm start`, or the page) and each attendee of a room. The host provides the stores: memory for the
 * in-page sandbox, files in the state directory for the server (src/server/room-state.ts), so several
 * server processes sharing the directory see the same per-attendee state and nothing lives only in
 * one process's memory.
 */
import { memoryOffsetStore, type OffsetStore } from '../core/clock';
import type { JoinCodes } from './join-codes';
import type { LabProgress } from './lab-progress';
import { memoryRecordStore, type RecordStore } from './record-store';
import { NO_EDITS, type WorldEdits } from './world-edits';

/** The state of one sandbox user. */
export interface TenantStores {
  clock: OffsetStore;
  edits: RecordStore<WorldEdits>;
  progress: RecordStore<LabProgress>;
}

export interface TenantStorage {
  /** The stores of an attendee, or of the sandbox's own tenant for null. */
  tenant(attendeeId: string | null): TenantStores;
  /** The room's unredeemed join codes (hashes only). */
  joinCodes: RecordStore<JoinCodes>;
}

/**
 * Everything in memory (the in-page sandbox, tests); `ownClock` is the sandbox's own tenant's clock,
 * `ownEdits` its live world edits to start from (an in-page sandbox revived from the vault).
 */
export function memoryTenantStorage(ownClock: OffsetStore = memoryOffsetStore(), ownEdits: WorldEdits = NO_EDITS): TenantStorage {
  const tenants = new Map<string | null, TenantStores>();
  return {
    tenant(id) {
      let stores = tenants.get(id);
      if (!stores) {
        stores = { clock: id === null ? ownClock : memoryOffsetStore(), edits: memoryRecordStore(id === null ? ownEdits : NO_EDITS), progress: memoryRecordStore({}) };
        tenants.set(id, stores);
      }
      return stores;
    },
    joinCodes: memoryRecordStore({}),
  };
}
