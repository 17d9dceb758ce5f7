/** Everything an operation handler may use: the world, the clock, the host's runtime and the secrets. */
import type { SandboxClock } from './core/clock';
import type { SandboxRuntime } from './core/runtime';
import type { SandboxSecrets } from './core/secrets';
import type { World } from './world/types';

export interface SandboxEnv {
  world: World;
  clock: SandboxClock;
  runtime: SandboxRuntime;
  secrets: SandboxSecrets;
  /** Fetches JSON for OIDC providers configured with a loopback `jwksUri`; absent in the in-page sandbox. */
  fetchJson?: (url: string) => Promise<unknown>;
}
