/**
 * The labs' ids and titles only, for the command registry (the palette and the Labs menu): Vite keeps
 * just these two top-level fields of each labs/*.json in the first screen; the labs themselves load
 * with the Labs area (src/features/labs/labFiles.ts validates them).
 */
import type { LabText } from '../labs/format';

const ids = import.meta.glob<unknown>('../../labs/*.json', { eager: true, import: 'id' });
const titles = import.meta.glob<unknown>('../../labs/*.json', { eager: true, import: 'title' });

export interface LabEntry {
  id: string;
  /** In the lab file's languages (the menu and the palette show the reader's). */
  title: LabText;
}

/** Every lab of this build in file order, with its title (a file without an id or an English title is left to the Labs area's report). */
export const LAB_INDEX: readonly LabEntry[] = Object.keys(ids)
  .sort()
  .flatMap((path) => {
    const id = ids[path];
    const title = titles[path] as LabText | undefined;
    return typeof id === 'string' && typeof title?.en === 'string' ? [{ id, title: { ...title, fr: typeof title.fr === 'string' ? title.fr : title.en } }] : [];
  });
