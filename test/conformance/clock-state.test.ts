/**
 * The sandbox clock's ceiling and the state directory (issue 11, findings 2 and 5), against the real
 * server: advances past the ceiling are refused with JSON and change nothing; at the ceiling the AWS
 * CLI and boto3 still parse every Expiration; processes sharing a state dir share the clock; an
 * advance that cannot be saved is refused; a damaged state file stops the server with the file, the
 * problem and the fix.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_CLOCK_OFFSET_SECONDS } from '../../src/sandbox/core/clock';
import { HAS_AWS_CLI, HAS_BOTO3, noticeMissing, okResult, runAws, runBoto } from './support/clients';
import { advanceClock, getClock } from './support/controls';
import { startExpectingExit, startSandbox, useSandbox } from './support/server';

noticeMissing({ cli: true, boto3: true }, 'clock ceiling (AWS CLI / boto3)');

const AUDITOR = 'arn:aws:iam::123456789012:role/audit/ReadOnlyAuditor';
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

async function postClock(url: string, body: string): Promise<{ status: number; contentType: string; json: { error?: { code: string; message: string } } & Record<string, unknown> }> {
  const res = await fetch(`${url}/_sandbox/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', json: JSON.parse(await res.text()) };
}

const yearsAhead = (iso: string) => (Date.parse(iso) - Date.now()) / (365 * 86400_000);

describe('the clock ceiling', () => {
  const sb = useSandbox();

  it('refuses advances that are not whole positive seconds, with JSON, and does not move', async () => {
    for (const advance of ['0', '-60', '1.5', '"3600"', 'null', '1e999', '1e300']) {
      const res = await postClock(sb.url, `{"advanceSeconds": ${advance}}`);
      expect(res.status, advance).toBe(400);
      expect(res.contentType).toMatch(/^application\/json/);
      expect(res.json.error?.code, advance).toBe(advance === '1e300' ? 'ClockCeilingReached' : 'InvalidAdvance');
    }
    expect((await postClock(sb.url, '{}')).json.error).toEqual({ code: 'InvalidField', message: 'advanceSeconds is required: a whole number of seconds greater than 0 (the sandbox clock only moves forward).' });
    expect((await getClock(sb.url)).offsetSeconds).toBe(0);
  });

  it('advances to the ceiling, then refuses one more second with JSON naming the ceiling and the offset, and the clock stays', async () => {
    const near = await advanceClock(sb.url, MAX_CLOCK_OFFSET_SECONDS - 60);
    expect(near.offsetSeconds).toBe(MAX_CLOCK_OFFSET_SECONDS - 60);
    const over = await postClock(sb.url, '{"advanceSeconds": 61}');
    expect(over.status).toBe(400);
    expect(over.json.error?.code).toBe('ClockCeilingReached');
    expect(over.json.error?.message).toContain(`its offset is ${MAX_CLOCK_OFFSET_SECONDS - 60} seconds`);
    expect(over.json.error?.message).toContain(`may not exceed ${MAX_CLOCK_OFFSET_SECONDS} seconds (3650 days)`);
    expect((await getClock(sb.url)).offsetSeconds).toBe(MAX_CLOCK_OFFSET_SECONDS - 60);
    const at = await advanceClock(sb.url, 60);
    expect(at.offsetSeconds).toBe(MAX_CLOCK_OFFSET_SECONDS);
    expect(at.nowIso).toMatch(ISO_SECONDS);
    const again = await postClock(sb.url, '{"advanceSeconds": 1}');
    expect(again.status).toBe(400);
    expect(again.json.error?.message).toContain('It is at the ceiling.');
    expect((await getClock(sb.url)).offsetSeconds).toBe(MAX_CLOCK_OFFSET_SECONDS);
  });

  it.skipIf(!HAS_BOTO3)('at the ceiling, boto3 still gets parseable Expirations ten years ahead from every issuing operation', async () => {
    const res = await runBoto(sb.url, [
      { id: 'role', op: 'assume_role', params: { RoleArn: AUDITOR, RoleSessionName: 'far-future' } },
      { id: 'gst', op: 'get_session_token', params: { DurationSeconds: 129600 } },
      { id: 'fed', op: 'get_federation_token', params: { Name: 'FarFuture', DurationSeconds: 129600 } },
      { id: 'use', op: 'get_caller_identity', creds: { from: 'role' } },
    ]);
    for (const id of ['role', 'gst', 'fed']) {
      const expiration = String((okResult(res, id).Credentials as { Expiration: string }).Expiration);
      expect(yearsAhead(expiration), `${id}: ${expiration}`).toBeGreaterThan(9.9);
      expect(yearsAhead(expiration), `${id}: ${expiration}`).toBeLessThan(10.1);
    }
    expect(okResult(res, 'use').Arn).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnlyAuditor/far-future');
  });

  it.skipIf(!HAS_AWS_CLI)('at the ceiling, the AWS CLI prints a four-digit Expiration for AssumeRole and GetSessionToken', async () => {
    const role = await runAws(sb.url, ['sts', 'assume-role', '--role-arn', AUDITOR, '--role-session-name', 'cli-far-future']);
    const gst = await runAws(sb.url, ['sts', 'get-session-token', '--duration-seconds', '129600']);
    for (const [name, res] of [['assume-role', role], ['get-session-token', gst]] as const) {
      expect(res.status, `${name}: ${res.stderr}`).toBe(0);
      const expiration = String((res.json?.Credentials as { Expiration?: string } | undefined)?.Expiration);
      expect(expiration, name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|\+00:00)$/);
      expect(yearsAhead(expiration), name).toBeGreaterThan(9.9);
    }
  });
});

describe('the state directory', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'stsw-state-conformance-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('lets two processes sharing one state dir see one clock: an advance on either is read on the other', async () => {
    const a = await startSandbox({ stateDir: join(scratch, 'shared') });
    const b = await startSandbox({ stateDir: a.stateDir });
    try {
      expect((await advanceClock(a.url, 3600)).offsetSeconds).toBe(3600);
      expect((await getClock(b.url)).offsetSeconds).toBe(3600);
      expect((await advanceClock(b.url, 60)).offsetSeconds).toBe(3660);
      expect((await getClock(a.url)).offsetSeconds).toBe(3660);
      // The ceiling counts the shared offset, whichever process is asked.
      const over = await postClock(b.url, JSON.stringify({ advanceSeconds: MAX_CLOCK_OFFSET_SECONDS - 3600 }));
      expect(over.json.error?.code).toBe('ClockCeilingReached');
      expect(over.json.error?.message).toContain('its offset is 3660 seconds');
      // Concurrent advances through both processes add up: none is lost.
      await Promise.all(Array.from({ length: 10 }, (_, i) => advanceClock(i % 2 ? a.url : b.url, 1)));
      expect((await getClock(a.url)).offsetSeconds).toBe(3670);
      expect((await getClock(b.url)).offsetSeconds).toBe(3670);
      await b.stop();
      await a.restart();
      expect((await getClock(a.url)).offsetSeconds).toBe(3670);
    } finally {
      await b.stop();
      await a.stop();
    }
  });

  it('refuses an advance it cannot save (state dir deleted while running) with a 503 JSON error, and the clock does not move, then or after a restart', async () => {
    const server = await startSandbox({ stateDir: join(scratch, 'deleted') });
    try {
      await advanceClock(server.url, 600);
      rmSync(server.stateDir, { recursive: true });
      const refused = await postClock(server.url, '{"advanceSeconds": 3600}');
      expect(refused.status).toBe(503);
      expect(refused.contentType).toMatch(/^application\/json/);
      expect(refused.json.error?.code).toBe('StateNotWritable');
      expect(refused.json.error?.message).toContain(`the state directory ${server.stateDir}`);
      expect(refused.json.error?.message).toContain('the clock did not move');
      expect((await getClock(server.url)).offsetSeconds).toBe(600);
      await server.restart();
      // The directory is gone, so the restarted server starts over at real time; the refused hour never happened.
      expect((await getClock(server.url)).offsetSeconds).toBe(0);
    } finally {
      await server.stop();
    }
  });

  describe('damaged state files stop the server at start with the file, the problem and the fix', () => {
    let secretsText = '';
    const damagedDir = (files: Record<string, string>) => {
      const dir = mkdtempSync(join(scratch, 'damaged-'));
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      return dir;
    };
    const expectStop = async (dir: string, file: string, problem: RegExp, fix: string) => {
      const run = await startExpectingExit(dir);
      expect(run.code, run.stderr).not.toBe(0);
      expect(run.stderr).toContain(`${join(dir, file)}: `);
      expect(run.stderr).toMatch(problem);
      expect(run.stderr).toContain(fix);
      expect(run.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
    };

    it('has the secrets of a healthy state dir to damage', async () => {
      const healthy = await startSandbox({ stateDir: join(scratch, 'healthy') });
      secretsText = readFileSync(join(healthy.stateDir, 'secrets.json'), 'utf8');
      await healthy.stop();
      expect(JSON.parse(secretsText)).toMatchObject({ version: 1 });
    });

    it('clock.json that is not JSON', async () => {
      await expectStop(damagedDir({ 'secrets.json': secretsText, 'clock.json': '{"offsetSec' }), 'clock.json', /is not valid JSON/, 'delete it to put the sandbox clock back to real time');
    });

    it('clock.json beyond the ceiling', async () => {
      await expectStop(damagedDir({ 'secrets.json': secretsText, 'clock.json': JSON.stringify({ offsetSeconds: 1e12 }) }), 'clock.json', /offsetSeconds is 1000000000000, beyond the sandbox clock's ceiling/, 'Restore it from a backup');
    });

    it('secrets.json without the IdP keys', async () => {
      const { saml: _saml, oidc: _oidc, ...rest } = JSON.parse(secretsText) as Record<string, unknown>;
      await expectStop(damagedDir({ 'secrets.json': JSON.stringify(rest) }), 'secrets.json', /the SAML IdP keys .* are missing/, 'delete it to start with new sandbox keys');
    });

    it('secrets.json with a damaged OIDC key', async () => {
      const secrets = JSON.parse(secretsText) as { oidc: { keys: Array<Record<string, unknown>> } };
      secrets.oidc.keys = secrets.oidc.keys.map((k) => (k.alg === 'RS256' ? { ...k, n: 'AAAA' } : k));
      await expectStop(damagedDir({ 'secrets.json': JSON.stringify(secrets) }), 'secrets.json', /the OIDC RS256 signing key cannot be imported or used/, 'Restore it from a backup');
    });
  });
});
