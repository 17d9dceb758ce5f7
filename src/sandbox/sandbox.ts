/**
 * The sandbox STS as one object: give it a world, its secrets and a runtime, and it answers
 * SandboxRequests — the STS wire protocol on `/` and its own controls under `/_sandbox/`.
 * The Node server and the in-page sandbox are thin adapters around this.
 */
import { createClock, type OffsetStore, type SandboxClock } from './core/clock';
import type { SandboxRequest, SandboxResponse } from './core/http';
import type { SandboxRuntime } from './core/runtime';
import { importSecrets, type SandboxSecretsFile } from './core/secrets';
import { handleControl } from './controls/routes';
import type { SandboxEnv } from './env';
import { handleStsRequest } from './handle-sts';
import { importSamlIdpKeys, type SamlIdpKeys } from './idp/saml-idp-keys';
import type { World } from './world/types';
import { CONTROL_PREFIX } from './controls/route-table';

export interface SandboxOptions {
  world: World;
  secrets: SandboxSecretsFile;
  runtime: SandboxRuntime;
  mode: 'server' | 'in-page';
  /** Where the clock offset is kept (default: memory, starting at real time). */
  clockStore?: OffsetStore;
  fetchJson?: (url: string) => Promise<unknown>;
}

export interface Sandbox {
  handle(req: SandboxRequest): Promise<SandboxResponse>;
  clock: SandboxClock;
  env: SandboxEnv;
}

export const isControlPath = (url: string): boolean => url.startsWith(CONTROL_PREFIX);

export async function createSandbox(options: SandboxOptions): Promise<Sandbox> {
  const env: SandboxEnv = {
    world: options.world,
    clock: createClock(options.runtime, options.clockStore),
    runtime: options.runtime,
    secrets: await importSecrets(options.secrets, options.runtime.importAesGcmKey),
    ...(options.fetchJson ? { fetchJson: options.fetchJson } : {}),
  };
  let samlKeys: Promise<SamlIdpKeys> | null = null;
  const deps = {
    env,
    mode: options.mode,
    samlKeys: () => (samlKeys ??= importSamlIdpKeys(options.secrets.saml)),
  };
  return {
    env,
    clock: env.clock,
    handle: (req) => (isControlPath(req.url) ? handleControl(deps, req) : handleStsRequest(env, req)),
  };
}
