/**
 * Presenter mode: the whole workbench drawn larger, for a room and a projector. Off unless the user turns it
 * on; kept like the theme, under one key (`stsw.presenter` = `on`), removed when turned off.
 */
import { readStoredChoice, storeChoice } from '../../state/storedChoice';

export const PRESENTER_STORAGE_KEY = 'stsw.presenter';
/** The class on <html> that scales the page (styles.css). */
const PRESENTER_CLASS = 'presenter';

export function readStoredPresenter(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  return readStoredChoice(storage, PRESENTER_STORAGE_KEY) === 'on';
}

export function storePresenter(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, on: boolean): void {
  storeChoice(storage, PRESENTER_STORAGE_KEY, on ? 'on' : null);
}

export function applyPresenter(on: boolean): void {
  document.documentElement.classList.toggle(PRESENTER_CLASS, on);
}
