import type { Message } from '../../kernel/message';
import { englishError, translator } from '../../i18n/test-support/translate';
import { describe, expect, it } from 'vitest';
import { readAttributes, readClaims, readList, readTags, rolesTrusting } from './mintForms';

describe('mint form readers', () => {
  it('reads attributes with repeated names as several values, keeping payloads verbatim', () => {
    expect(readAttributes('groups=admins\n\ngroups=dev\nnote=<script>x=1</script>')).toEqual({ ok: true, value: { groups: ['admins', 'dev'], note: ['<script>x=1</script>'] } });
    expect(englishError(readAttributes('no equals sign'))).toBe('Attributes, line 1: write name=value.');
    expect(translator('fr')(readTags('x').ok ? { id: 'none', message: '' } : (readTags('x') as { error: Message }).error)).toBe('Balises de session, ligne 1 : écrivez nom=valeur.');
  });

  it('refuses a tag given twice', () => {
    expect(englishError(readTags('team=blue\nteam=red'))).toContain('“team” appears twice');
    expect(readTags('team=blue\ncc=')).toEqual({ ok: true, value: { team: 'blue', cc: '' } });
  });

  it('reads extra claims as a JSON object only', () => {
    expect(readClaims('')).toEqual({ ok: true, value: {} });
    expect(readClaims('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(readClaims('[1]')).toMatchObject({ ok: false });
    expect(englishError(readClaims('{a'))).toContain('not JSON');
  });

  it('splits lists and finds the roles that trust a provider', () => {
    expect(readList(' a, b  c,')).toEqual(['a', 'b', 'c']);
    const world = {
      accounts: [
        {
          id: '123456789012',
          roles: [
            { name: 'Saml', arn: 'arn:aws:iam::123456789012:role/Saml', trustPolicy: { Statement: [{ Principal: { Federated: 'arn:aws:iam::123456789012:saml-provider/P' } }] } },
            { name: 'Other', arn: 'arn:aws:iam::123456789012:role/Other', trustPolicy: { Statement: [{ Principal: { Federated: 'arn:aws:iam::123456789012:saml-provider/P2' } }] } },
          ],
          samlProviders: [],
          oidcProviders: [],
        },
      ],
    };
    expect(rolesTrusting(world, 'arn:aws:iam::123456789012:saml-provider/P').map((r) => r.name)).toEqual(['Saml']);
  });
});
