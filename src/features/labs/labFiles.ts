/**
 * The labs of this build: every labs/*.json file of the repository, validated as the workbench
 * loads them (a broken file is listed with its errors, the others still work). This module loads
 * with the Labs area, not with the first screen.
 */
import { validateLabSet } from '../../labs/validate';

const files = import.meta.glob<unknown>('../../../labs/*.json', { eager: true, import: 'default' });

export const LAB_SET = validateLabSet(
  Object.keys(files)
    .sort()
    .map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), value: files[path] })),
);
