/**
 * What tells the user, after a reload, that the in-page sandbox's live world edits are gone: that
 * sandbox lives in the page's memory (and in the encrypted vault only when persistence is on), so a
 * reload starts it from the world file again. This tab's sessionStorage keeps the ARNs that had live
 * edits (ARNs only, no policy text and no secret), and a new in-page sandbox compares.
 */
export const IN_PAGE_EDITS_STORAGE_KEY = 'stsw.inPageEditedArns';

type TabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function tabStorage(): TabStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** Notes which ARNs the in-page sandbox has live edits for now (none: the note is removed). */
export function noteInPageEdits(edits: Readonly<Record<string, unknown>> | undefined, storage: TabStorage | null = tabStorage()): void {
  const arns = Object.keys(edits ?? {}).filter((a) => a.startsWith('arn:'));
  try {
    if (arns.length) storage?.setItem(IN_PAGE_EDITS_STORAGE_KEY, JSON.stringify(arns));
    else storage?.removeItem(IN_PAGE_EDITS_STORAGE_KEY);
  } catch {
    /* storage unavailable: a reload cannot say what was lost */
  }
}

/** The ARNs whose live edits an earlier page of this tab had and a new in-page sandbox does not. */
export function inPageEditsLost(now: Readonly<Record<string, unknown>> | undefined, storage: TabStorage | null = tabStorage()): string[] {
  let before: unknown;
  try {
    before = JSON.parse(storage?.getItem(IN_PAGE_EDITS_STORAGE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(before)) return [];
  return before.filter((a): a is string => typeof a === 'string' && a.startsWith('arn:') && !(now && a in now)).slice(0, 50);
}
