import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../kernel/test-support/memory-storage';
import { IN_PAGE_EDITS_STORAGE_KEY, inPageEditsLost, noteInPageEdits } from './inPageEditsMarker';

const ROLE = 'arn:aws:iam::123456789012:role/xaccounts3access';

describe('telling the user a reload lost the in-page sandbox\'s live edits', () => {
  it('names the edited ARNs a new sandbox lacks, and nothing once they are back or reset', () => {
    const tab = memoryStorage();
    noteInPageEdits({ [ROLE]: ['trustPolicy'] }, tab);
    expect(tab.map.get(IN_PAGE_EDITS_STORAGE_KEY)).toBe(JSON.stringify([ROLE])); // ARNs only, no policy text
    expect(inPageEditsLost({}, tab)).toEqual([ROLE]);
    expect(inPageEditsLost({ [ROLE]: ['trustPolicy'] }, tab)).toEqual([]); // revived from the vault
    noteInPageEdits({}, tab);
    expect(tab.map.size).toBe(0);
    expect(inPageEditsLost({}, tab)).toEqual([]);
  });
  it('forgives damaged storage', () => {
    const tab = memoryStorage();
    tab.map.set(IN_PAGE_EDITS_STORAGE_KEY, '{not json');
    expect(inPageEditsLost({}, tab)).toEqual([]);
    tab.map.set(IN_PAGE_EDITS_STORAGE_KEY, JSON.stringify(['not an arn', 7, ROLE]));
    expect(inPageEditsLost(undefined, tab)).toEqual([ROLE]);
  });
});
