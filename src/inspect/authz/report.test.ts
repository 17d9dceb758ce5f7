import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../i18n/test-support/translate';
import { sharedFile } from '../../../test/shared-files';
import { buildAuthorizationReport, filterContext, type AuthorizationReport } from './report';

const seed = JSON.parse(readFileSync(sharedFile('seed/cli-examples.json'), 'utf8')) as { examples: Array<{ operation: string; sampleDecodedMessage?: unknown }> };
const SEED_MESSAGE = JSON.stringify(seed.examples.find((e) => e.operation === 'DecodeAuthorizationMessage')?.sampleDecodedMessage);

const report = (input: unknown): AuthorizationReport => {
  const r = buildAuthorizationReport(input);
  if (!r.ok) throw new Error(inEnglish(r.error));
  return r.value;
};

describe("buildAuthorizationReport on the seed's decoded message (real AWS shape)", () => {
  const r = report(SEED_MESSAGE);

  it('gives the verdict, the principal with its ARN parts, the action and the resource', () => {
    expect(r.verdict).toBe('explicit-deny');
    expect(r.allowed).toBe(false);
    expect(r.explicitDeny).toBe(true);
    expect(r.principal).toMatchObject({ id: 'AROA123456789EXAMPLE:Ana', arn: 'arn:aws:sts::111122223333:assumed-role/Developer/Ana', arnProblem: null });
    expect(r.principal.parsedArn).toMatchObject({ partition: 'aws', service: 'sts', account: '111122223333', resourceType: 'assumed-role', resourceName: 'Developer', sessionName: 'Ana' });
    expect(r.action).toBe('RunInstances');
    expect(r.service).toBe('ec2');
    expect(r.resource).toBe('arn:aws:ec2:us-east-1:111122223333:instance/*');
    expect(r.failures).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(r.sandboxSummary).toBeNull();
  });

  it('lists the matched statement with every field', () => {
    expect(r.matchedStatements).toEqual([
      { statementId: 'VisualEditor0', effect: 'Deny', principals: ['AROA123456789EXAMPLE'], principalGroups: [], actions: ['ec2:RunInstances'], resources: ['*'], conditions: [], sourcePolicy: null },
    ]);
  });

  it('sorts all eighteen context keys by name, values unwrapped', () => {
    expect(r.context).toHaveLength(18);
    expect(r.context.map((c) => c.key)).toEqual([
      'aws:Account',
      'aws:ARN',
      'aws:Region',
      'aws:Resource',
      'aws:Service',
      'aws:Type',
      'ec2:AvailabilityZone',
      'ec2:ebsOptimized',
      'ec2:InstanceID',
      'ec2:InstanceMarketType',
      'ec2:InstanceType',
      'ec2:IsLaunchTemplateResource',
      'ec2:MetadataHttpEndpoint',
      'ec2:MetadataHttpPutResponseHopLimit',
      'ec2:MetadataHttpTokens',
      'ec2:Region',
      'ec2:RootDeviceType',
      'ec2:Tenancy',
    ]);
    expect(r.context.find((c) => c.key === 'ec2:InstanceType')?.values).toEqual(['t2.micro']);
    expect(r.context.find((c) => c.key === 'aws:ARN')?.values).toEqual(['arn:aws:ec2:us-east-1:111122223333:instance/*']);
  });

  it('filters the context by key or value', () => {
    expect(filterContext(r.context, 'metadata').map((c) => c.key)).toEqual(['ec2:MetadataHttpEndpoint', 'ec2:MetadataHttpPutResponseHopLimit', 'ec2:MetadataHttpTokens']);
    expect(filterContext(r.context, 'US-EAST-1F').map((c) => c.key)).toEqual(['ec2:AvailabilityZone']);
    expect(filterContext(r.context, '  ')).toHaveLength(18);
  });

  it('keeps the raw document', () => {
    expect(JSON.parse(r.raw)).toEqual(JSON.parse(SEED_MESSAGE));
  });
});

describe('buildAuthorizationReport on other shapes and bad input', () => {
  it("reads the API model's example shape (string booleans, bare arrays) and says so", () => {
    const r = report({ allowed: 'false', explicitDeny: 'false', matchedStatements: [], failures: [], context: { principal: { id: 'AIDAEXAMPLE', name: 'bob' }, action: 'iam:ListUsers', resource: '*', conditions: [{ key: 'aws:username', values: ['bob'] }] } });
    expect(r.verdict).toBe('implicit-deny');
    expect(r.principal).toMatchObject({ id: 'AIDAEXAMPLE', name: 'bob', arn: '', parsedArn: null });
    expect(r.service).toBe('iam');
    expect(r.context).toEqual([{ key: 'aws:username', values: ['bob'] }]);
    expect(r.notes.map(inEnglish).join(' ')).toMatch(/“allowed” is the string “false”/);
  });

  it('reports an allowed message and a principal ARN that does not parse', () => {
    const r = report({ allowed: true, explicitDeny: false, context: { principal: { arn: 'not-an-arn' }, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' } });
    expect(r.verdict).toBe('allowed');
    expect(r.principal.arnProblem && inEnglish(r.principal.arnProblem)).toMatch(/six colon-separated parts/);
    expect(r.context).toEqual([]);
  });

  it('names the problem for malformed input instead of throwing', () => {
    const err = (x: unknown) => {
      const r = buildAuthorizationReport(x);
      return r.ok ? 'ok' : inEnglish(r.error);
    };
    expect(err('{"allowed": fal')).toMatch(/^The decoded message is not valid JSON \(/);
    expect(err('')).toBe('The decoded message is empty.');
    expect(err('[1,2]')).toBe('The decoded message is not a JSON object (it is an array).');
    expect(err('"text"')).toBe('The decoded message is not a JSON object (it is a string).');
    expect(err('{"hello":1}')).toMatch(/not a decoded authorization message/);
    expect(err(null)).toMatch(/it is null/);
  });
});
