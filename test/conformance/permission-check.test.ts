/**
 * POST /_sandbox/permission-check on the sandbox server: "what can these credentials do?" for a set the
 * server issued, sent only the access key ID and session token. The answer agrees with what the sandbox
 * does when the same credentials call it (the AWS CLI), and a session policy only narrows the role.
 */
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { DEV_ADMIN, HAS_AWS_CLI, noticeMissing, runAws, sdkClient, type Creds } from './support/clients';
import { permissionCheck } from './support/controls';
import { useSandbox } from './support/server';

noticeMissing({ cli: true }, 'permission check (AWS CLI)');

const ROLE = 'arn:aws:iam::123456789012:role/xaccounts3access';
const READ_ONLY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'ReadOnly', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });

describe('POST /_sandbox/permission-check (server)', () => {
  const sb = useSandbox();

  async function session(policy?: string): Promise<Creds> {
    const out = await sdkClient(sb.url, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'conf-check', ...(policy ? { Policy: policy } : {}) }));
    const c = out.Credentials!;
    return { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! };
  }

  it('a session policy narrows the role: the same action is allowed without it and denied with it, by the session layer', async () => {
    const plain = await session();
    const narrowed = await session(READ_ONLY);
    const question = { action: 's3:PutObject', resource: 'arn:aws:s3:::reports/q3.csv' };
    const before = await permissionCheck(sb.url, { accessKeyId: plain.accessKeyId, sessionToken: plain.sessionToken, ...question });
    const after = await permissionCheck(sb.url, { accessKeyId: narrowed.accessKeyId, sessionToken: narrowed.sessionToken, ...question });
    expect(before).toMatchObject({ allowed: true, deniedBy: null });
    expect(after).toMatchObject({ allowed: false, deniedBy: 'session' });
    expect(after.headline.english).toBe('Denied: s3:PutObject on arn:aws:s3:::reports/q3.csv: the session policy does not allow it.');
    expect(after.evaluated.map((e) => ({ label: e.label.english, kind: e.kind }))).toEqual([
      { label: 'role/xaccounts3access policy 1', kind: 'identity' },
      { label: 'session policy 1', kind: 'session' },
    ]);
  });

  it.skipIf(!HAS_AWS_CLI)('agrees with the sandbox when the same credentials call it through the AWS CLI', async () => {
    const narrowed = await session(READ_ONLY);
    const answer = await permissionCheck(sb.url, { accessKeyId: narrowed.accessKeyId, sessionToken: narrowed.sessionToken, action: 'sts:AssumeRole', resource: ROLE });
    expect(answer.allowed).toBe(false);
    const cli = await runAws(sb.url, ['sts', 'assume-role', '--role-arn', ROLE, '--role-session-name', 'again'], narrowed);
    expect(cli.error).toEqual({ code: 'AccessDenied', message: answer.awsMessage });
  });

  it('answers keys the server did not issue with a JSON 400 that says so', async () => {
    const res = await fetch(`${sb.url}/_sandbox/permission-check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accessKeyId: 'ASIAIOSFODNN7EXAMPLE', sessionToken: 'not-a-token', action: 's3:GetObject', resource: '*' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'InvalidField', message: expect.stringMatching(/not issued by this sandbox/) });
  });
});
