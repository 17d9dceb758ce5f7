/**
 * The sandbox's state directory: its secrets (sealing key, IdP keys) and its clock offset, so a
 * restart keeps sessions and minted tokens valid (contracts §3, §4). Files are readable by the owner only.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { generateSecretsFile, type SandboxSecretsFile } from '../sandbox/core/secrets';

export function defaultStateDir(): string {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, 'sts-workbench');
}

function writePrivate(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode: 0o600 });
  renameSync(tmp, path);
}

/** @param sandboxNowMs the sandbox clock, read only when new secrets are made (their SAML certificate is dated by it) */
export async function loadOrCreateSecrets(dir: string, randomBytes: (n: number) => Uint8Array, sandboxNowMs: () => number): Promise<{ secrets: SandboxSecretsFile; created: boolean }> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, 'secrets.json');
  try {
    const secrets = JSON.parse(readFileSync(path, 'utf8')) as SandboxSecretsFile;
    if (secrets.version !== 1) throw new Error(`unsupported version ${String(secrets.version)}`);
    return { secrets, created: false };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${path} cannot be read (${(e as Error).message}). Remove it to start with new sandbox keys (live sessions will end).`);
  }
  const secrets = await generateSecretsFile(randomBytes, sandboxNowMs());
  writePrivate(path, JSON.stringify(secrets));
  return { secrets, created: true };
}

export function loadClockOffset(dir: string): number {
  try {
    const value = JSON.parse(readFileSync(join(dir, 'clock.json'), 'utf8')) as { offsetSeconds?: unknown };
    return typeof value.offsetSeconds === 'number' && Number.isFinite(value.offsetSeconds) ? value.offsetSeconds : 0;
  } catch {
    return 0;
  }
}

export function saveClockOffset(dir: string, offsetSeconds: number): void {
  writePrivate(join(dir, 'clock.json'), JSON.stringify({ offsetSeconds }));
}
