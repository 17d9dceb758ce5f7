import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LAB_INDEX } from './labIndex';

describe('LAB_INDEX (virtual:lab-index)', () => {
  it('lists every lab of labs/ with its id and title in English and French, in file order (the unit tests load the same plugin as the build)', () => {
    const labsDir = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'labs');
    const labs = readdirSync(labsDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(labsDir, f), 'utf8')) as { id: string; title: { en: string; fr: string } });
    expect(LAB_INDEX).toEqual(labs.map((l) => ({ id: l.id, title: { en: l.title.en, fr: l.title.fr } })));
    expect(LAB_INDEX.length).toBeGreaterThan(0);
  });
});
