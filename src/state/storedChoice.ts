/**
 * The workbench's display choices (theme, presenter mode, language) kept in localStorage: one key each, a short word
 * as the value, never a secret. Blocked storage (privacy settings) is not an error: the choice then lasts
 * for this page only.
 */
export type ChoiceStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readStoredChoice(storage: Pick<Storage, 'getItem'> | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** `null` removes the key: the default is never stored. */
export function storeChoice(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    /* storage unavailable: the choice lasts for this page only */
  }
}

/** window.localStorage, or undefined where reading the property itself throws (storage blocked). */
export function choiceStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
