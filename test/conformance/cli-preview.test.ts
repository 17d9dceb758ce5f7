/**
 * The workbench's command preview, run as shown: values the AWS CLI v1 would fetch or read instead of
 * sending (`https://…`, `file://…`) are rendered so the real CLI sends them as written.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { getOperation } from '../../src/catalog/operations';
import type { OperationName } from '../../src/catalog/types';
import { renderCliArgv } from '../../src/inspect/cli';
import { HAS_AWS_CLI, noticeMissing, runAws } from './support/clients';
import { useSandbox } from './support/server';

noticeMissing({ cli: true }, 'the command preview run through the AWS CLI');

/** The preview's argv after "aws", without --endpoint-url (runAws adds the sandbox's). */
const previewArgs = (operation: OperationName, input: Record<string, unknown>): string[] => renderCliArgv(getOperation(operation), input).slice(1);

/** CLI v2 no longer fetches URL parameters by default; v1 does. */
const cliVersion = HAS_AWS_CLI ? spawnSync('aws', ['--version'], { encoding: 'utf8' }) : null;
const CLI_V1 = cliVersion !== null && /^aws-cli\/1\./.test(`${cliVersion.stdout}${cliVersion.stderr}`);

const claimsOf = (jwt: string): Record<string, unknown> => JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

describe.skipIf(!HAS_AWS_CLI)('command preview: URL-valued parameters reach STS as written', () => {
  const sb = useSandbox();

  it('GetWebIdentityToken with an https:// audience: the token carries that audience', async () => {
    const audience = 'https://api.example.com/deploy';
    const r = await runAws(sb.url, previewArgs('GetWebIdentityToken', { Audience: [audience], SigningAlgorithm: 'RS256' }));
    expect(r.stderr).not.toMatch(/Unable to retrieve/);
    expect(r.status).toBe(0);
    expect(claimsOf(String(r.json?.WebIdentityToken)).aud).toBe(audience);
  });

  it('AssumeRole with an ExternalId that looks like a URL is sent, not fetched', async () => {
    const args = previewArgs('AssumeRole', {
      RoleArn: 'arn:aws:iam::123456789012:role/xaccounts3access',
      RoleSessionName: 'url-external-id',
      ExternalId: 'https://partner.example/tenant-42',
    });
    expect(args).toContain('--cli-input-json');
    const r = await runAws(sb.url, args);
    expect(r.stderr).not.toMatch(/Unable to retrieve/);
    expect(r.status).toBe(0);
    expect((r.json?.AssumedRoleUser as { Arn?: string } | undefined)?.Arn).toBe('arn:aws:sts::123456789012:assumed-role/xaccounts3access/url-external-id');
  });

  it.skipIf(!CLI_V1)('the obvious form is what the CLI v1 fetches (why the preview avoids it)', async () => {
    const r = await runAws(sb.url, ['sts', 'get-web-identity-token', '--audience', 'https://127.0.0.1:9/never', '--signing-algorithm', 'RS256']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Unable to retrieve https:\/\/127\.0\.0\.1:9\/never/);
  });
});
