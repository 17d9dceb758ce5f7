import { AssumeRoleCommand, DecodeAuthorizationMessageCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox';
import { clientFor, credsOf, DEV_ADMIN, failure, startTestSandbox, type Creds } from '../test-support/sandbox-client';
import type { PermissionCheckAnswer } from './permission-check';

const XACCOUNT = 'arn:aws:iam::123456789012:role/xaccounts3access';
const BUCKET_OBJECT = 'arn:aws:s3:::reports/q3.csv';
const READ_ONLY = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'ReadReports', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }] });

async function check(sandbox: Sandbox, body: Record<string, unknown>): Promise<{ status: number; answer: PermissionCheckAnswer & { error?: { code: string; message: string } } }> {
  const res = await sandbox.handle({
    method: 'POST',
    url: '/_sandbox/permission-check',
    headers: { host: '127.0.0.1:4173', 'content-type': 'application/json' },
    body: new TextEncoder().encode(JSON.stringify(body)),
  });
  return { status: res.status, answer: JSON.parse(res.body) };
}

const ask = (creds: Creds, action: string, resource: string) => ({ accessKeyId: creds.accessKeyId, sessionToken: creds.sessionToken, action, resource });

async function roleSession(sandbox: Sandbox, policy?: string): Promise<Creds> {
  return credsOf(await clientFor(sandbox, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: XACCOUNT, RoleSessionName: 'check', ...(policy ? { Policy: policy } : {}) })));
}

describe('POST /_sandbox/permission-check', () => {
  it("answers from the role's identity policy, naming the statement that allowed", async () => {
    const sandbox = await startTestSandbox();
    const { status, answer } = await check(sandbox, ask(await roleSession(sandbox), 's3:PutObject', BUCKET_OBJECT));
    expect(status).toBe(200);
    expect(answer.allowed).toBe(true);
    expect(answer.headline.english).toBe('Allowed: s3:PutObject on arn:aws:s3:::reports/q3.csv (statement 0 of role/xaccounts3access policy 1).');
    expect(answer.principalArn).toBe('arn:aws:sts::123456789012:assumed-role/xaccounts3access/check');
    expect(answer.evaluated.map((e) => ({ label: e.label.english, kind: e.kind }))).toEqual([{ label: 'role/xaccounts3access policy 1', kind: 'identity' }]);
    expect(answer.trace.statements.filter((s) => s.deciding).map((s) => s.policy.english)).toEqual(['role/xaccounts3access policy 1']);
    expect(answer.awsMessage).toBeNull();
  });

  it('a session policy narrows the role: PutObject is denied by it, GetObject still allowed', async () => {
    const sandbox = await startTestSandbox();
    const creds = await roleSession(sandbox, READ_ONLY);
    const put = (await check(sandbox, ask(creds, 's3:PutObject', BUCKET_OBJECT))).answer;
    expect(put.allowed).toBe(false);
    expect(put.deniedBy).toBe('session');
    expect(put.headline.english).toBe('Denied: s3:PutObject on arn:aws:s3:::reports/q3.csv: the session policy does not allow it.');
    expect(put.awsMessage).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/xaccounts3access/check is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::reports/q3.csv because no session policy allows the s3:PutObject action',
    );
    expect(put.evaluated.map((e) => e.kind)).toEqual(['identity', 'session']);
    const get = (await check(sandbox, ask(creds, 's3:GetObject', BUCKET_OBJECT))).answer;
    expect(get.allowed).toBe(true);
    expect(get.trace.statements.filter((s) => s.deciding).map((s) => s.sid ?? s.policy.english)).toEqual(['role/xaccounts3access policy 1', 'ReadReports']);
  });

  it('agrees with the sandbox itself: what it denies is what a real call is refused', async () => {
    const sandbox = await startTestSandbox();
    const scoped = await roleSession(sandbox, READ_ONLY);
    const answer = (await check(sandbox, ask(scoped, 'sts:AssumeRole', XACCOUNT))).answer;
    expect(answer.allowed).toBe(false);
    const real = await failure(clientFor(sandbox, scoped).send(new AssumeRoleCommand({ RoleArn: XACCOUNT, RoleSessionName: 'again' })));
    expect(real.message).toBe(answer.awsMessage);
  });

  it('long-term keys: the user policy, and STS rules read before any policy', async () => {
    const sandbox = await startTestSandbox();
    const user = (await check(sandbox, { accessKeyId: DEV_ADMIN.accessKeyId, action: 'sts:GetFederationToken', resource: '*' })).answer;
    expect(user).toMatchObject({ allowed: true, principalArn: 'arn:aws:iam::123456789012:user/DevAdmin', expiresAt: null, unrestricted: false });
    const denied = (await check(sandbox, { accessKeyId: DEV_ADMIN.accessKeyId, action: 's3:ListBucket', resource: 'arn:aws:s3:::reports' })).answer;
    expect(denied).toMatchObject({ allowed: false, deniedBy: 'identity' });
    const session = credsOf(await clientFor(sandbox, DEV_ADMIN).send(new GetSessionTokenCommand({})));
    const rule = (await check(sandbox, ask(session, 'sts:DecodeAuthorizationMessage', '*'))).answer;
    expect(rule.allowed).toBe(false);
    expect(rule.stsRule).toMatch(/credentials from GetSessionToken can call only AssumeRole and GetCallerIdentity in STS/);
    const real = await failure(clientFor(sandbox, session).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: 'x' })));
    expect(real.name).toBe('AccessDenied');
    expect(real.message).toBe(rule.awsMessage);
  });

  it('says plainly when the session has expired on the sandbox clock', async () => {
    const sandbox = await startTestSandbox();
    const creds = await roleSession(sandbox);
    sandbox.clock.advance(7200);
    const { answer } = await check(sandbox, ask(creds, 's3:GetObject', BUCKET_OBJECT));
    expect(answer.expired).toBe(true);
    expect(answer.allowed).toBe(false);
    expect(answer.headline.english).toMatch(/^Denied: these credentials expired at .* on the sandbox clock, so every call fails with ExpiredToken\. Were they live: Allowed: s3:GetObject/);
  });

  it('refuses keys it did not issue, a token of another key, and questions that are not one action', async () => {
    const sandbox = await startTestSandbox();
    const creds = await roleSession(sandbox);
    const other = await roleSession(sandbox);
    for (const body of [
      ask({ accessKeyId: 'ASIAXXXXXXXXXXXXXXXX', secretAccessKey: '' }, 's3:GetObject', '*'),
      { ...ask(creds, 's3:GetObject', '*'), sessionToken: other.sessionToken },
      { ...ask(creds, 's3:GetObject', '*'), sessionToken: 'garbage' },
    ]) {
      const { status, answer } = await check(sandbox, body);
      expect(status).toBe(400);
      expect(answer.error?.message).toMatch(/not issued by this sandbox/);
    }
    expect((await check(sandbox, ask(creds, 's3:*', '*'))).answer.error?.message).toMatch(/is not one action/);
    expect((await check(sandbox, ask(creds, 's3:GetObject', ' '))).answer.error?.message).toMatch(/resource is empty/);
    expect((await check(sandbox, { action: 's3:GetObject', resource: '*' })).answer.error?.message).toMatch(/accessKeyId is required/);
  });

  it('never echoes the session token or the secret', async () => {
    const sandbox = await startTestSandbox();
    const creds = await roleSession(sandbox, READ_ONLY);
    const res = await sandbox.handle({
      method: 'POST',
      url: '/_sandbox/permission-check',
      headers: { host: '127.0.0.1:4173', 'content-type': 'application/json' },
      body: new TextEncoder().encode(JSON.stringify(ask(creds, 's3:PutObject', BUCKET_OBJECT))),
    });
    expect(res.body).not.toContain(creds.sessionToken!);
    expect(res.body).not.toContain(creds.secretAccessKey);
  });
});
