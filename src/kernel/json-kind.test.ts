import { describe, expect, it } from 'vitest';
import { inEnglish, translator } from '../i18n/test-support/translate';
import { jsonKindOf } from './json-kind';

describe('jsonKindOf', () => {
  it('names each kind of JSON value, in English and French', () => {
    expect([[1, 2], null, 'x', 3, true, {}].map((v) => inEnglish(jsonKindOf(v)))).toEqual(['an array', 'null', 'a string', 'a number', 'a boolean', 'an object']);
    expect([[1, 2], 'x'].map((v) => translator('fr')(jsonKindOf(v)))).toEqual(['un tableau', 'une chaîne']);
  });
});
