/**
 * The seed's documented AWS CLI examples, rebuilt as SDK inputs in the seed's own flag order,
 * must render to exactly the seed's argv (catalog flags + the inspect/cli renderer together).
 * Lives in catalog/ because inspect/ may not import the catalog.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../test/shared-files';
import { inEnglish } from '../i18n/test-support/translate';
import { cliRenderNotes, renderCliArgv, renderCliCommand, shellJoin } from '../inspect/cli';
import { getOperation } from './operations';
import type { OperationName } from './types';

const SEED_PATH = sharedFile('seed/cli-examples.json');

const federationPolicy = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' },
    { Effect: 'Allow', Action: 'elasticloadbalancing:Describe*', Resource: '*' },
    { Effect: 'Allow', Action: ['cloudwatch:ListMetrics', 'cloudwatch:GetMetricStatistics', 'cloudwatch:Describe*'], Resource: '*' },
    { Effect: 'Allow', Action: 'autoscaling:Describe*', Resource: '*' },
  ],
};

interface Example {
  operation: OperationName;
  input: Record<string, unknown>;
  policyFile?: string;
  cli: string[];
  command: string;
}

const examples: Example[] = [
  {
    operation: 'AssumeRoleWithSAML',
    input: {
      RoleArn: 'arn:aws:iam::123456789012:role/TestSaml',
      PrincipalArn: 'arn:aws:iam::123456789012:saml-provider/SAML-test',
      SAMLAssertion: '<base64 SAML Response from the IdP>',
    },
    cli: ['aws', 'sts', 'assume-role-with-saml', '--role-arn', 'arn:aws:iam::123456789012:role/TestSaml', '--principal-arn', 'arn:aws:iam::123456789012:saml-provider/SAML-test', '--saml-assertion', '<base64 SAML Response from the IdP>'],
    command:
      "aws sts assume-role-with-saml --role-arn arn:aws:iam::123456789012:role/TestSaml --principal-arn arn:aws:iam::123456789012:saml-provider/SAML-test --saml-assertion '<base64 SAML Response from the IdP>'",
  },
  {
    operation: 'AssumeRoleWithWebIdentity',
    input: {
      DurationSeconds: 3600,
      RoleSessionName: 'app1',
      ProviderId: 'www.amazon.com',
      PolicyArns: [{ arn: 'arn:aws:iam::123456789012:policy/q=webidentitydemopolicy1' }, { arn: 'arn:aws:iam::123456789012:policy/webidentitydemopolicy2' }],
      RoleArn: 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole',
      WebIdentityToken: '<token from the web identity provider>',
    },
    cli: ['aws', 'sts', 'assume-role-with-web-identity', '--duration-seconds', '3600', '--role-session-name', 'app1', '--provider-id', 'www.amazon.com', '--policy-arns', 'arn=arn:aws:iam::123456789012:policy/q=webidentitydemopolicy1', 'arn=arn:aws:iam::123456789012:policy/webidentitydemopolicy2', '--role-arn', 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole', '--web-identity-token', '<token from the web identity provider>'],
    command:
      "aws sts assume-role-with-web-identity --duration-seconds 3600 --role-session-name app1 --provider-id www.amazon.com --policy-arns arn=arn:aws:iam::123456789012:policy/q=webidentitydemopolicy1 arn=arn:aws:iam::123456789012:policy/webidentitydemopolicy2 --role-arn arn:aws:iam::123456789012:role/FederatedWebIdentityRole --web-identity-token '<token from the web identity provider>'",
  },
  {
    operation: 'AssumeRole',
    input: { RoleArn: 'arn:aws:iam::123456789012:role/xaccounts3access', RoleSessionName: 's3-access-example' },
    cli: ['aws', 'sts', 'assume-role', '--role-arn', 'arn:aws:iam::123456789012:role/xaccounts3access', '--role-session-name', 's3-access-example'],
    command: 'aws sts assume-role --role-arn arn:aws:iam::123456789012:role/xaccounts3access --role-session-name s3-access-example',
  },
  {
    operation: 'AssumeRoot',
    input: { DurationSeconds: 900, TargetPrincipal: '111122223333', TaskPolicyArn: { arn: 'arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy' } },
    cli: ['aws', 'sts', 'assume-root', '--duration-seconds', '900', '--target-principal', '111122223333', '--task-policy-arn', 'arn=arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy'],
    command: 'aws sts assume-root --duration-seconds 900 --target-principal 111122223333 --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/S3UnlockBucketPolicy',
  },
  {
    operation: 'DecodeAuthorizationMessage',
    input: { EncodedMessage: '<encoded message from an AccessDenied / UnauthorizedOperation error>' },
    cli: ['aws', 'sts', 'decode-authorization-message', '--encoded-message', '<encoded message from an AccessDenied / UnauthorizedOperation error>'],
    command: "aws sts decode-authorization-message --encoded-message '<encoded message from an AccessDenied / UnauthorizedOperation error>'",
  },
  {
    operation: 'GetCallerIdentity',
    input: {},
    cli: ['aws', 'sts', 'get-caller-identity'],
    command: 'aws sts get-caller-identity',
  },
  {
    operation: 'GetFederationToken',
    input: {
      Name: 'Bob',
      Policy: JSON.stringify(federationPolicy),
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' }],
      DurationSeconds: 900,
    },
    policyFile: 'myfile.json',
    cli: ['aws', 'sts', 'get-federation-token', '--name', 'Bob', '--policy', 'file://myfile.json', '--policy-arns', 'arn=arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', '--duration-seconds', '900'],
    command: 'aws sts get-federation-token --name Bob --policy file://myfile.json --policy-arns arn=arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess --duration-seconds 900',
  },
  {
    operation: 'GetSessionToken',
    input: { DurationSeconds: 900, SerialNumber: 'YourMFADeviceSerialNumber', TokenCode: '123456' },
    cli: ['aws', 'sts', 'get-session-token', '--duration-seconds', '900', '--serial-number', 'YourMFADeviceSerialNumber', '--token-code', '123456'],
    command: 'aws sts get-session-token --duration-seconds 900 --serial-number YourMFADeviceSerialNumber --token-code 123456',
  },
];

describe('seed CLI examples', () => {
  it.each(examples.map((e) => [e.operation, e] as const))('%s renders the seed argv exactly', (_op, e) => {
    const spec = getOperation(e.operation);
    const opts = e.policyFile ? { policyFile: e.policyFile } : {};
    expect(renderCliArgv(spec, e.input, opts)).toEqual(e.cli);
    expect(renderCliCommand(spec, e.input, opts)).toBe(e.command);
    expect(renderCliCommand(spec, e.input, opts)).toBe(shellJoin(e.cli));
  });

  it('the fixtures above are the seed file\'s examples', () => {
    const seed = JSON.parse(readFileSync(SEED_PATH, 'utf8')) as { examples: { operation: string; cli: string[]; policyFile?: unknown }[] };
    expect(seed.examples.map((e) => [e.operation, e.cli])).toEqual(examples.map((e) => [e.operation, e.cli]));
    const fed = seed.examples.find((e) => e.operation === 'GetFederationToken');
    expect(fed?.policyFile).toEqual(federationPolicy);
  });

  it('renders the federation policy inline when no file is given', () => {
    const e = examples.find((x) => x.operation === 'GetFederationToken')!;
    const argv = renderCliArgv(getOperation('GetFederationToken'), e.input);
    expect(argv[argv.indexOf('--policy') + 1]).toBe(JSON.stringify(federationPolicy));
    expect(renderCliCommand(getOperation('GetFederationToken'), e.input)).toContain(`--policy '${JSON.stringify(federationPolicy)}'`);
  });

  it('renders tags, transitive keys and provided contexts in shorthand', () => {
    const argv = renderCliArgv(getOperation('AssumeRole'), {
      RoleArn: 'arn:aws:iam::123456789012:role/R',
      RoleSessionName: 's',
      Tags: [{ Key: 'Project', Value: 'Blue' }, { Key: 'Team', Value: 'Core' }],
      TransitiveTagKeys: ['Project', 'Team'],
      ProvidedContexts: [{ ProviderArn: 'arn:aws:iam::aws:contextProvider/IdentityCenter', ContextAssertion: 'abcd' }],
      ExternalId: undefined,
    });
    expect(argv.slice(7)).toEqual([
      '--tags', 'Key=Project,Value=Blue', 'Key=Team,Value=Core',
      '--transitive-tag-keys', 'Project', 'Team',
      '--provided-contexts', 'ProviderArn=arn:aws:iam::aws:contextProvider/IdentityCenter,ContextAssertion=abcd',
    ]);
  });

  it('renders URL audiences of GetWebIdentityToken as a JSON list, which the CLI v1 does not fetch', () => {
    expect(
      renderCliArgv(getOperation('GetWebIdentityToken'), { Audience: ['https://api.example.com', 'other'], SigningAlgorithm: 'ES384' }, { region: 'us-east-1', endpointUrl: 'http://127.0.0.1:4173' }),
    ).toEqual(['aws', 'sts', 'get-web-identity-token', '--audience', '["https://api.example.com","other"]', '--signing-algorithm', 'ES384', '--region', 'us-east-1', '--endpoint-url', 'http://127.0.0.1:4173']);
    expect(cliRenderNotes(getOperation('GetWebIdentityToken'), { Audience: ['https://api.example.com'] }).map(inEnglish)).toEqual([
      expect.stringMatching(/^--audience \(as a JSON list\): the AWS CLI v1 fetches a parameter that starts with http:\/\/ or https:\/\/ .*cli_follow_urlparam is false/),
    ]);
  });

  it('renders plain audiences as separate arguments, with no note', () => {
    const input = { Audience: ['sts.amazonaws.com', 'other'], SigningAlgorithm: 'RS256' };
    expect(renderCliArgv(getOperation('GetWebIdentityToken'), input)).toEqual(['aws', 'sts', 'get-web-identity-token', '--audience', 'sts.amazonaws.com', 'other', '--signing-algorithm', 'RS256']);
    expect(cliRenderNotes(getOperation('GetWebIdentityToken'), input)).toEqual([]);
  });

  it('moves a single URL-like value into --cli-input-json and keeps the other flags', () => {
    const input = { RoleArn: 'arn:aws:iam::123456789012:role/R', RoleSessionName: 'session', ExternalId: 'https://partner.example/tenant' };
    expect(renderCliArgv(getOperation('AssumeRole'), input)).toEqual([
      'aws', 'sts', 'assume-role', '--role-arn', 'arn:aws:iam::123456789012:role/R', '--role-session-name', 'session',
      '--cli-input-json', '{"ExternalId":"https://partner.example/tenant"}',
    ]);
    expect(cliRenderNotes(getOperation('AssumeRole'), input).map(inEnglish)).toEqual([expect.stringMatching(/^ExternalId \(in --cli-input-json\): /)]);
  });
});
