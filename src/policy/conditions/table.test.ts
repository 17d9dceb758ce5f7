import { describe, expect, it } from 'vitest';
import { parseOperatorName } from './operator-name';
import { findOperator, OPERATORS } from './table';

const ALL = [
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals',
  'DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals',
  'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Null',
];

describe('operator table', () => {
  it('has exactly the IAM operators', () => {
    expect(OPERATORS.map((o) => o.name).sort()).toEqual([...ALL].sort());
  });

  it('marks the negated operators', () => {
    const negated = OPERATORS.filter((o) => o.negated).map((o) => o.name).sort();
    expect(negated).toEqual(['ArnNotEquals', 'ArnNotLike', 'DateNotEquals', 'NotIpAddress', 'NumericNotEquals', 'StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike']);
  });

  it('substitutes policy variables only in String and Arn operators', () => {
    const withVariables = OPERATORS.filter((o) => o.variables).map((o) => o.family);
    expect(new Set(withVariables)).toEqual(new Set(['String', 'Arn']));
  });

  it('offers IfExists and both set prefixes for every operator but Null', () => {
    for (const name of ALL.filter((n) => n !== 'Null')) {
      expect(parseOperatorName(`${name}IfExists`), name).toMatchObject({ ok: true, ifExists: true });
      expect(parseOperatorName(`ForAnyValue:${name}`), name).toMatchObject({ ok: true, qualifier: 'ForAnyValue' });
      expect(parseOperatorName(`ForAllValues:${name}IfExists`), name).toMatchObject({ ok: true, qualifier: 'ForAllValues', ifExists: true });
    }
    expect(parseOperatorName('NullIfExists').ok).toBe(false);
  });

  it('finds by exact name only', () => {
    expect(findOperator('StringEquals')?.family).toBe('String');
    expect(findOperator('stringequals')).toBeUndefined();
  });
});
