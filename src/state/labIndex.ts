/**
 * The labs' ids and titles (English and French) only, for the command registry (the palette and the Labs menu):
 * `virtual:lab-index` (scripts/vite-lab-index.ts) reads them from labs/*.json at build time, so the
 * first screen does not carry the labs; the labs themselves load with the Labs area
 * (src/features/labs/labFiles.ts validates them and reports a file without an id or a title).
 */
import LAB_FILES_INDEX from 'virtual:lab-index';
import type { LabText } from '../labs/format';

export interface LabEntry {
  id: string;
  /** In the lab file's languages (the menu and the palette show the reader's). */
  title: LabText;
}

/** Every lab of this build in file order, with its title. */
export const LAB_INDEX: readonly LabEntry[] = LAB_FILES_INDEX;
