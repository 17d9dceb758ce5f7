import { describe, expect, it } from 'vitest';
import { inEnglish, translator } from '../i18n/test-support/translate';
import { controlErrorMessage } from './controlErrors';

describe('a sandbox control’s refusal, for the reader', () => {
  it('explains a known code in the reader’s language and keeps the sandbox’s own words', () => {
    const m = controlErrorMessage('InvalidJoinCode', 'This join code is not valid.');
    expect(inEnglish(m)).toBe('This attendee link no longer works (used, expired or replaced): ask the instructor for a new one. The sandbox says: This join code is not valid.');
    expect(translator('fr')(m)).toBe('Ce lien de participant ne fonctionne plus (déjà utilisé, expiré ou remplacé) : demandez-en un nouveau au formateur. Le bac à sable dit : This join code is not valid.');
  });

  it('names an unknown code', () => {
    expect(translator('fr')(controlErrorMessage('Teapot', 'no'))).toBe('Le bac à sable a refusé la requête (Teapot) : no');
  });
});
