import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../../test/shared-files';
import { trustWorld } from '../../../test/conformance/fixtures/trust-world';
import defaultWorld from './default-world.json';
import { checkWorldPolicies } from './check-world-policies';
import type { WorldFile } from './types';

const exampleWorld = JSON.parse(readFileSync(sharedFile('contracts/sandbox-world.example.json'), 'utf8')) as WorldFile;

const withTrust = (trustPolicy: unknown): WorldFile => ({ accounts: [{ id: '123456789012', roles: [{ name: 'R', trustPolicy }] }] }) as unknown as WorldFile;

describe('checkWorldPolicies', () => {
  it('finds no error in the built-in world, the contract example and the conformance world', () => {
    for (const world of [defaultWorld as WorldFile, exampleWorld, trustWorld('2030-01-01T00:00:00Z') as unknown as WorldFile]) expect(checkWorldPolicies(world).errors).toEqual([]);
  });

  it('stops on a trust policy IAM would refuse, naming the path and the line', () => {
    const { errors } = checkWorldPolicies(
      withTrust({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole', Condition: { StringEqual: { 'sts:ExternalId': 'x' } } }] }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\$\.accounts\[0\]\.roles\[0\]\.trustPolicy \(line \d+ as formatted\): .*StringEqual/);
  });

  it('requires a Principal in a trust policy', () => {
    const { errors } = checkWorldPolicies(withTrust({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }));
    expect(errors.join('\n')).toMatch(/Principal/);
  });

  it('warns, without stopping, about a web-identity trust with no sub condition', () => {
    const findings = checkWorldPolicies(
      withTrust({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
            Action: 'sts:AssumeRoleWithWebIdentity',
            Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } },
          },
        ],
      }),
    );
    expect(findings.errors).toEqual([]);
    expect(findings.warnings.join('\n')).toMatch(/sub/);
  });
});
