/**
 * Sessions survive a restart (contracts §3): credentials, and encoded authorization messages, issued
 * before a restart with the same state dir still work after it; a new state dir (a new key)
 * invalidates them while long-term keys keep working.
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAS_AWS_CLI, HAS_BOTO3, credsOf, noticeMissing, okResult, runAws, runBoto, sdkClient, type BotoResult, type Creds } from './support/clients';
import { practiceDenial } from './support/controls';
import { startSandbox, useSandbox } from './support/server';

noticeMissing({ boto3: true }, 'restart (boto3)');

const AUDITOR = 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor';

describe.skipIf(!HAS_BOTO3)('restart: sessions are sealed by the state dir key', () => {
  const sb = useSandbox();
  let before: Record<string, BotoResult> = {};
  let role: Creds;
  let sessionToken: Creds;
  let federated: Creds;
  let encodedMessage = '';

  beforeAll(async () => {
    encodedMessage = (await practiceDenial(sb.url)).encodedMessage;
    before = await runBoto(sb.url, [
      { id: 'role', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'survivor' } },
      { id: 'gst', op: 'get_session_token', params: { DurationSeconds: 900 } },
      { id: 'fed', op: 'get_federation_token', params: { Name: 'Survivor' } },
      { id: 'role-ok', op: 'get_caller_identity', creds: { from: 'role' } },
    ]);
    role = credsOf(okResult(before, 'role'));
    sessionToken = credsOf(okResult(before, 'gst'));
    federated = credsOf(okResult(before, 'fed'));
  });

  const identities = () =>
    runBoto(sb.url, [
      { id: 'role', op: 'get_caller_identity', creds: role },
      { id: 'gst', op: 'get_caller_identity', creds: sessionToken },
      { id: 'fed', op: 'get_caller_identity', creds: federated },
      { id: 'chain', op: 'assume_role', creds: role, params: { RoleArn: AUDITOR, RoleSessionName: 'after' } },
      { id: 'decode', op: 'decode_authorization_message', params: { EncodedMessage: encodedMessage } },
      { id: 'long-term', op: 'get_caller_identity' },
    ]);

  it('works before the restart', () => {
    expect(okResult(before, 'role-ok').Arn).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/survivor');
  });

  it('serves the same sessions from a second process sharing the state dir', async () => {
    const twin = await startSandbox({ stateDir: sb.server.stateDir });
    try {
      const res = await runBoto(twin.url, [
        { id: 'role', op: 'get_caller_identity', creds: role },
        { id: 'minted-here', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'twin' } },
      ]);
      expect(okResult(res, 'role').Arn).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/survivor');
      const back = await runBoto(sb.url, [{ id: 'twin', op: 'get_caller_identity', creds: credsOf(okResult(res, 'minted-here')) }]);
      expect(okResult(back, 'twin').Arn).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/twin');
    } finally {
      await twin.stop();
    }
  });

  it('keeps every session valid after a restart with the same state dir', async () => {
    const stateDir = sb.server.stateDir;
    await sb.server.restart();
    expect(sb.server.stateDir).toBe(stateDir);
    const after = await identities();
    expect(okResult(after, 'role').Arn).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/survivor');
    expect(okResult(after, 'gst').Arn).toBe('arn:aws:iam::123456789012:user/DevAdmin');
    expect(okResult(after, 'fed').Arn).toBe('arn:aws:sts::123456789012:federated-user/Survivor');
    expect(okResult(after, 'chain').AssumedRoleUser).toMatchObject({ Arn: 'arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/after' });
    expect(JSON.parse(String(okResult(after, 'decode').DecodedMessage))).toMatchObject({ allowed: false });
    const sdk = await sdkClient(sb.url, role).send(new GetCallerIdentityCommand({}));
    expect(sdk.Arn).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/survivor');
    if (HAS_AWS_CLI) {
      const cli = await runAws(sb.url, ['sts', 'get-caller-identity'], role);
      expect(cli.json?.Arn, cli.stderr).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/survivor');
    }
  });

  it('invalidates them with a new state dir (InvalidClientTokenId), while long-term keys still work', async () => {
    await sb.server.restart({ freshState: true });
    const after = await identities();
    for (const id of ['role', 'gst', 'fed', 'chain']) {
      expect(after[id]?.ok, `${id} must fail`).toBe(false);
      expect(after[id]?.error?.Code, `${id}: ${after[id]?.error?.Message}`).toBe('InvalidClientTokenId');
      expect(after[id]?.error?.Message).toBe('The security token included in the request is invalid.');
      expect(after[id]?.status).toBe(403);
    }
    expect(after.decode?.error?.Code).toBe('InvalidAuthorizationMessageException');
    expect(okResult(after, 'long-term').Arn).toBe('arn:aws:iam::123456789012:user/DevAdmin');
  });
});
