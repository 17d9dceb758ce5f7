import { describe, expect, it } from 'vitest';
import { parseOperatorName } from './operator-name';

describe('parseOperatorName', () => {
  it('splits prefix, operator and IfExists', () => {
    expect(parseOperatorName('ForAllValues:StringLikeIfExists')).toMatchObject({ ok: true, qualifier: 'ForAllValues', ifExists: true, def: { name: 'StringLike' } });
    expect(parseOperatorName('StringEquals')).toMatchObject({ ok: true, qualifier: null, ifExists: false, def: { name: 'StringEquals' } });
  });

  it('names unknown operators and suggests the right spelling', () => {
    expect(parseOperatorName('StringEqual')).toEqual({ ok: false, name: 'StringEqual', reason: 'unknown', error: 'unknown condition operator "StringEqual"' });
    expect(parseOperatorName('boolifexists')).toMatchObject({ ok: false, error: expect.stringContaining('did you mean "BoolIfExists"?') });
    expect(parseOperatorName('forallvalues:StringEquals')).toMatchObject({ ok: false, error: expect.stringContaining('"ForAnyValue:" and "ForAllValues:"') });
    expect(parseOperatorName('ForAnyValue:Nope')).toMatchObject({ ok: false, error: 'unknown condition operator "ForAnyValue:Nope"' });
    expect(parseOperatorName('IfExists')).toMatchObject({ ok: false });
  });

  it('refuses Null with IfExists or a set prefix', () => {
    expect(parseOperatorName('NullIfExists')).toMatchObject({ ok: false, error: expect.stringContaining('Null cannot take IfExists') });
    expect(parseOperatorName('ForAnyValue:Null')).toMatchObject({ ok: false, error: expect.stringContaining('Null cannot take a ForAnyValue: prefix') });
  });
});
