import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { platformRuntime } from '../core/runtime';
import { clientFor, DEV_ADMIN, startTestSandbox, testSecrets } from '../test-support/sandbox-client';
import defaultWorld from '../world/default-world.json';
import type { WorldFile } from '../world/types';
import { inPageSandboxState, readInPageSandboxState, startInPageSandbox } from '../in-page';
import { provisionRoom } from './attendees';
import { issueJoinCode, JOIN_CODE_LIFETIME_MS, redeemJoinCode, type JoinCodes } from './join-codes';
import { withCompletedStep } from './lab-progress';
import { memoryRecordStore } from './record-store';

const ROLE = 'arn:aws:iam::123456789012:role/xaccounts3access';
const DENY = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] };

async function control(sandbox: Awaited<ReturnType<typeof startTestSandbox>>, path: string, body: unknown) {
  const res = await sandbox.handle({ method: 'POST', url: path, headers: { 'content-type': 'application/json', host: '127.0.0.1' }, body: new TextEncoder().encode(JSON.stringify(body)) });
  return { status: res.status, json: JSON.parse(res.body) as Record<string, unknown> & { error?: { code: string; message: string } } };
}

const outcome = (p: Promise<unknown>) => p.then(() => 'ok', (e: { name?: string }) => e.name ?? 'error');

describe('live world edits in the in-page sandbox', () => {
  it('a trust-policy edit changes what AssumeRole answers at once, and reset brings the world file back', async () => {
    const sandbox = await startTestSandbox();
    const client = clientFor(sandbox, DEV_ADMIN);
    expect(await outcome(client.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'before' })))).toBe('ok');
    expect((await control(sandbox, '/_sandbox/world/edit', { arn: ROLE, trustPolicy: DENY })).status).toBe(200);
    expect(await outcome(client.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'edited' })))).toBe('AccessDenied');
    expect((await control(sandbox, '/_sandbox/world/reset', { arn: ROLE })).json.edits).toEqual({});
    expect(await outcome(client.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'reset' })))).toBe('ok');
  });

  it('the vault keeps the in-page sandbox\'s live edits with its keys: a revived sandbox still has them, a new one does not', async () => {
    const sandbox = await startInPageSandbox();
    expect(inPageSandboxState(sandbox).worldEdits).toBeUndefined();
    expect((await control(sandbox, '/_sandbox/world/edit', { arn: ROLE, trustPolicy: DENY })).status).toBe(200);
    const kept = await readInPageSandboxState(JSON.parse(JSON.stringify(inPageSandboxState(sandbox))));
    expect(Object.keys(kept?.worldEdits?.roles ?? {})).toEqual([ROLE]);
    const revived = await startInPageSandbox(kept!);
    expect(await outcome(clientFor(revived, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'after-reload' })))).toBe('AccessDenied');
    expect((await control(revived, '/_sandbox/world/reset', { arn: ROLE })).json.edits).toEqual({});
    expect(inPageSandboxState(revived).worldEdits).toBeUndefined();
    const fresh = await startInPageSandbox();
    expect(await outcome(clientFor(fresh, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'new-page' })))).toBe('ok');
    // Damaged edits in a vault are not a state the page uses.
    expect(await readInPageSandboxState({ ...JSON.parse(JSON.stringify(inPageSandboxState(sandbox))), worldEdits: 'x' })).toBeNull();
  });

  it('a permission edit of the caller\'s own user applies to their next call', async () => {
    const sandbox = await startTestSandbox();
    const client = clientFor(sandbox, DEV_ADMIN);
    const denyAssume = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:GetCallerIdentity', Resource: '*' }] };
    await control(sandbox, '/_sandbox/world/edit', { arn: 'arn:aws:iam::123456789012:user/DevAdmin', policies: [denyAssume] });
    expect(await outcome(client.send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'no-permission' })))).toBe('AccessDenied');
    expect(await outcome(client.send(new GetCallerIdentityCommand({})))).toBe('ok');
  });

  it('refuses edits that are not valid policies or name nothing in the world, with a message naming the problem', async () => {
    const sandbox = await startTestSandbox();
    const malformed = await control(sandbox, '/_sandbox/world/edit', { arn: ROLE, trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: { StringEqual: { 'aws:PrincipalTag/team': 'x' } } }] } });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error?.message).toContain('StringEqual');
    expect((await control(sandbox, '/_sandbox/world/edit', { arn: 'arn:aws:iam::123456789012:role/Nope', trustPolicy: DENY })).status).toBe(404);
    expect((await control(sandbox, '/_sandbox/world/edit', { arn: ROLE })).json.error?.code).toBe('InvalidField');
    expect((await control(sandbox, '/_sandbox/world/edit', { arn: ROLE, policies: 'x' })).json.error?.code).toBe('InvalidField');
  });
});

describe('provisioning a room', () => {
  it('gives each attendee their own user, key and MFA device, the same from the same sealing key, and trust wherever the demo user had it', async () => {
    const secrets = await testSecrets();
    const first = await provisionRoom(defaultWorld as WorldFile, 3, secrets, platformRuntime().subtle);
    const again = await provisionRoom(defaultWorld as WorldFile, 3, secrets, platformRuntime().subtle);
    expect(again.room).toEqual(first.room);
    expect(new Set(first.room.attendees.map((a) => a.accessKeyId)).size).toBe(3);
    expect(first.room.attendees.map((a) => a.userArn)).toEqual([1, 2, 3].map((i) => `arn:aws:iam::123456789012:user/workshop/attendee-0${i}`));
    for (const a of first.room.attendees) expect(a.secretAccessKey).toHaveLength(40);
    const mfaRole = first.world.accounts[0]?.roles?.find((r) => r.name === 'MfaProtectedAdmin');
    expect(JSON.stringify(mfaRole?.trustPolicy)).toContain('user/workshop/attendee-03');
    // A role that trusts the account, not the demo user, is left as the world file has it.
    const auditor = (defaultWorld as WorldFile).accounts[0]?.roles?.find((r) => r.name === 'ReadOnlyAuditor');
    expect(first.world.accounts[0]?.roles?.find((r) => r.name === 'ReadOnlyAuditor')?.trustPolicy).toEqual(auditor?.trustPolicy);
    await expect(provisionRoom(defaultWorld as WorldFile, 0, secrets, platformRuntime().subtle)).rejects.toThrow(/from 1 to 200/);
  });
});

describe('join codes', () => {
  const clock = { now: 1_000_000 };
  const runtime = { ...platformRuntime(), nowMs: () => clock.now };

  it('are redeemed once, expire, and a newer link replaces an older one', async () => {
    const store = memoryRecordStore<JoinCodes>({});
    const { code } = await issueJoinCode(store, runtime, 'attendee-01');
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(JSON.stringify(store.read())).not.toContain(code);
    expect(await redeemJoinCode(store, runtime, code.toLowerCase())).toBe('attendee-01');
    expect(await redeemJoinCode(store, runtime, code)).toBeNull();

    const old = await issueJoinCode(store, runtime, 'attendee-02');
    const newer = await issueJoinCode(store, runtime, 'attendee-02');
    expect(await redeemJoinCode(store, runtime, old.code)).toBeNull();
    clock.now += JOIN_CODE_LIFETIME_MS;
    expect(await redeemJoinCode(store, runtime, newer.code)).toBeNull();
    for (const junk of [undefined, 42, '', 'x'.repeat(10_000), '00000-00000']) expect(await redeemJoinCode(store, runtime, junk)).toBeNull();
  });
});

describe('lab progress', () => {
  it('keeps the first completion of a step and refuses ids that are not ids', () => {
    const once = withCompletedStep({}, 'lab-1', 'step-a', '2026-12-04T10:00:00Z');
    expect(withCompletedStep(once, 'lab-1', 'step-a', '2026-12-04T11:00:00Z')).toBe(once);
    for (const bad of ['', '../x', 'a b', 'x'.repeat(65), 7]) expect(() => withCompletedStep({}, bad, 'step', 'now')).toThrow(/labId must be/);
  });
});
