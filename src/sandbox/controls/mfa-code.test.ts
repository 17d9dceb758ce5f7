import { GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { clientFor, DEV_ADMIN, failure, startTestSandbox } from '../test-support/sandbox-client';
import type { Sandbox } from '../sandbox';

const DEVICE = 'arn:aws:iam::123456789012:mfa/DevAdmin';

async function codeOf(sandbox: Sandbox, serial: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await sandbox.handle({ method: 'GET', url: `/_sandbox/mfa/code?serialNumber=${encodeURIComponent(serial)}`, headers: { host: '127.0.0.1:4173' }, body: new Uint8Array() });
  return { status: res.status, body: JSON.parse(res.body) as Record<string, unknown> };
}

const getSessionToken = (sandbox: Sandbox, code: string) =>
  clientFor(sandbox, DEV_ADMIN).send(new GetSessionTokenCommand({ SerialNumber: DEVICE, TokenCode: code, DurationSeconds: 900 }));

describe('GET /_sandbox/mfa/code', () => {
  it('gives the code the device shows now, which GetSessionToken accepts', async () => {
    const sandbox = await startTestSandbox();
    const { status, body } = await codeOf(sandbox, DEVICE);
    expect(status).toBe(200);
    expect(body).toMatchObject({ serialNumber: DEVICE, userArn: 'arn:aws:iam::123456789012:user/DevAdmin' });
    expect(body.code).toMatch(/^\d{6}$/);
    expect(body.secondsLeft).toBeGreaterThanOrEqual(1);
    expect(body.secondsLeft).toBeLessThanOrEqual(30);
    const out = await getSessionToken(sandbox, String(body.code));
    expect(out.Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });

  it('follows the sandbox clock: after the clock moves, the old code is refused and the new one works', async () => {
    const sandbox = await startTestSandbox();
    const before = String((await codeOf(sandbox, DEVICE)).body.code);
    sandbox.clock.advance(3600);
    const after = String((await codeOf(sandbox, DEVICE)).body.code);
    expect(after).not.toBe(before);
    expect((await failure(getSessionToken(sandbox, before))).message).toMatch(/invalid MFA one time pass code/);
    expect((await getSessionToken(sandbox, after)).Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });

  it('a device with a fixed code gives it, with no countdown', async () => {
    const { status, body } = await codeOf(await startTestSandbox(), 'YourMFADeviceSerialNumber');
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: '123456', secondsLeft: null });
  });

  it('an unknown device or a missing serial number is a JSON error naming the problem', async () => {
    const sandbox = await startTestSandbox();
    const unknown = await codeOf(sandbox, 'arn:aws:iam::123456789012:mfa/Nobody');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: { code: 'NotFound', message: 'No MFA device arn:aws:iam::123456789012:mfa/Nobody in the sandbox world.' } });
    const res = await sandbox.handle({ method: 'GET', url: '/_sandbox/mfa/code', headers: { host: '127.0.0.1:4173' }, body: new Uint8Array() });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'InvalidField', message: expect.stringMatching(/^serialNumber is required/) } });
  });
});
