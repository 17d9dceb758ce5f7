import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../../catalog/types';
import { visibleIssues } from './visibleIssues';

const missing: FieldIssue = { param: 'RoleArn', path: 'roleArn', code: 'ValidationError', message: "Value null at 'roleArn' failed to satisfy constraint: Member must not be null", explain: { id: 'x', message: 'x' }, source: 'model' };
const tooShort: FieldIssue = { param: 'RoleSessionName', path: 'roleSessionName', code: 'ValidationError', message: 'length', explain: { id: 'x', message: 'x' }, source: 'model' };
const rule: FieldIssue = { param: 'TokenCode', path: 'tokenCode', code: 'ValidationError', message: 'TokenCode must be specified when SerialNumber is specified.', explain: { id: 'x', message: 'x' }, source: 'rule' };

describe('visible validation messages', () => {
  it('hides "must not be null" for fields the user has not reached, but shows problems with typed values and rules', () => {
    const shown = visibleIssues([missing, tooShort, rule], { RoleSessionName: 'a' }, new Set(), false);
    expect(shown).toEqual([tooShort, rule]);
  });

  it('shows a missing value once the field was edited (e.g. typed then cleared)', () => {
    expect(visibleIssues([missing], {}, new Set(['RoleArn']), false)).toEqual([missing]);
  });

  it('shows everything after a send attempt', () => {
    expect(visibleIssues([missing, tooShort, rule], {}, new Set(), true)).toEqual([missing, tooShort, rule]);
  });
});
