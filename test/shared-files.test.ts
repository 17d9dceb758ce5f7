import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VENDORED_SHARED_DIR, canonicalSharedDir } from './shared-files';

const canonical = canonicalSharedDir();
if (!canonical) console.warn('[shared-files] ../shared is not on this machine: the vendored copies under test/fixtures/shared are used unchecked.');

describe.skipIf(!canonical)('the vendored copies of ../shared', () => {
  for (const file of ['seed/cli-examples.json', 'contracts/sandbox-world.example.json']) {
    it(`${file} is identical to the canonical file`, () => {
      expect(readFileSync(join(VENDORED_SHARED_DIR, file), 'utf8')).toBe(readFileSync(join(canonical!, file), 'utf8'));
    });
  }
});
