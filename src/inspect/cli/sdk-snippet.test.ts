import { describe, expect, it } from 'vitest';
import { envVarName, renderSdkSnippet } from './sdk-snippet';
import type { CliOperation } from './types';

const assumeRole: CliOperation = {
  name: 'AssumeRole',
  cliName: 'assume-role',
  signing: 'any',
  params: [
    { name: 'RoleArn', cliFlag: 'role-arn', widget: 'text', type: { kind: 'string' } },
    { name: 'RoleSessionName', cliFlag: 'role-session-name', widget: 'text', type: { kind: 'string' } },
    { name: 'DurationSeconds', cliFlag: 'duration-seconds', widget: 'number', type: { kind: 'integer' } },
    { name: 'Tags', cliFlag: 'tags', widget: 'tags', type: { kind: 'structList', fields: [{ name: 'Key', cliKey: 'Key' }, { name: 'Value', cliKey: 'Value' }] } },
    { name: 'TransitiveTagKeys', cliFlag: 'transitive-tag-keys', widget: 'transitiveTagKeys', type: { kind: 'stringList' } },
  ],
};

const web: CliOperation = {
  name: 'AssumeRoleWithWebIdentity',
  cliName: 'assume-role-with-web-identity',
  signing: 'none',
  params: [
    { name: 'RoleArn', cliFlag: 'role-arn', widget: 'text', type: { kind: 'string' } },
    { name: 'WebIdentityToken', cliFlag: 'web-identity-token', widget: 'textarea', type: { kind: 'string', sensitive: true } },
  ],
};

describe('renderSdkSnippet', () => {
  it('writes a complete ES module with the input as a literal', () => {
    const code = renderSdkSnippet(
      assumeRole,
      { RoleArn: 'arn:aws:iam::123456789012:role/R', RoleSessionName: 'alice', DurationSeconds: 900, Tags: [{ Key: 'Team', Value: 'Core' }], TransitiveTagKeys: ['Team'] },
      { region: 'us-east-1', endpointUrl: 'http://127.0.0.1:4173' },
    );
    expect(code).toBe(
      [
        'import { STSClient, AssumeRoleCommand } from "@aws-sdk/client-sts";',
        '',
        '// Credentials come from the default provider chain (environment, shared config/SSO, container or instance role).',
        'const client = new STSClient({ region: "us-east-1", endpoint: "http://127.0.0.1:4173" });',
        '',
        'const input = {',
        '  RoleArn: "arn:aws:iam::123456789012:role/R",',
        '  RoleSessionName: "alice",',
        '  DurationSeconds: 900,',
        '  Tags: [',
        '    { Key: "Team", Value: "Core" },',
        '  ],',
        '  TransitiveTagKeys: ["Team"],',
        '};',
        '',
        'const response = await client.send(new AssumeRoleCommand(input));',
        'console.log(response);',
        '',
      ].join('\n'),
    );
  });

  it('escapes strings so the literal is the exact value', () => {
    const policyish = 'quote " backslash \\ newline \n dollar ${x} `tick`';
    const code = renderSdkSnippet(assumeRole, { RoleSessionName: policyish });
    const line = code.split('\n').find((l) => l.includes('RoleSessionName'))!;
    const literal = line.replace(/^\s*RoleSessionName: /, '').replace(/,$/, '');
    expect(JSON.parse(literal)).toBe(policyish);
  });

  it('never writes credentials or sensitive inputs into the source', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    const code = renderSdkSnippet(web, { RoleArn: 'arn:aws:iam::123456789012:role/R', WebIdentityToken: token });
    expect(code).not.toContain(token);
    expect(code).toContain('WebIdentityToken: process.env.WEB_IDENTITY_TOKEN');
    expect(code).toContain('unsigned');
    expect(code).not.toMatch(/accessKeyId|secretAccessKey|credentials:/i);
    expect(code).toContain('new STSClient({})');
    expect(renderSdkSnippet(web, { WebIdentityToken: token }, { inlineSensitive: true })).toContain(JSON.stringify(token));
  });

  it('names environment variables after the member', () => {
    expect(envVarName('SAMLAssertion')).toBe('SAML_ASSERTION');
    expect(envVarName('TradeInToken')).toBe('TRADE_IN_TOKEN');
  });
});
