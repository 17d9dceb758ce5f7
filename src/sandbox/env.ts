/** Everything an operation handler may use: the world, the clock, the host's runtime and the secrets. */
import type { SandboxClock } from './core/clock';
import type { SandboxRuntime } from './core/runtime';
import type { SandboxSecrets } from './core/secrets';
import type { Attendee, Room } from './room/attendees';
import type { TenantStorage } from './room/stores';
import type { World } from './world/types';

export interface SandboxEnv {
  /** The world as the user this request acts for sees it: the world file plus their live edits. */
  world: World;
  /** That user's sandbox clock. */
  clock: SandboxClock;
  runtime: SandboxRuntime;
  secrets: SandboxSecrets;
  /** Fetches JSON for OIDC providers configured with a loopback `jwksUri`; absent in the in-page sandbox. */
  fetchJson?: (url: string) => Promise<unknown>;
  /** The room attendee this env acts for (absent: the sandbox's own user). Sessions issued here carry it. */
  attendee?: Attendee;
  /** The other users' envs (absent in tests that build an env by hand: one user only). */
  tenancy?: Tenancy;
}

/** Every user of the sandbox and their envs (room/tenancy.ts builds it). */
export interface Tenancy {
  room: Room | null;
  storage: TenantStorage;
  /** The env of an attendee, or of the sandbox's own tenant for null; undefined for an id that is not in the room. */
  envFor(attendeeId: string | null): SandboxEnv | undefined;
  /** The attendee whose IAM user this is, if any. */
  attendeeOfUser(userArn: string): Attendee | undefined;
}
