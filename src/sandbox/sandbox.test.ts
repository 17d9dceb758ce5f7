import {
  AssumeRoleCommand,
  DecodeAuthorizationMessageCommand,
  GetAccessKeyInfoCommand,
  GetCallerIdentityCommand,
  GetFederationTokenCommand,
  GetScopedCredentialsCommand,
  GetSessionTokenCommand,
} from '@aws-sdk/client-sts';
import { beforeAll, describe, expect, it } from 'vitest';
import { accountFromAccessKeyId } from '../inspect/access-key';
import { SANDBOX_AUTHORIZATION_MESSAGE_HEADER } from '../inspect/authz';
import type { Sandbox } from './sandbox';
import { clientFor, credsOf, DEV_ADMIN, failure, PROD_ROOT, startTestSandbox, testSecrets } from './test-support/sandbox-client';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox();
});

const XACCOUNT = 'arn:aws:iam::123456789012:role/xaccounts3access';

describe('the sandbox through the real SDK', () => {
  it('answers GetCallerIdentity for an IAM user with its unique ID and path-ful ARN', async () => {
    const out = await clientFor(sandbox, DEV_ADMIN).send(new GetCallerIdentityCommand({}));
    expect(out.Account).toBe('123456789012');
    expect(out.Arn).toBe('arn:aws:iam::123456789012:user/DevAdmin');
    expect(out.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('assumes a role: ASIA key of the role account, 40-char secret, second-precision expiry one hour out', async () => {
    const before = Date.now();
    const out = await clientFor(sandbox, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: XACCOUNT, RoleSessionName: 's3-access-example' }));
    const c = out.Credentials!;
    expect(c.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(accountFromAccessKeyId(c.AccessKeyId!)).toBe('123456789012');
    expect(c.SecretAccessKey).toHaveLength(40);
    expect(c.SessionToken!.startsWith('IQoJb3JpZ2luX2Vj')).toBe(true);
    expect(c.Expiration!.getTime() % 1000).toBe(0);
    expect(Math.abs(c.Expiration!.getTime() - before - 3600_000)).toBeLessThan(5_000);
    expect(out.AssumedRoleUser?.Arn).toBe('arn:aws:sts::123456789012:assumed-role/xaccounts3access/s3-access-example');
    expect(out.AssumedRoleUser?.AssumedRoleId).toMatch(/^AROA[A-Z2-7]{17}:s3-access-example$/);
    expect(out.PackedPolicySize).toBeUndefined();
    const who = await clientFor(sandbox, credsOf(out)).send(new GetCallerIdentityCommand({}));
    expect(who.Arn).toBe(out.AssumedRoleUser?.Arn);
    expect(who.UserId).toBe(out.AssumedRoleUser?.AssumedRoleId);
  });

  it('caps role chaining at one hour, with AWS message', async () => {
    const first = await clientFor(sandbox, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor', RoleSessionName: 'first' }));
    const chained = clientFor(sandbox, credsOf(first));
    const err = await failure(chained.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor', RoleSessionName: 'second', DurationSeconds: 7200 })));
    expect(err).toMatchObject({ name: 'ValidationError', status: 400 });
    expect(err.message).toBe('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
    const ok = await chained.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor', RoleSessionName: 'second', DurationSeconds: 3600 }));
    expect(ok.AssumedRoleUser?.Arn).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/second');
  });

  it('refuses root keys for AssumeRole and session credentials for GetSessionToken', async () => {
    const root = await failure(clientFor(sandbox, PROD_ROOT).send(new AssumeRoleCommand({ RoleArn: XACCOUNT, RoleSessionName: 'x1' })));
    expect(root).toMatchObject({ name: 'AccessDenied', message: 'Roles may not be assumed by root accounts.', status: 403 });
    const session = credsOf(await clientFor(sandbox, DEV_ADMIN).send(new GetSessionTokenCommand({ DurationSeconds: 900 })));
    const again = await failure(clientFor(sandbox, session).send(new GetSessionTokenCommand({})));
    expect(again).toMatchObject({ name: 'AccessDenied', message: 'Cannot call GetSessionToken with session credentials' });
  });

  it('validates with AWS grammar on the server', async () => {
    const err = await failure(clientFor(sandbox, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: XACCOUNT, RoleSessionName: 'Session1:2', DurationSeconds: 86400 })));
    expect(err.name).toBe('ValidationError');
    expect(err.message).toBe(
      "2 validation errors detected: Value 'Session1:2' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*; Value '86400' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200",
    );
  });

  it('accepts the documentation MFA device and rejects a wrong code with AWS text', async () => {
    const ok = await clientFor(sandbox, DEV_ADMIN).send(new GetSessionTokenCommand({ DurationSeconds: 900, SerialNumber: 'YourMFADeviceSerialNumber', TokenCode: '123456' }));
    expect(ok.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    const bad = await failure(clientFor(sandbox, DEV_ADMIN).send(new GetSessionTokenCommand({ SerialNumber: 'YourMFADeviceSerialNumber', TokenCode: '000000' })));
    expect(bad).toMatchObject({ name: 'AccessDenied', message: 'MultiFactorAuthentication failed with invalid MFA one time pass code. ' });
  });

  it('denies with exactly AWS\'s message, and explains in a sandbox-only header that DecodeAuthorizationMessage decodes', async () => {
    const denied = await failure(clientFor(sandbox, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::111122223333:role/Developer', RoleSessionName: 'no-mfa' })));
    expect(denied.name).toBe('AccessDenied');
    expect(denied.message).toBe('User: arn:aws:iam::123456789012:user/DevAdmin is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::111122223333:role/Developer');
    const encoded = denied.headers[SANDBOX_AUTHORIZATION_MESSAGE_HEADER];
    expect(encoded).toMatch(/^[A-Za-z0-9_-]{100,10240}$/);
    const decoded = await clientFor(sandbox, DEV_ADMIN).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: encoded! }));
    const message = JSON.parse(decoded.DecodedMessage!) as { allowed: boolean; context: { action: string }; sandboxTrace: unknown };
    expect(message.allowed).toBe(false);
    expect(message.context.action).toBe('sts:AssumeRole');
    expect(JSON.stringify(message.sandboxTrace)).toContain('sts:ExternalId');
    const foreign = await failure(clientFor(sandbox, DEV_ADMIN).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: 'EXAMPLEWodyRNrtlQARDip-eTA6i6DrlUhHhPQ' })));
    expect(foreign.name).toBe('InvalidAuthorizationMessageException');
    expect(foreign.message).toContain('not issued by this STS');
    const truncated = await failure(clientFor(sandbox, DEV_ADMIN).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: 'bogus' })));
    expect(truncated.message, 'only alphabet characters: the length is named, not the alphabet').toContain('its length');
    const wrapped = await failure(clientFor(sandbox, DEV_ADMIN).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: `${encoded!.slice(0, 60)}\n${encoded!.slice(60)}` })));
    expect(wrapped.message).toContain('line breaks');
  });

  it("under a denial, the role's trust that allowed its part is never 'Allowed by' nor the deciding statement", async () => {
    const auditor = await clientFor(sandbox, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor', RoleSessionName: 'audit', Policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}' }));
    const session = clientFor(sandbox, credsOf(auditor));
    const denied = await failure(session.send(new AssumeRoleCommand({ RoleArn: XACCOUNT, RoleSessionName: 'chained' })));
    expect(denied.name).toBe('AccessDenied');
    const decoded = await clientFor(sandbox, DEV_ADMIN).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: denied.headers[SANDBOX_AUTHORIZATION_MESSAGE_HEADER]! }));
    const trace = (JSON.parse(decoded.DecodedMessage!) as { sandboxTrace: { decision: string; summary: string; statements: { effect: string; applies: boolean; deciding: boolean; policyKind: string }[] } }).sandboxTrace;
    expect(trace.decision).toBe('implicit-deny');
    // The trust policy did allow its part, and the trace says so without calling it the decision.
    expect(trace.statements.some((s) => s.policyKind === 'trust' && s.effect === 'Allow' && s.applies)).toBe(true);
    expect(trace.statements.filter((s) => s.deciding)).toEqual([]);
    expect(trace.summary).not.toMatch(/Allowed by/);
    expect(trace.summary).toMatch(/xaccounts3access trust policy allows the role's side, but that alone is not enough/);
  });

  it('gives federated users their ARN and refuses them other STS calls', async () => {
    const out = await clientFor(sandbox, DEV_ADMIN).send(
      new GetFederationTokenCommand({ Name: 'Bob', DurationSeconds: 900, Policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}' }),
    );
    expect(out.FederatedUser).toEqual({ FederatedUserId: '123456789012:Bob', Arn: 'arn:aws:sts::123456789012:federated-user/Bob' });
    expect(out.PackedPolicySize).toBeGreaterThan(0);
    const fed = clientFor(sandbox, credsOf(out));
    expect((await fed.send(new GetCallerIdentityCommand({}))).Arn).toBe('arn:aws:sts::123456789012:federated-user/Bob');
    expect((await failure(fed.send(new AssumeRoleCommand({ RoleArn: XACCOUNT, RoleSessionName: 'fed' })))).name).toBe('AccessDenied');
  });

  it('reports the account of any key, and scopes down a session without changing who it is', async () => {
    const info = await clientFor(sandbox, DEV_ADMIN).send(new GetAccessKeyInfoCommand({ AccessKeyId: 'ASIAY34FZKBOKMUTVV7A' }));
    expect(info.Account).toBe('609629065308');
    const role = await clientFor(sandbox, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: XACCOUNT, RoleSessionName: 'scoped' }));
    const scoped = await clientFor(sandbox, credsOf(role)).send(new GetScopedCredentialsCommand({ DurationSeconds: 600 }));
    expect(scoped.SessionInfo?.Arn).toBe(role.AssumedRoleUser?.Arn);
    expect(scoped.Credentials!.Expiration!.getTime()).toBeLessThan(role.Credentials!.Expiration!.getTime());
    const tooLong = await failure(clientFor(sandbox, credsOf(role)).send(new GetScopedCredentialsCommand({ DurationSeconds: 7200 })));
    expect(tooLong.name).toBe('InsufficientSessionLifetimeException');
    const longTerm = await failure(clientFor(sandbox, DEV_ADMIN).send(new GetScopedCredentialsCommand({ DurationSeconds: 600 })));
    expect(longTerm.name).toBe('InvalidSubjectCredentialsException');
  });

  it('keeps sessions valid across a restart with the same secrets, and expires them on the sandbox clock', async () => {
    const creds = credsOf(await clientFor(sandbox, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: XACCOUNT, RoleSessionName: 'survivor', DurationSeconds: 900 })));
    const restarted = await startTestSandbox({ secrets: await testSecrets() });
    expect((await clientFor(restarted, creds).send(new GetCallerIdentityCommand({}))).Arn).toContain('survivor');
    restarted.clock.advance(901);
    const expired = await failure(clientFor(restarted, creds).send(new GetCallerIdentityCommand({})));
    expect(expired).toMatchObject({ name: 'ExpiredToken', message: 'The security token included in the request is expired', status: 403 });
  });
});
