import { describe, expect, it } from 'vitest';
import enJson from './locales/en/messages.json';
import frJson from './locales/fr/messages.json';
import { messages as enCompiled } from './locales/en/messages';
import { messages as frCompiled } from './locales/fr/messages';
import { messages as pseudoCompiled } from './locales/en-XA/messages';
import { catalogProblems, placeholdersOf } from './catalog-parity';

type Catalog = Record<string, { message?: string; translation?: string }>;

describe('message catalogs', () => {
  it('has every key in English and in French, each translated, with the same ICU placeholders', () => {
    expect(catalogProblems({ en: enJson as Catalog, fr: frJson as Catalog }, { en: enCompiled, fr: frCompiled })).toEqual([]);
  });

  it('generates the pseudo-locale from every English message', () => {
    expect(Object.keys(pseudoCompiled).sort()).toEqual(Object.keys(enCompiled).sort());
  });
});

describe('catalogProblems (the parity check itself)', () => {
  const en: Catalog = { a: { message: 'One {n}', translation: 'One {n}' }, b: { message: 'Two', translation: 'Two' } };
  const enC = { a: ['One ', ['n']], b: 'Two' };

  it('names a key that exists in one language and not the other', () => {
    const fr: Catalog = { a: { translation: 'Un {n}' }, c: { translation: 'Trois' } };
    const frC = { a: ['Un ', ['n']], c: 'Trois' };
    expect(catalogProblems({ en, fr }, { en: enC, fr: frC })).toEqual(['fr lacks "b"', 'en lacks "c"']);
  });

  it('names an untranslated French message', () => {
    const fr: Catalog = { a: { translation: 'Un {n}' }, b: { translation: '' } };
    expect(catalogProblems({ en, fr }, { en: enC, fr: { a: ['Un ', ['n']], b: 'Two' } })).toEqual(['fr has no translation for "b"']);
  });

  it('names a French message whose placeholders differ from the English one', () => {
    const fr: Catalog = { a: { translation: 'Un {m}' }, b: { translation: 'Deux' } };
    expect(catalogProblems({ en, fr }, { en: enC, fr: { a: ['Un ', ['m']], b: 'Deux' } })).toEqual(['fr "a" has placeholders {m}, English has {n}']);
  });

  it('reads placeholders inside plural branches', () => {
    expect(placeholdersOf(['', ['n', 'plural', { one: ['# rôle pour ', ['who']], other: ['# rôles'] }]])).toEqual(['n', 'who']);
  });
});
