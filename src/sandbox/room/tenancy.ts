/**
 * Who a request acts for, and that user's view of the sandbox: the world with their own edits laid
 * over it and their own clock. The sandbox's own tenant (null) is the single user of `npm start` or
 * the page; in a room each attendee is a tenant of their own, so nothing one attendee does changes
 * another's results. State is read from the host's stores on every request (stores.ts), never kept
 * only in this process.
 */
import { createClock, type SandboxClock } from '../core/clock';
import type { SandboxEnv, Tenancy } from '../env';
import type { World } from '../world/types';
import type { Room } from './attendees';
import type { TenantStorage } from './stores';
import { applyWorldEdits, type WorldEdits } from './world-edits';

type BaseEnv = Omit<SandboxEnv, 'world' | 'clock' | 'attendee' | 'tenancy'>;

export function createTenancy(base: BaseEnv, world: World, storage: TenantStorage, room: Room | null): Tenancy {
  const byId = new Map((room?.attendees ?? []).map((a) => [a.id, a]));
  const byArn = new Map((room?.attendees ?? []).map((a) => [a.userArn, a]));
  const cache = new Map<string | null, { clock: SandboxClock; edits: WorldEdits | null; env: SandboxEnv | null }>();
  const tenancy: Tenancy = {
    room,
    storage,
    attendeeOfUser: (arn) => byArn.get(arn),
    envFor(attendeeId) {
      const attendee = attendeeId === null ? undefined : byId.get(attendeeId);
      if (attendeeId !== null && !attendee) return undefined;
      const stores = storage.tenant(attendeeId);
      let entry = cache.get(attendeeId);
      if (!entry) {
        entry = { clock: createClock(base.runtime, stores.clock), edits: null, env: null };
        cache.set(attendeeId, entry);
      }
      // The stores hand back the same object until the edits change (in this process or another).
      const edits = stores.edits.read();
      if (entry.env === null || entry.edits !== edits) {
        entry.edits = edits;
        entry.env = { ...base, world: applyWorldEdits(world, edits), clock: entry.clock, tenancy, ...(attendee ? { attendee } : {}) };
      }
      return entry.env;
    },
  };
  return tenancy;
}
