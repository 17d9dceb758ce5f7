/**
 * `npm start`: the workbench and the sandbox STS on one origin. Loads the world (or stops with a
 * message naming the file and JSON path), the sandbox's keys from the state directory, and listens.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSandbox } from '../sandbox/sandbox';
import defaultWorldFile from '../sandbox/world/default-world.json';
import { checkWorldPolicies } from '../sandbox/world/check-world-policies';
import { loadWorld } from '../sandbox/world/load-world';
import type { WorldFile } from '../sandbox/world/types';
import { parseWorldFile, validateWorldFile, WorldFileError } from '../sandbox/world/validate-world';
import { allowedHostNames, exposureWarning, isWildcardAddress } from './admission';
import { parseArgs, USAGE } from './args';
import { createWorkbenchServer } from './create-server';
import { fetchLoopbackJson } from './fetch-loopback';
import { createClock } from '../sandbox/core/clock';
import { nodeRuntime } from './node-runtime';
import { defaultStateDir, fileOffsetStore, loadOrCreateSecrets } from './state-dir';
import { fileTenantStorage } from './room-state';
import { provisionRoom } from '../sandbox/room/attendees';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function readWorld(path: string | null): WorldFile {
  if (path === null) {
    const problems = validateWorldFile(defaultWorldFile);
    if (problems.length) throw new WorldFileError('the built-in world', problems);
    return defaultWorldFile as WorldFile;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new WorldFileError(path, [`cannot be read: ${(e as Error).message}`]);
  }
  const world = parseWorldFile(text, path);
  const findings = checkWorldPolicies(world);
  if (findings.errors.length) throw new WorldFileError(path, findings.errors.slice(0, 20));
  // Advice only for the user's own world: the built-in one keeps the contract's example policies as they are.
  if (findings.warnings.length) console.warn(`${path}: policy advice (the sandbox still loads them):\n${findings.warnings.map((w) => `  - ${w}`).join('\n')}`);
  return world;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const runtime = nodeRuntime();
  const worldFile = readWorld(args.world);
  const world = await loadWorld(worldFile, runtime.subtle);
  const stateDir = resolve(args.stateDir ?? defaultStateDir());
  const clockStore = fileOffsetStore(stateDir);
  const { secrets, created } = await loadOrCreateSecrets(stateDir, runtime.randomBytes, createClock(runtime, clockStore).nowMs);
  // A room's attendees are derived from the sealing key: every process sharing the state directory provisions the same ones.
  const provisioned = args.workshop === null ? null : await provisionRoom(worldFile, args.workshop, secrets, runtime.subtle);
  const sandbox = await createSandbox({
    world: provisioned ? await loadWorld(provisioned.world, runtime.subtle) : world,
    secrets,
    runtime,
    mode: 'server',
    storage: fileTenantStorage(stateDir, clockStore),
    ...(provisioned ? { room: provisioned.room } : {}),
    fetchJson: fetchLoopbackJson,
  });
  const distDir = resolve(args.distDir ?? join(root, 'dist'));
  const allowedHosts = allowedHostNames(args.host, args.allowHosts);
  const server = createWorkbenchServer(sandbox, distDir, { allowedHosts });
  server.on('error', (e: NodeJS.ErrnoException) => {
    console.error(e.code === 'EADDRINUSE' ? `Port ${args.port} on ${args.host} is already in use. Choose another with: npm start -- --port N` : `Server error: ${e.message}`);
    process.exit(1);
  });
  server.listen(args.port, args.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : args.port;
    // A wildcard address is not a name to browse to (nor one the Host check answers): loopback is.
    const host = isWildcardAddress(args.host) ? '127.0.0.1' : args.host.includes(':') ? `[${args.host}]` : args.host;
    const url = `http://${host}:${port}`;
    const warning = exposureWarning(args.host, port, allowedHosts);
    if (warning) console.warn(warning);
    const demo = world.accounts.flatMap((a) => a.users).find((u) => u.accessKeys.length > 0);
    const key = demo?.accessKeys[0];
    console.log(`STS Workbench and its sandbox STS: ${url}`);
    console.log(`  world: ${args.world ?? 'built-in'} · state: ${stateDir}${created ? ' (new keys)' : ''}`);
    if (demo && key) {
      console.log(`  demo credentials (${demo.arn}), sandbox-only:`);
      console.log(`    export AWS_ACCESS_KEY_ID=${key.accessKeyId} AWS_SECRET_ACCESS_KEY='${key.secretAccessKey}' AWS_DEFAULT_REGION=us-east-1`);
      console.log(`    aws sts get-caller-identity --endpoint-url ${url}`);
    }
    if (provisioned) {
      console.log(`  workshop: ${provisioned.room.attendees.length} attendees (${provisioned.room.attendees[0]?.userArn} …), each with their own clock and world edits`);
      console.log(`  instructor page: ${url}/#instructor   instructor token (paste it there; keep it to yourself):`);
      console.log(`    ${provisioned.room.instructorToken}`);
    }
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
