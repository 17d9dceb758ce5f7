/** Where things are: the repository root (the server's cwd) and the seed's CLI examples. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SUPPORT_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(SUPPORT_DIR, '..', '..', '..');

/**
 * The shared seed is the authority; the copy under fixtures/ keeps the suite runnable from a checkout
 * without /work/shared. STS_SEED_PATH overrides both.
 */
export function seedPath(): string {
  const candidates = [process.env.STS_SEED_PATH, '/work/shared/seed/cli-examples.json', join(SUPPORT_DIR, '..', 'fixtures', 'cli-examples.json')];
  const found = candidates.find((p): p is string => typeof p === 'string' && p.length > 0 && existsSync(p));
  if (!found) throw new Error('cli-examples.json not found (set STS_SEED_PATH)');
  return found;
}
