import { describe, expect, it } from 'vitest';
import { renderCliArgv } from './argv';
import { renderCliCommand } from './command';
import type { CliOperation } from './types';

/** A hand-built operation in the catalog's shape (inspect may not import the catalog itself). */
const op: CliOperation = {
  name: 'AssumeRole',
  cliName: 'assume-role',
  params: [
    { name: 'RoleArn', cliFlag: 'role-arn', widget: 'text', type: { kind: 'string' } },
    { name: 'RoleSessionName', cliFlag: 'role-session-name', widget: 'text', type: { kind: 'string' } },
    { name: 'PolicyArns', cliFlag: 'policy-arns', widget: 'policyArns', type: { kind: 'structList', fields: [{ name: 'arn', cliKey: 'arn' }] } },
    { name: 'Policy', cliFlag: 'policy', widget: 'policy', type: { kind: 'string' } },
    { name: 'DurationSeconds', cliFlag: 'duration-seconds', widget: 'number', type: { kind: 'integer' } },
    {
      name: 'Tags',
      cliFlag: 'tags',
      widget: 'tags',
      type: { kind: 'structList', fields: [{ name: 'Key', cliKey: 'Key' }, { name: 'Value', cliKey: 'Value' }] },
    },
    { name: 'TransitiveTagKeys', cliFlag: 'transitive-tag-keys', widget: 'transitiveTagKeys', type: { kind: 'stringList' } },
    { name: 'TaskPolicyArn', cliFlag: 'task-policy-arn', widget: 'taskPolicyArn', type: { kind: 'struct', fields: [{ name: 'arn', cliKey: 'arn' }] } },
  ],
};
const role = 'arn:aws:iam::123456789012:role/R';

describe('renderCliArgv', () => {
  it('follows the key order of the input, not the catalog order', () => {
    expect(renderCliArgv(op, { DurationSeconds: 1800, RoleSessionName: 's', RoleArn: role })).toEqual([
      'aws', 'sts', 'assume-role', '--duration-seconds', '1800', '--role-session-name', 's', '--role-arn', role,
    ]);
  });

  it('leaves out unknown keys and empty values', () => {
    expect(renderCliArgv(op, { RoleArn: role, Bogus: 'x', Policy: '', Tags: [], RoleSessionName: undefined, DurationSeconds: null })).toEqual([
      'aws', 'sts', 'assume-role', '--role-arn', role,
    ]);
  });

  it('uses shorthand for lists and structures', () => {
    expect(
      renderCliArgv(op, {
        PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/A' }, { arn: 'arn:aws:iam::aws:policy/B' }],
        Tags: [{ Key: 'Cost Center', Value: 'R&D / 42' }],
        TransitiveTagKeys: ['Cost Center'],
        TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/SQSUnlockQueuePolicy' },
      }).slice(3),
    ).toEqual([
      '--policy-arns', 'arn=arn:aws:iam::aws:policy/A', 'arn=arn:aws:iam::aws:policy/B',
      '--tags', 'Key=Cost Center,Value=R&D / 42',
      '--transitive-tag-keys', 'Cost Center',
      '--task-policy-arn', 'arn=arn:aws:iam::aws:policy/root-task/SQSUnlockQueuePolicy',
    ]);
  });

  it('falls back to JSON where shorthand would misread a value', () => {
    expect(renderCliArgv(op, { Tags: [{ Key: 'list', Value: 'a,b' }, { Key: 'k', Value: 'v' }] }).slice(3)).toEqual([
      '--tags',
      '[{"Key":"list","Value":"a,b"},{"Key":"k","Value":"v"}]',
    ]);
    expect(renderCliArgv(op, { Tags: [{ Key: 'empty', Value: '' }] }).slice(3)).toEqual(['--tags', '[{"Key":"empty","Value":""}]']);
    expect(renderCliArgv(op, { Tags: [{ Key: 'q', Value: 'say "hi"' }] }).slice(4)).toEqual(['[{"Key":"q","Value":"say \\"hi\\""}]']);
    expect(renderCliArgv(op, { TransitiveTagKeys: ['-dash'] }).slice(3)).toEqual(['--transitive-tag-keys', '["-dash"]']);
  });

  it('renders a value that starts with a dash as --flag=value', () => {
    expect(renderCliArgv(op, { RoleSessionName: '-me' }).slice(3)).toEqual(['--role-session-name=-me']);
  });

  it('renders integers as decimal and adds region and endpoint last', () => {
    expect(renderCliArgv(op, { DurationSeconds: 43200 }, { region: 'eu-west-1', endpointUrl: 'http://localhost:4173' }).slice(3)).toEqual([
      '--duration-seconds', '43200', '--region', 'eu-west-1', '--endpoint-url', 'http://localhost:4173',
    ]);
  });

  it('replaces the policy JSON with file:// when asked', () => {
    expect(renderCliArgv(op, { Policy: '{"Version":"2012-10-17"}' }, { policyFile: 'session policy.json' }).slice(3)).toEqual([
      '--policy', 'file://session policy.json',
    ]);
  });
});

describe('renderCliCommand', () => {
  it('quotes only what needs quoting', () => {
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
    expect(renderCliCommand(op, { RoleArn: role, RoleSessionName: 'alice', Policy: policy, Tags: [{ Key: 'Owner', Value: "O'Brien $USER" }] })).toBe(
      `aws sts assume-role --role-arn ${role} --role-session-name alice --policy '${policy}' --tags '[{"Key":"Owner","Value":"O'"'"'Brien $USER"}]'`,
    );
  });

  it('puts each flag on its own line in the multi-line variant', () => {
    expect(
      renderCliCommand(op, { RoleArn: role, RoleSessionName: 'two words', TransitiveTagKeys: ['a', 'b'] }, { multiline: true, endpointUrl: 'http://127.0.0.1:4173' }),
    ).toBe(
      ['aws sts assume-role \\', `  --role-arn ${role} \\`, "  --role-session-name 'two words' \\", '  --transitive-tag-keys a b \\', '  --endpoint-url http://127.0.0.1:4173'].join('\n'),
    );
  });

  it('is a single line by default even for multi-line policies', () => {
    const out = renderCliCommand(op, { Policy: '{\n  "Version": "2012-10-17"\n}' });
    expect(out).toBe(`aws sts assume-role --policy '{\n  "Version": "2012-10-17"\n}'`);
  });
});
