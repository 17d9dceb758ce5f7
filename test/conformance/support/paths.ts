/** Where things are: the repository root (the server's cwd) and the seed's CLI examples. */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedFile } from '../../shared-files';

export const SUPPORT_DIR = dirname(fileURLToPath(import.meta.url));

export { REPO_ROOT } from '../../shared-files';

/** The seed's CLI examples (../shared, or the vendored copy); STS_SEED_PATH overrides. */
export function seedPath(): string {
  return process.env.STS_SEED_PATH || sharedFile('seed/cli-examples.json');
}
