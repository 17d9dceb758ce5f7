import { describe, expect, it } from 'vitest';
import type { OperationSpec, ParamSpec, StructField } from '../../catalog/types';
import { parseOperationInput } from './parse-query-input';

const str = { kind: 'string' } as const;
function field(name: string): StructField {
  return { name, memberPath: name.charAt(0).toLowerCase() + name.slice(1), required: false, type: str, cliKey: name };
}
function param(name: string, type: ParamSpec['type']): ParamSpec {
  const memberPath = name.charAt(0).toLowerCase() + name.slice(1);
  return { name, memberPath, cliFlag: name.toLowerCase(), label: { id: name, message: name }, type, required: false, doc: { id: name, message: '' }, widget: 'text' };
}

const spec: Pick<OperationSpec, 'params'> = {
  params: [
    param('RoleArn', str),
    param('DurationSeconds', { kind: 'integer', min: 900, max: 43200 }),
    param('Tags', { kind: 'structList', maxItems: 50, fields: [field('Key'), field('Value')] }),
    param('TransitiveTagKeys', { kind: 'stringList', item: str }),
    param('PolicyArns', { kind: 'structList', fields: [field('arn')] }),
    param('ProvidedContexts', { kind: 'structList', fields: [field('ProviderArn'), field('ContextAssertion')] }),
    param('Audience', { kind: 'stringList', item: str }),
    param('TaskPolicyArn', { kind: 'struct', fields: [field('arn')] }),
  ],
};

function parse(entries: [string, string][]) {
  return parseOperationInput(spec, new Map(entries));
}

describe('parseOperationInput', () => {
  it('builds the SDK-shaped input from every wire form botocore uses', () => {
    expect(
      parse([
        ['Action', 'AssumeRole'],
        ['RoleArn', 'arn:aws:iam::123456789012:role/Deploy'],
        ['DurationSeconds', '3600'],
        ['Tags.member.1.Key', 'Project'],
        ['Tags.member.1.Value', 'Alpha'],
        ['Tags.member.2.Key', 'Team'],
        ['Tags.member.2.Value', ''],
        ['TransitiveTagKeys.member.1', 'Project'],
        ['PolicyArns.member.1.arn', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
        ['ProvidedContexts.member.1.ProviderArn', 'arn:aws:iam::aws:contextProvider/IdentityCenter'],
        ['ProvidedContexts.member.1.ContextAssertion', 'abcd'],
        ['Audience.member.1', 'a'],
        ['Audience.member.2', 'b'],
        ['TaskPolicyArn.arn', 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials'],
      ]),
    ).toEqual({
      RoleArn: 'arn:aws:iam::123456789012:role/Deploy',
      DurationSeconds: 3600,
      Tags: [
        { Key: 'Project', Value: 'Alpha' },
        { Key: 'Team', Value: '' },
      ],
      TransitiveTagKeys: ['Project'],
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      ProvidedContexts: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: 'abcd' }],
      Audience: ['a', 'b'],
      TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials' },
    });
  });

  it('orders sparse, out-of-order member indexes by index and closes the gaps', () => {
    expect(
      parse([
        ['Audience.member.10', 'ten'],
        ['Audience.member.2', 'two'],
        ['Tags.member.7.Value', 'v7'],
        ['Tags.member.3.Key', 'k3'],
        ['Tags.member.7.Key', 'k7'],
      ]),
    ).toEqual({ Audience: ['two', 'ten'], Tags: [{ Key: 'k3' }, { Key: 'k7', Value: 'v7' }] });
  });

  it('gives an empty list for botocore\u2019s empty-list form (Tags=)', () => {
    expect(parse([['Tags', ''], ['TransitiveTagKeys', '']])).toEqual({ Tags: [], TransitiveTagKeys: [] });
  });

  it('ignores unknown parameters, unknown struct fields and malformed member keys', () => {
    expect(
      parse([
        ['Unknown', 'x'],
        ['Tags.member.1.Colour', 'red'],
        ['Tags.member.x.Key', 'k'],
        ['Audience.member.1.Extra', 'y'],
        ['TaskPolicyArn.other', 'z'],
      ]),
    ).toEqual({});
  });

  it('keeps an empty string (the validator reports its length)', () => {
    expect(parse([['RoleArn', '']])).toEqual({ RoleArn: '' });
  });

  it('accepts negative and signed integers', () => {
    expect(parse([['DurationSeconds', '-5']])).toEqual({ DurationSeconds: -5 });
    expect(parse([['DurationSeconds', '+900']])).toEqual({ DurationSeconds: 900 });
  });

  it.each(['abc', '3600.0', '1e3', '', ' 900', '2147483648', '99999999999'])('refuses DurationSeconds=%j with a ValidationError', (raw) => {
    expect(() => parse([['DurationSeconds', raw]])).toThrow(
      expect.objectContaining({
        code: 'ValidationError',
        status: 400,
        message: `1 validation error detected: Value '${raw}' at 'durationSeconds' failed to satisfy constraint: Member must be an integer`,
      }),
    );
  });
});
