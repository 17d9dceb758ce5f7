/**
 * A room on one server (issue 9 §3): `--workshop 2` on two server processes sharing one state
 * directory. Attendee A advances their clock and edits trust policies; attendee B's credentials and
 * AssumeRole answers are unchanged, and both processes see the same per-attendee state. Join codes
 * are single-use across processes; the world file on disk is never written; the instructor page's
 * data names completed lab steps and carries no secret.
 */
import { AssumeRoleCommand, AssumeRoleWithSAMLCommand, GetCallerIdentityCommand, GetSessionTokenCommand, type STSClient } from '@aws-sdk/client-sts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaultWorld from '../../src/sandbox/world/default-world.json';
import { loadSandboxTrust, roleTrustFromSandbox, samlTrustFromSandbox, samlVerdict } from '../../src/inspect/verdict';
import { sdkClient, type Creds } from './support/clients';
import { startSandbox, type SandboxServer } from './support/server';

const ROLE = 'arn:aws:iam::123456789012:role/xaccounts3access';
const SAML_ROLE = 'arn:aws:iam::123456789012:role/TestSaml';
const SAML_PROVIDER = 'arn:aws:iam::123456789012:saml-provider/SAML-test';
const DENY_ALL_TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:*' }] };

interface Joined extends Creds {
  attendee: string;
  ticket: string;
  userArn: string;
}

async function call(url: string, method: 'GET' | 'POST', path: string, opts: { body?: unknown; ticket?: string; instructor?: string } = {}) {
  const headers: Record<string, string> = {};
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.ticket) headers['x-sandbox-attendee'] = opts.ticket;
  if (opts.instructor) headers.authorization = `Bearer ${opts.instructor}`;
  const res = await fetch(`${url}${path}`, { method, headers, ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}) });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as Record<string, unknown> & { error?: { code: string; message: string } } };
}

/** An SDK client that also sends the attendee's ticket (as the workbench does), for unsigned calls. */
function withTicket(client: STSClient, ticket: string): STSClient {
  client.middlewareStack.add(
    (next) => async (args) => {
      (args.request as { headers: Record<string, string> }).headers['x-sandbox-attendee'] = ticket;
      return next(args);
    },
    { step: 'build', name: 'attendeeTicket' },
  );
  return client;
}

const code = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { name?: string }) => e.name ?? 'error');

describe('a room of two attendees on two server processes sharing one state directory', () => {
  let scratch = '';
  let worldPath = '';
  let worldText = '';
  let one: SandboxServer;
  let two: SandboxServer;
  let instructor = '';
  let a: Joined;
  let b: Joined;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'stsw-room-'));
    worldPath = join(scratch, 'world.json');
    worldText = JSON.stringify(defaultWorld, null, 2);
    writeFileSync(worldPath, worldText);
    one = await startSandbox({ worldFile: worldPath, stateDir: join(scratch, 'state'), args: ['--workshop', '2'] });
    two = await startSandbox({ worldFile: worldPath, stateDir: one.stateDir, args: ['--workshop', '2'] });
    instructor = /instructor token[^\n]*\n\s+(\S+)/.exec(one.output())?.[1] ?? '';
    expect(/instructor token[^\n]*\n\s+(\S+)/.exec(two.output())?.[1], 'both processes derive the same instructor token').toBe(instructor);
  }, 180_000);

  afterAll(async () => {
    await one?.stop();
    await two?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('the instructor controls refuse a request without the instructor token', async () => {
    for (const headers of [{}, { instructor: 'not-the-token' }]) {
      const res = await call(one.url, 'GET', '/_sandbox/room', headers);
      expect(res.status).toBe(401);
      expect(res.json.error?.code).toBe('InstructorTokenRequired');
    }
  });

  it('a link\'s one-time code is traded once, on any process, for the attendee\'s keys and ticket', async () => {
    const links = (await call(one.url, 'POST', '/_sandbox/room/links', { body: {}, instructor })).json.links as { attendee: string; code: string; path: string }[];
    expect(links.map((l) => l.attendee)).toEqual(['attendee-01', 'attendee-02']);
    for (const l of links) expect(l.path).toBe(`/#join=${l.code}`);
    const joinA = await call(two.url, 'POST', '/_sandbox/room/join', { body: { code: links[0]?.code } });
    expect(joinA.status).toBe(200);
    const again = await call(one.url, 'POST', '/_sandbox/room/join', { body: { code: links[0]?.code } });
    expect(again.status).toBe(403);
    expect(again.json.error?.code).toBe('InvalidJoinCode');
    const joinB = await call(one.url, 'POST', '/_sandbox/room/join', { body: { code: links[1]?.code } });
    a = joinA.json as unknown as Joined;
    b = joinB.json as unknown as Joined;
    expect(a.userArn).toBe('arn:aws:iam::123456789012:user/workshop/attendee-01');
    expect(b.userArn).toBe('arn:aws:iam::123456789012:user/workshop/attendee-02');
    const idA = await sdkClient(one.url, a).send(new GetCallerIdentityCommand({}));
    expect(idA.Arn).toBe(a.userArn);
    // The attendee's page signs as its own user: /_sandbox/info's demo user is the attendee.
    const info = await call(two.url, 'GET', '/_sandbox/info', { ticket: b.ticket });
    expect((info.json.demo as { arn: string }).arn).toBe(b.userArn);
    expect(JSON.stringify(info.json)).not.toContain(a.accessKeyId);
  });

  it('A\'s clock advance and trust-policy edit change nothing for B, on either process', async () => {
    const before = await sdkClient(one.url, b).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'b-before' }));
    const aSession = await sdkClient(one.url, a).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'a-before' }));
    const aCreds = { accessKeyId: aSession.Credentials?.AccessKeyId ?? '', secretAccessKey: aSession.Credentials?.SecretAccessKey ?? '', sessionToken: aSession.Credentials?.SessionToken ?? '' };

    expect((await call(one.url, 'POST', '/_sandbox/clock', { body: { advanceSeconds: 7200 }, ticket: a.ticket })).json.offsetSeconds).toBe(7200);
    const edit = await call(two.url, 'POST', '/_sandbox/world/edit', { body: { arn: ROLE, trustPolicy: DENY_ALL_TRUST }, ticket: a.ticket });
    expect(edit.status).toBe(200);

    for (const server of [one, two]) {
      // A: the edit applies at once, and A's own session from before the advance has expired.
      expect(await code(sdkClient(server.url, a).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'a-after' })))).toBe('AccessDenied');
      expect(await code(sdkClient(server.url, aCreds).send(new GetCallerIdentityCommand({})))).toBe('ExpiredToken');
      expect((await call(server.url, 'GET', '/_sandbox/clock', { ticket: a.ticket })).json.offsetSeconds).toBe(7200);
      expect((await call(server.url, 'GET', '/_sandbox/info', { ticket: a.ticket })).json.edits).toEqual({ [ROLE]: ['trustPolicy'] });

      // B: the role still trusts them, on real time, and their earlier session still works.
      const after = await sdkClient(server.url, b).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'b-after' }));
      const lifetime = (after.Credentials?.Expiration?.getTime() ?? 0) - Date.now();
      expect(lifetime).toBeGreaterThan(3500_000);
      expect(lifetime).toBeLessThan(3700_000);
      const bSession = { accessKeyId: before.Credentials?.AccessKeyId ?? '', secretAccessKey: before.Credentials?.SecretAccessKey ?? '', sessionToken: before.Credentials?.SessionToken ?? '' };
      expect((await sdkClient(server.url, bSession).send(new GetCallerIdentityCommand({}))).Arn).toBe('arn:aws:sts::123456789012:assumed-role/xaccounts3access/b-before');
      expect((await call(server.url, 'GET', '/_sandbox/clock', { ticket: b.ticket })).json.offsetSeconds).toBe(0);
      expect((await call(server.url, 'GET', '/_sandbox/info', { ticket: b.ticket })).json.edits).toEqual({});
      // The sandbox's own user (no ticket, the demo keys) is untouched too.
      expect((await call(server.url, 'GET', '/_sandbox/clock')).json.offsetSeconds).toBe(0);
    }

    // A's long-term credentials carry A's clock: a GetSessionToken is dated two hours ahead.
    const gst = await sdkClient(two.url, a).send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    expect((gst.Credentials?.Expiration?.getTime() ?? 0) - Date.now()).toBeGreaterThan(7200_000);
  });

  it('unsigned SAML calls act in the sandbox of the attendee whose ticket they carry', async () => {
    const assertion = async (url: string, ticket: string) => {
      const res = await call(url, 'POST', '/_sandbox/saml/mint', { body: { roles: [{ roleArn: SAML_ROLE, principalArn: SAML_PROVIDER }] }, ticket });
      return res.json.samlResponse as string;
    };
    const input = async (url: string, ticket: string) => ({ RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: await assertion(url, ticket) });
    expect(await code(withTicket(sdkClient(one.url, null), a.ticket).send(new AssumeRoleWithSAMLCommand(await input(one.url, a.ticket))))).toBe('ok');
    await call(one.url, 'POST', '/_sandbox/world/edit', { body: { arn: SAML_ROLE, trustPolicy: DENY_ALL_TRUST }, ticket: a.ticket });
    expect(await code(withTicket(sdkClient(two.url, null), a.ticket).send(new AssumeRoleWithSAMLCommand(await input(two.url, a.ticket))))).toBe('AccessDenied');
    expect(await code(withTicket(sdkClient(two.url, null), b.ticket).send(new AssumeRoleWithSAMLCommand(await input(two.url, b.ticket))))).toBe('ok');
    const forged = await call(one.url, 'GET', '/_sandbox/clock', { ticket: `${a.ticket.slice(0, -2)}AA` });
    expect(forged.status).toBe(401);
    expect(forged.json.error?.code).toBe('InvalidAttendeeTicket');
  });

  it("the trust route follows each attendee's live world: the verdict predicts A's AccessDenied and B's acceptance", async () => {
    // A's edit of the previous test (a Deny-all trust policy on TestSaml) is still in place.
    const verdictFor = async (ticket: string) => {
      const doc = await loadSandboxTrust(async (path) => (await call(two.url, 'GET', path, { ticket })).json);
      if (!doc.ok) throw new Error(doc.error);
      const samlAssertion = (await call(two.url, 'POST', '/_sandbox/saml/mint', { body: { roles: [{ roleArn: SAML_ROLE, principalArn: SAML_PROVIDER }] }, ticket })).json.samlResponse as string;
      const found = samlTrustFromSandbox(doc.value, SAML_PROVIDER);
      if (!found.ok) throw new Error(found.error.message);
      // Judged by the attendee's own sandbox clock (A moved theirs).
      const nowMs = Date.parse((await call(two.url, 'GET', '/_sandbox/clock', { ticket })).json.nowIso as string);
      return samlVerdict({ samlAssertion, roleArn: SAML_ROLE, principalArn: SAML_PROVIDER, trust: found.trust, role: roleTrustFromSandbox(doc.value, SAML_ROLE), nowMs });
    };
    const forA = await verdictFor(a.ticket);
    expect(forA.kind === 'rejected' && forA.error).toEqual({ code: 'AccessDenied', message: 'Not authorized to perform sts:AssumeRoleWithSAML' });
    expect((await verdictFor(b.ticket)).kind).toBe('accepted');
  });

  it('reset puts A back on the world file; the file on disk was never written', async () => {
    const reset = await call(two.url, 'POST', '/_sandbox/world/reset', { body: {}, ticket: a.ticket });
    expect(reset.json.edits).toEqual({});
    expect(await code(sdkClient(one.url, a).send(new AssumeRoleCommand({ RoleArn: ROLE, RoleSessionName: 'a-reset' })))).toBe('ok');
    expect(readFileSync(worldPath, 'utf8')).toBe(worldText);
  });

  it('an edit IAM would refuse is refused with the validator\'s reason, and another attendee\'s user cannot be edited', async () => {
    const bad = await call(one.url, 'POST', '/_sandbox/world/edit', { body: { arn: ROLE, trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] } }, ticket: a.ticket });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.code).toBe('MalformedPolicyDocument');
    expect(bad.json.error?.message).toMatch(/Principal/);
    const other = await call(one.url, 'POST', '/_sandbox/world/edit', { body: { arn: b.userArn, policies: [] }, ticket: a.ticket });
    expect(other.status).toBe(404);
  });

  it('the instructor page\'s data shows who completed which lab step, from either process, and no secret', async () => {
    const reported = await call(two.url, 'POST', '/_sandbox/room/progress', { body: { labId: 'first-assume-role', stepId: 'call-assume-role' }, ticket: a.ticket });
    expect(reported.status).toBe(200);
    const unsigned = await call(two.url, 'POST', '/_sandbox/room/progress', { body: { labId: 'first-assume-role', stepId: 'x' } });
    expect(unsigned.status).toBe(401);
    const room = await call(one.url, 'GET', '/_sandbox/room', { instructor });
    const rows = room.json.attendees as { id: string; completedSteps: Record<string, Record<string, string>>; clockOffsetSeconds: number }[];
    expect(Object.keys(rows[0]?.completedSteps['first-assume-role'] ?? {})).toEqual(['call-assume-role']);
    expect(rows[0]?.clockOffsetSeconds).toBe(7200);
    expect(rows[1]?.completedSteps).toEqual({});
    for (const secret of [a.secretAccessKey, b.secretAccessKey, a.ticket, instructor]) expect(room.text).not.toContain(secret);
  });
});
