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
import { clientFor, credsOf, DEV_ADMIN, startTestSandbox, type Creds } from '../sandbox/test-support/sandbox-client';
import type { Sandbox } from '../sandbox/sandbox';
import { callSatisfies, completingCalls, type LabCall } from './check';
import type { Lab } from './format';
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
    const control = async (method: 'GET' | 'POST', path: string, body?: unknown) => {
      const res = await sandbox.handle({
        method,
        url: path,
        headers: { host: '127.0.0.1:4173', ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: new TextEncoder().encode(body === undefined ? '' : JSON.stringify(body)),
      });
      if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${res.body}`);
      return JSON.parse(res.body) as unknown;
    };

    // The expiry lab moves the shared clock: it runs last.
    const ordered = [...labs].sort((a, b) => Number(a.steps.some((s) => s.clock)) - Number(b.steps.some((s) => s.clock)));
    it.each(ordered.map((l) => [l.id, l] as [string, Lab]))('%s', async (_id, lab) => {
      const calls: LabCall[] = [];
      let lastDenial: string | undefined;
      for (const step of lab.steps) {
        const sign = step.showMe.signWith;
        let creds: Creds | null = DEV_ADMIN;
        if (sign && sign !== 'demo') {
          const from = completingCalls(lab, calls).get(sign.step);
          expect(from?.outcome.status, `${lab.id}/${step.id}: the call of step ${sign.step}`).toBe('ok');
          creds = credsOf((from?.outcome as { output: Sts.AssumeRoleResponse }).output);
        }
        if (step.clock) await control('POST', '/_sandbox/clock', { advanceSeconds: step.clock.advanceSeconds });
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
        calls.unshift(call);
        if (process.env.LABS_DEBUG) console.log(lab.id, step.id, JSON.stringify(call.outcome).slice(0, 400));
        // A step's call completes no later step: the lab's steps happen in their order.
        const later = lab.steps.slice(lab.steps.indexOf(step) + 1).map((s) => s.id);
        expect([...completingCalls(lab, calls).keys()].filter((id) => later.includes(id)), `${lab.id}/${step.id} completes later steps`).toEqual([]);
        expect({ step: step.id, satisfied: callSatisfies(step.check, call), outcome: call.outcome.status === 'error' ? `${call.outcome.code}: ${call.outcome.message}` : 'ok' }).toMatchObject({ satisfied: true });
      }
    });
  });
});
