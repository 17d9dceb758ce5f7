/**
 * Every lab file in the repository (labs/*.json): valid, relying only on what the default world
 * has, and completable: each step's "Show me" sent through the real SDK to the sandbox core, with
 * the keys the step says, satisfies that step's check (and only a call can: a check never passes
 * on its own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as Sts from '@aws-sdk/client-sts';
import { beforeAll, describe, expect, it } from 'vitest';
import defaultWorld from '../sandbox/world/default-world.json';
import { clientFor, credsOf, DEV_ADMIN, startTestSandbox, testSecrets, type Creds } from '../sandbox/test-support/sandbox-client';
import type { Sandbox } from '../sandbox/sandbox';
import { platformRuntime } from '../sandbox/core/runtime';
import { importSecrets } from '../sandbox/core/secrets';
import type { PermissionCheckAnswer } from '../sandbox/controls/permission-check';
import { ATTENDEE_HEADER } from '../sandbox/room/attendee-header';
import { provisionRoom, type Attendee } from '../sandbox/room/attendees';
import { issueTicket } from '../sandbox/room/tickets';
import type { WorldFile } from '../sandbox/world/types';
import { callSatisfies, completingCalls, labPermissionRun, type LabCall, type LabEvent } from './check';
import { isPermissionShowMe, type Lab } from './format';
import { resolveLab, signedInUserOf, type SignedInUser } from './signed-in';
import { showMeInput } from './show-me';
import { validateLabSet } from './validate';

const dir = new URL('../../labs/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const parsed = files.map((name) => ({ name, value: JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as unknown }));

/** Every ARN the default world defines: users, roles, MFA devices, SAML and OIDC providers, account roots. */
function worldArns(): Set<string> {
  const arns = new Set<string>();
  for (const a of defaultWorld.accounts as unknown as Array<Record<string, unknown>>) {
    const id = a.id as string;
    arns.add(`arn:aws:iam::${id}:root`);
    for (const u of (a.users ?? []) as Array<{ name: string; path?: string; mfaDevices?: Array<{ serialNumber: string }> }>) {
      arns.add(`arn:aws:iam::${id}:user${u.path ?? '/'}${u.name}`);
      for (const d of u.mfaDevices ?? []) arns.add(d.serialNumber);
    }
    for (const r of (a.roles ?? []) as Array<{ name: string; path?: string }>) arns.add(`arn:aws:iam::${id}:role${r.path ?? '/'}${r.name}`);
    for (const p of (a.samlProviders ?? []) as Array<{ name: string }>) arns.add(`arn:aws:iam::${id}:saml-provider/${p.name}`);
  }
  return arns;
}

describe('the lab files', () => {
  const { labs, errors } = validateLabSet(parsed);

  it('are all valid, with unique ids, and at least twelve', () => {
    expect(errors).toEqual([]);
    expect(labs.length).toBeGreaterThanOrEqual(12);
  });

  it('are shown by a valid complete example in the README ("Writing a lab"), in both languages', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Writing a lab'));
    const example = section.slice(section.indexOf('```json') + '```json'.length, section.indexOf('```', section.indexOf('```json') + 7));
    const result = validateLabSet([{ name: 'README.md', value: JSON.parse(example) as unknown }]);
    expect(result.errors).toEqual([]);
    expect(result.labs[0]?.title).toEqual({ en: 'Who am I?', fr: 'Qui suis-je ?' });
  });

  it('rely only on ARNs the default world has', () => {
    const arns = worldArns();
    const missing = labs.flatMap((l) => (l.requires ?? []).filter((a) => !arns.has(a)).map((a) => `${l.id}: ${a}`));
    expect(missing).toEqual([]);
  });

  describe('are completed by their own "Show me" against the sandbox', () => {
    let sandbox: Sandbox;
    beforeAll(async () => {
      sandbox = await startTestSandbox();
    });
    // The expiry lab moves the shared clock: it runs last.
    const ordered = [...labs].sort((a, b) => Number(a.steps.some((s) => s.clock)) - Number(b.steps.some((s) => s.clock)));
    it.each(ordered.map((l) => [l.id, l] as [string, Lab]))('%s', async (_id, lab) => {
      await completeLab(sandbox, lab, DEV_ADMIN);
    });
  });

  describe('are completed by a workshop room\'s attendee (their own user and MFA device, through the signed-in user placeholders)', () => {
    let sandbox: Sandbox;
    let attendee: Attendee;
    let ticket: string;
    beforeAll(async () => {
      const runtime = platformRuntime();
      const secrets = await testSecrets();
      const { world, room } = await provisionRoom(defaultWorld as WorldFile, 2, secrets, runtime.subtle);
      sandbox = await startTestSandbox({ world, secrets, room });
      attendee = room.attendees[1]!;
      ticket = (await issueTicket((await importSecrets(secrets, runtime.importAesGcmKey)).sealKey, runtime, attendee.id)).ticket;
    });
    it.each(['first-assume-role', 'mfa', 'session-policies'])('%s', async (id) => {
      const lab = labs.find((l) => l.id === id)!;
      const { calls, signedIn } = await completeLab(sandbox, lab, { accessKeyId: attendee.accessKeyId, secretAccessKey: attendee.secretAccessKey }, ticket);
      expect(signedIn).toEqual({ arn: 'arn:aws:iam::123456789012:user/workshop/attendee-02', mfaSerial: 'arn:aws:iam::123456789012:mfa/attendee-02' });
      // The attendee's own identity answered, never the demo user's.
      expect(JSON.stringify(calls)).not.toContain('DevAdmin');
    });
    it('the same steps unresolved for the attendee (the demo user\'s names written in) would not pass', () => {
      const lab = labs.find((l) => l.id === 'first-assume-role')!;
      const asDemo = resolveLab(lab, { arn: 'arn:aws:iam::123456789012:user/DevAdmin', mfaSerial: null });
      const call: LabCall = { id: '1', operation: 'GetCallerIdentity', target: 'server', signedWith: 'long-term', input: {}, outcome: { status: 'ok', output: { Arn: attendee.userArn } } };
      expect(callSatisfies(asDemo.steps[0]!.check, call)).toBe(false);
      expect(callSatisfies(resolveLab(lab, { arn: attendee.userArn, mfaSerial: null }).steps[0]!.check, call)).toBe(true);
    });
  });
});

/** A sandbox control (/_sandbox/…), as the page calls it; with an attendee's ticket in a room. */
function controlOf(sandbox: Sandbox, ticket?: string) {
  return async (method: 'GET' | 'POST', path: string, body?: unknown) => {
    const res = await sandbox.handle({
      method,
      url: path,
      headers: { host: '127.0.0.1:4173', ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(ticket ? { [ATTENDEE_HEADER]: ticket } : {}) },
      body: new TextEncoder().encode(body === undefined ? '' : JSON.stringify(body)),
    });
    if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${res.body}`);
    return JSON.parse(res.body) as unknown;
  };
}

/**
 * Does every step of `lab` as the page would: Show me (placeholders resolved for the user the sandbox
 * signs in as), then the call through the real SDK, or the permission check through the sandbox's own
 * control; each step's check must pass on that, and not before.
 */
async function completeLab(sandbox: Sandbox, written: Lab, signedInKeys: Creds, ticket?: string): Promise<{ calls: LabEvent[]; signedIn: SignedInUser | null }> {
  const control = controlOf(sandbox, ticket);
  const signedIn = signedInUserOf((await control('GET', '/_sandbox/info')) as Parameters<typeof signedInUserOf>[0]);
  const lab = resolveLab(written, signedIn);
  const calls: LabEvent[] = [];
  let lastDenial: string | undefined;
  for (const step of lab.steps) {
    const sign = step.showMe.signWith;
    let creds: Creds = signedInKeys;
    if (sign && sign !== 'demo') {
      const from = completingCalls(lab, calls).get(sign.step);
      expect(from && 'outcome' in from ? from.outcome.status : from, `${lab.id}/${step.id}: the call of step ${sign.step}`).toBe('ok');
      creds = credsOf((from as { outcome: { output: Sts.AssumeRoleResponse } }).outcome.output);
    }
    if (step.clock) await control('POST', '/_sandbox/clock', { advanceSeconds: step.clock.advanceSeconds });
    let event: LabEvent;
    if (isPermissionShowMe(step.showMe)) {
      const question = { ...step.showMe.permissionCheck, accessKeyId: creds.accessKeyId, ...(creds.sessionToken ? { sessionToken: creds.sessionToken } : {}) };
      const answer = (await control('POST', '/_sandbox/permission-check', question)) as PermissionCheckAnswer;
      event = labPermissionRun(`${calls.length}`, 'in-page', question, answer);
    } else {
      const input = await showMeInput(step.showMe, { control, lastDenial: () => lastDenial });
      const op = step.showMe.operation;
      const unsigned = op === 'AssumeRoleWithSAML' || op === 'AssumeRoleWithWebIdentity';
      const Command = (Sts as unknown as Record<string, new (i: unknown) => Parameters<Sts.STSClient['send']>[0]>)[`${op}Command`]!;
      const call: LabCall = { id: `${calls.length}`, operation: op, target: 'in-page', signedWith: unsigned ? 'unsigned' : creds.sessionToken ? 'temporary' : 'long-term', input, outcome: { status: 'pending' } };
      expect(callSatisfies(step.check, call), `${lab.id}/${step.id} before any answer`).toBe(false);
      try {
        const output = (await clientFor(sandbox, unsigned ? null : creds).send(new Command(input))) as unknown as Record<string, unknown>;
        call.outcome = { status: 'ok', output };
      } catch (e) {
        // The wire's error code, as the workbench shows it (the SDK's class name may add "Exception").
        const err = e as Error & { Code?: string; $response?: { headers: Record<string, string> } };
        call.outcome = { status: 'error', code: err.Code ?? err.name, message: err.message };
        lastDenial = err.$response?.headers['x-sandbox-authorization-message'] ?? lastDenial;
      }
      event = call;
    }
    calls.unshift(event);
    if (process.env.LABS_DEBUG) console.log(lab.id, step.id, JSON.stringify(event).slice(0, 400));
    // A step's call completes no later step: the lab's steps happen in their order.
    const later = lab.steps.slice(lab.steps.indexOf(step) + 1).map((s) => s.id);
    expect([...completingCalls(lab, calls).keys()].filter((id) => later.includes(id)), `${lab.id}/${step.id} completes later steps`).toEqual([]);
    const outcome = 'outcome' in event ? (event.outcome.status === 'error' ? `${event.outcome.code}: ${event.outcome.message}` : 'ok') : `${event.allowed ? 'allowed' : `denied by ${event.deniedBy}`}`;
    expect({ step: step.id, satisfied: callSatisfies(step.check, event), outcome }).toMatchObject({ satisfied: true });
  }
  return { calls, signedIn };
}
