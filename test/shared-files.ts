/**
 * The project's shared specification files (seed examples, contract world) for tests. The canonical
 * copies live beside the checkout in ../shared; a checkout elsewhere (a CI runner, a fork) falls back
 * to the copies under test/fixtures/shared, which a unit test keeps identical to the canonical ones.
 * STSW_SHARED_DIR overrides the canonical location.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const VENDORED_SHARED_DIR = join(REPO_ROOT, 'test', 'fixtures', 'shared');

/** The canonical shared directory, when this machine has one. */
export function canonicalSharedDir(): string | undefined {
  const candidates = [process.env.STSW_SHARED_DIR, join(REPO_ROOT, '..', 'shared'), '/work/shared'];
  return candidates.find((d): d is string => typeof d === 'string' && d.length > 0 && existsSync(join(d, 'seed', 'cli-examples.json')));
}

/** A shared file by its path under shared/, e.g. `seed/cli-examples.json`. */
export function sharedFile(relativePath: string): string {
  const canonical = canonicalSharedDir();
  if (canonical && existsSync(join(canonical, relativePath))) return join(canonical, relativePath);
  const vendored = join(VENDORED_SHARED_DIR, relativePath);
  if (!existsSync(vendored)) throw new Error(`${relativePath} not found in ../shared nor in test/fixtures/shared`);
  return vendored;
}
