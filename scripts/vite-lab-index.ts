/**
 * A Vite plugin serving `virtual:lab-index`: each labs/*.json's id and title (English and French), read at build
 * (and dev/test) time, so the first screen's command registry lists the labs without carrying the labs
 * themselves (they load with the Labs area; src/features/labs/labFiles.ts validates them). Used by
 * vite.config.ts and vitest.config.ts alike, so the page and the unit tests read the same index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface LabIndexEntry {
  id: string;
  /** The menu and the palette show the reader's language; a title without French shows its English. */
  title: { en: string; fr: string };
}

/**
 * The index of lab files given as [file name, JSON text], sorted by file name. A file that does not
 * parse or lacks a string id or English title is left out: the Labs area reports it.
 */
export function labIndexOf(files: readonly (readonly [name: string, text: string])[]): LabIndexEntry[] {
  return [...files]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, text]) => {
      let lab: unknown;
      try {
        lab = JSON.parse(text);
      } catch {
        return [];
      }
      if (typeof lab !== 'object' || lab === null) return [];
      const { id, title } = lab as { id?: unknown; title?: { en?: unknown; fr?: unknown } | null };
      if (typeof id !== 'string' || typeof title?.en !== 'string') return [];
      return [{ id, title: { en: title.en, fr: typeof title.fr === 'string' ? title.fr : title.en } }];
    });
}

const VIRTUAL_ID = 'virtual:lab-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function labIndexPlugin(labsDir: string): Plugin {
  return {
    name: 'stsw-lab-index',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const names = readdirSync(labsDir).filter((f) => f.endsWith('.json'));
      // Rebuild (and reload in dev) when a lab is edited, added or removed.
      this.addWatchFile(labsDir);
      for (const name of names) this.addWatchFile(join(labsDir, name));
      const index = labIndexOf(names.map((name) => [name, readFileSync(join(labsDir, name), 'utf8')] as const));
      return `export default ${JSON.stringify(index)};\n`;
    },
  };
}
