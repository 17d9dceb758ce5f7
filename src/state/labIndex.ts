/**
 * The labs' ids and English titles only, for the command registry (the palette and the Labs menu):
 * `virtual:lab-index` (scripts/vite-lab-index.ts) reads them from labs/*.json at build time, so the
 * first screen does not carry the labs; the labs themselves load with the Labs area
 * (src/features/labs/labFiles.ts validates them and reports a file without an id or a title).
 */
import LAB_FILES_INDEX from 'virtual:lab-index';

export interface LabEntry {
  id: string;
  title: string;
}

/** Every lab of this build in file order, its English title. */
export const LAB_INDEX: readonly LabEntry[] = LAB_FILES_INDEX;
