import { describe, expect, it } from 'vitest';
import type { OperationSpec, ParamSpec } from '../catalog/types';
import { fromInput, initialValues, toInput, type FormValues } from './formState';

const s = { kind: 'string' } as const;
const p = (name: string, widget: ParamSpec['widget'], type: ParamSpec['type'] = s): ParamSpec => ({
  name,
  memberPath: name.charAt(0).toLowerCase() + name.slice(1),
  cliFlag: name.toLowerCase(),
  label: { id: name, message: name },
  type,
  required: false,
  doc: { id: name, message: '' },
  widget,
});

// A spec shaped like AssumeRole (model order), with every widget kind the form converts.
const spec: OperationSpec = {
  name: 'AssumeRole',
  cliName: 'assume-role',
  group: 'assume',
  summary: { id: 'summary', message: '' },
  doc: { id: 'doc', message: '' },
  signing: 'any',
  globalEndpoint: true,
  returnsCredentials: true,
  rules: [],
  notes: [],
  params: [
    p('RoleArn', 'text'),
    p('RoleSessionName', 'text'),
    p('PolicyArns', 'policyArns', { kind: 'structList', fields: [{ name: 'arn', memberPath: 'arn', required: false, type: s, cliKey: 'arn' }] }),
    p('Policy', 'policy'),
    p('DurationSeconds', 'number', { kind: 'integer', min: 900, max: 43200 }),
    p('Tags', 'tags', {
      kind: 'structList',
      fields: [
        { name: 'Key', memberPath: 'key', required: true, type: s, cliKey: 'Key' },
        { name: 'Value', memberPath: 'value', required: true, type: s, cliKey: 'Value' },
      ],
    }),
    p('TransitiveTagKeys', 'transitiveTagKeys', { kind: 'stringList', item: s }),
    p('ExternalId', 'text'),
    p('ProvidedContexts', 'providedContexts', {
      kind: 'structList',
      fields: [
        { name: 'ProviderArn', memberPath: 'providerArn', required: false, type: s, cliKey: 'ProviderArn' },
        { name: 'ContextAssertion', memberPath: 'contextAssertion', required: false, type: s, cliKey: 'ContextAssertion' },
      ],
    }),
    p('TaskPolicyArn', 'taskPolicyArn', { kind: 'struct', fields: [{ name: 'arn', memberPath: 'arn', required: false, type: s, cliKey: 'arn' }] }),
    p('Audience', 'stringList', { kind: 'stringList', item: s }),
  ],
};

function filled(): FormValues {
  const v = initialValues(spec);
  v.DurationSeconds = { kind: 'text', text: '1800' };
  v.RoleSessionName = { kind: 'text', text: 'alice' };
  v.RoleArn = { kind: 'text', text: 'arn:aws:iam::111122223333:role/Dev' };
  v.Tags = {
    kind: 'tags',
    rows: [
      { key: 'team', value: 'blue', transitive: true },
      { key: '', value: '', transitive: true },
      { key: 'cost', value: '', transitive: false },
    ],
  };
  v.PolicyArns = { kind: 'list', items: ['', 'arn:aws:iam::aws:policy/ReadOnlyAccess'] };
  v.ProvidedContexts = { kind: 'rows', rows: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: '' }, {}] };
  v.TaskPolicyArn = { kind: 'text', text: 'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy' };
  v.Audience = { kind: 'list', items: ['sts.amazonaws.com', ''] };
  return v;
}

describe('form state → SDK input', () => {
  it('keeps catalog order whatever order the user filled the fields in, and drops empty ones', () => {
    const input = toInput(spec, filled());
    expect(Object.keys(input)).toEqual([
      'RoleArn',
      'RoleSessionName',
      'PolicyArns',
      'DurationSeconds',
      'Tags',
      'TransitiveTagKeys',
      'ProvidedContexts',
      'TaskPolicyArn',
      'Audience',
    ]);
    expect(input).not.toHaveProperty('Policy');
    expect(input).not.toHaveProperty('ExternalId');
  });

  it('builds Tags and TransitiveTagKeys from the tag rows, keeping a tag with an empty value', () => {
    const input = toInput(spec, filled());
    expect(input.Tags).toEqual([
      { Key: 'team', Value: 'blue' },
      { Key: 'cost', Value: '' },
    ]);
    expect(input.TransitiveTagKeys).toEqual(['team']);
  });

  it('wraps ARN lists and the task policy in the structures the SDK expects', () => {
    const input = toInput(spec, filled());
    expect(input.PolicyArns).toEqual([{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }]);
    expect(input.TaskPolicyArn).toEqual({ arn: 'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy' });
    expect(input.ProvidedContexts).toEqual([{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter' }]);
    expect(input.Audience).toEqual(['sts.amazonaws.com']);
  });

  it('sends integers as numbers but keeps non-numbers as typed, so validation can name them', () => {
    const v = filled();
    expect(toInput(spec, v).DurationSeconds).toBe(1800);
    v.DurationSeconds = { kind: 'text', text: '15m' };
    expect(toInput(spec, v).DurationSeconds).toBe('15m');
  });

  it('sends text exactly as typed (no silent trimming)', () => {
    const v = filled();
    v.RoleSessionName = { kind: 'text', text: ' alice ' };
    expect(toInput(spec, v).RoleSessionName).toBe(' alice ');
  });

  it('gives an empty input for an untouched form', () => {
    expect(toInput(spec, initialValues(spec))).toEqual({});
  });

  it('round-trips through fromInput, restoring the transitive marks', () => {
    const input = toInput(spec, filled());
    expect(toInput(spec, fromInput(spec, input))).toEqual(input);
    const tags = fromInput(spec, input).Tags;
    expect(tags).toEqual({
      kind: 'tags',
      rows: [
        { key: 'team', value: 'blue', transitive: true },
        { key: 'cost', value: '', transitive: false },
      ],
    });
  });
});

describe('form state with the real catalog', () => {
  it('sends nothing for an untouched form: the model only misses required members, for every operation', async () => {
    const { operations } = await import('../catalog/operations');
    const { validateInput } = await import('../catalog/validate');
    for (const op of operations) {
      const issues = validateInput(op, toInput(op, initialValues(op)));
      // An untouched form only ever lacks required members: nothing empty is sent as ''.
      expect(issues.filter((i) => i.source === 'model').every((i) => op.params.find((p) => p.name === i.param)?.required === true), op.name).toBe(true);
    }
  });

  it('builds AssumeRole input in model order with tags and transitive keys', async () => {
    const { getOperation } = await import('../catalog/operations');
    const spec = getOperation('AssumeRole');
    const v = initialValues(spec);
    v.SourceIdentity = { kind: 'text', text: 'alice' };
    v.Tags = { kind: 'tags', rows: [{ key: 'team', value: 'blue', transitive: true }] };
    v.RoleSessionName = { kind: 'text', text: 's1' };
    v.RoleArn = { kind: 'text', text: 'arn:aws:iam::123456789012:role/R' };
    expect(Object.keys(toInput(spec, v))).toEqual(['RoleArn', 'RoleSessionName', 'Tags', 'TransitiveTagKeys', 'SourceIdentity']);
  });
});
