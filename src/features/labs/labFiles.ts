/**
 * The labs of this build: every labs/*.json file of the repository, validated as the workbench
 * loads them (a broken file is listed with its errors, the others still work), with the code that
 * checks their steps and fills their forms. This module loads with the Labs area or the first lab
 * event (a permission-check run), not with the first screen.
 */
import { validateLabSet } from '../../labs/validate';

export { labPermissionRun } from '../../labs/check';
export { resolveLab, signedInUserOf } from '../../labs/signed-in';
export { showMe } from './showMeFlow';
export { callsSince, labCallOf } from '../../state/labCalls';

const files = import.meta.glob<unknown>('../../../labs/*.json', { eager: true, import: 'default' });

export const LAB_SET = validateLabSet(
  Object.keys(files)
    .sort()
    .map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), value: files[path] })),
);
