/**
 * The sandbox inside the page, for the built app served as plain static files (a workshop site on
 * any static host): the same core, the default world, secrets made fresh for this page load and
 * kept in memory only.
 */
import { platformRuntime } from './core/runtime';
import { generateSecretsFile } from './core/secrets';
import { createSandbox, type Sandbox } from './sandbox';
import defaultWorldFile from './world/default-world.json';
import { loadWorld } from './world/load-world';
import type { WorldFile } from './world/types';

export async function startInPageSandbox(): Promise<Sandbox> {
  const runtime = platformRuntime();
  return createSandbox({
    world: await loadWorld(defaultWorldFile as WorldFile, runtime.subtle),
    // The in-page sandbox's clock starts with no offset, so sandbox time is the runtime's time here.
    secrets: await generateSecretsFile(runtime.randomBytes, runtime.nowMs()),
    runtime,
    mode: 'in-page',
  });
}
