import { describe, expect, it } from 'vitest';
import { labIndexOf } from './vite-lab-index';

describe('labIndexOf', () => {
  it('keeps only each lab’s id and title (French falling back to English), in file-name order', () => {
    const big = JSON.stringify({ id: 'b-lab', title: { en: 'B', fr: 'B fr' }, summary: { en: 'x'.repeat(5000) }, steps: [{ a: 1 }] });
    const index = labIndexOf([
      ['02-b.json', big],
      ['01-a.json', JSON.stringify({ id: 'a-lab', title: { en: 'A' } })],
    ]);
    expect(index).toEqual([
      { id: 'a-lab', title: { en: 'A', fr: 'A' } },
      { id: 'b-lab', title: { en: 'B', fr: 'B fr' } },
    ]);
    expect(JSON.stringify(index)).not.toContain('xxxx');
  });

  it('leaves out a file that does not parse or has no id or English title', () => {
    expect(
      labIndexOf([
        ['01.json', '{ not json'],
        ['02.json', JSON.stringify({ title: { en: 'No id' } })],
        ['03.json', JSON.stringify({ id: 'no-title' })],
        ['04.json', JSON.stringify({ id: 'fr-only', title: { fr: 'Seulement' } })],
        ['05.json', 'null'],
        ['06.json', JSON.stringify({ id: 'ok', title: { en: 'Ok' } })],
      ]),
    ).toEqual([{ id: 'ok', title: { en: 'Ok', fr: 'Ok' } }]);
  });
});
