/**
 * The room scenario of `npm run bench`: one sandbox server started with `--workshop 30`, and 30
 * simulated attendees signed in through the real join exchange, all at once running a lab's calls
 * in rounds: GetCallerIdentity, AssumeRole, the role session's GetCallerIdentity, GetSessionToken
 * with their MFA device's current code, AssumeRoleWithSAML and AssumeRoleWithWebIdentity with
 * tokens from the built-in IdPs, DecodeAuthorizationMessage, a clock advance and a live world edit
 * (and its reset). Every request is signed (or minted) before its clock starts; a call's time is
 * from sending to the whole answer, over one keep-alive connection per attendee. Reports p50/p99 per
 * call and the server's peak memory (VmHWM, Linux).
 */
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/transport';
import { SignatureV4 } from '@smithy/signature-v4';
import { freePort, startAndWait, stop } from './processes';

export const ROOM_ATTENDEES = 30;
const ROUNDS = 10;
const ROLE = 'arn:aws:iam::123456789012:role/xaccounts3access';
const SAML_ROLE = 'arn:aws:iam::123456789012:role/TestSaml';
const SAML_PROVIDER = 'arn:aws:iam::123456789012:saml-provider/SAML-test';
const OIDC_ROLE = 'arn:aws:iam::123456789012:role/FederatedWebIdentityRole';
const ROLE_TRUST = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRole' }] };

export interface RoomCallRow {
  call: string;
  requests: number;
  errors: number;
  firstError: string | null;
  p50Ms: number;
  p99Ms: number;
}

export interface RoomResult {
  attendees: number;
  rounds: number;
  seconds: number;
  rows: RoomCallRow[];
  /** Peak resident memory of the server process (VmHWM), or null where /proc is not there. */
  peakRssMb: number | null;
}

interface Answer {
  status: number;
  body: string;
}

interface Attendee {
  id: string;
  accessKeyId: string;
  secretAccessKey: string;
  mfaSerial: string;
  ticket: string;
  agent: Agent;
}

function send(port: number, agent: Agent | undefined, method: string, path: string, headers: Record<string, string>, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, ...(agent ? { agent } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const form = (params: Record<string, string>) => new URLSearchParams({ Version: '2011-06-15', ...params }).toString();

async function signed(port: number, creds: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }, body: string): Promise<Record<string, string>> {
  const request = new HttpRequest({
    method: 'POST',
    protocol: 'http:',
    hostname: '127.0.0.1',
    port,
    path: '/',
    headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  });
  const signer = new SignatureV4({ service: 'sts', region: 'us-east-1', credentials: creds, sha256: Sha256 });
  return (await signer.sign(request)).headers;
}

const between = (text: string, tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(text)?.[1] ?? '';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

function peakRssMb(pid: number | undefined): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** @param cpuProfileDir where the server writes its CPU profile (node --cpu-prof) when it stops; none when absent */
export async function benchRoom(root: string, stateDir: string, cpuProfileDir?: string): Promise<RoomResult> {
  const port = await freePort();
  const profile = cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : [];
  const server = await startAndWait(process.execPath, [...profile, '--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--state-dir', stateDir, '--workshop', String(ROOM_ATTENDEES)], port, '/_sandbox/info', root, 60_000);
  const times = new Map<string, number[]>();
  const errors = new Map<string, { count: number; first: string | null }>();
  const json = { 'content-type': 'application/json' };
  try {
    // The token line follows the URL line; wait for it to be printed.
    let token = '';
    for (let i = 0; i < 200 && !token; i++) {
      token = /instructor token[^\n]*\n\s+(\S+)/.exec(server.output())?.[1] ?? '';
      if (!token) await new Promise((r) => setTimeout(r, 25));
    }
    const links = JSON.parse((await send(port, undefined, 'POST', '/_sandbox/room/links', { ...json, authorization: `Bearer ${token}` }, '{}')).body) as { links: { code: string }[] };
    const attendees: Attendee[] = [];
    for (const link of links.links) {
      const joined = JSON.parse((await send(port, undefined, 'POST', '/_sandbox/room/join', json, JSON.stringify({ code: link.code }))).body) as Omit<Attendee, 'agent'> & { attendee: string };
      attendees.push({ ...joined, id: joined.attendee, agent: new Agent({ keepAlive: true, maxSockets: 1 }) });
    }
    if (attendees.length !== ROOM_ATTENDEES) throw new Error(`only ${attendees.length} of ${ROOM_ATTENDEES} attendees could join`);

    /** Times one prepared request; `ok` says whether the answer is what the lab expects. */
    const timed = async (a: Attendee, call: string, method: string, path: string, headers: Record<string, string>, body: string, ok = (r: Answer) => r.status === 200): Promise<Answer> => {
      const t0 = performance.now();
      const answer = await send(port, a.agent, method, path, headers, body);
      const ms = performance.now() - t0;
      (times.get(call) ?? times.set(call, []).get(call))?.push(ms);
      if (!ok(answer)) {
        const e = errors.get(call) ?? { count: 0, first: null };
        e.count++;
        e.first ??= `${answer.status} ${answer.body.slice(0, 200)}`;
        errors.set(call, e);
      }
      return answer;
    };
    /** An untimed control call (minting tokens, reading the MFA code): the lab's set-up, not a call it measures. */
    const control = async (a: Attendee, method: string, path: string, body?: unknown) =>
      JSON.parse((await send(port, a.agent, method, path, { ...json, 'x-sandbox-attendee': a.ticket }, body === undefined ? '' : JSON.stringify(body))).body) as Record<string, string>;

    const lab = async (a: Attendee, round: number) => {
      const keys = { accessKeyId: a.accessKeyId, secretAccessKey: a.secretAccessKey };
      const sts = async (call: string, creds: typeof keys & { sessionToken?: string }, params: Record<string, string>) => {
        const body = form({ Action: call, ...params });
        return timed(a, call, 'POST', '/', await signed(port, creds, body), body);
      };
      await sts('GetCallerIdentity', keys, {});
      const role = await sts('AssumeRole', keys, { RoleArn: ROLE, RoleSessionName: `${a.id}-${round}` });
      const session = { accessKeyId: between(role.body, 'AccessKeyId'), secretAccessKey: between(role.body, 'SecretAccessKey'), sessionToken: between(role.body, 'SessionToken') };
      const sessionBody = form({ Action: 'GetCallerIdentity' });
      await timed(a, 'GetCallerIdentity (role session)', 'POST', '/', await signed(port, session, sessionBody), sessionBody);
      const { code } = await control(a, 'GET', `/_sandbox/mfa/code?serialNumber=${encodeURIComponent(a.mfaSerial)}`);
      await sts('GetSessionToken', keys, { SerialNumber: a.mfaSerial, TokenCode: code ?? '', DurationSeconds: '900' });
      const { samlResponse } = await control(a, 'POST', '/_sandbox/saml/mint', { roles: [{ roleArn: SAML_ROLE, principalArn: SAML_PROVIDER }], sessionName: a.id });
      const samlBody = form({ Action: 'AssumeRoleWithSAML', RoleArn: SAML_ROLE, PrincipalArn: SAML_PROVIDER, SAMLAssertion: samlResponse ?? '' });
      await timed(a, 'AssumeRoleWithSAML', 'POST', '/', { 'content-type': 'application/x-www-form-urlencoded', 'x-sandbox-attendee': a.ticket }, samlBody);
      const { token: idToken } = await control(a, 'POST', '/_sandbox/oidc/mint', { sub: a.id });
      const oidcBody = form({ Action: 'AssumeRoleWithWebIdentity', RoleArn: OIDC_ROLE, RoleSessionName: a.id, WebIdentityToken: idToken ?? '' });
      await timed(a, 'AssumeRoleWithWebIdentity', 'POST', '/', { 'content-type': 'application/x-www-form-urlencoded', 'x-sandbox-attendee': a.ticket }, oidcBody);
      const { encodedMessage } = await control(a, 'POST', '/_sandbox/authorization-message', {});
      await sts('DecodeAuthorizationMessage', keys, { EncodedMessage: encodedMessage ?? '' });
      const ticketed = { ...json, 'x-sandbox-attendee': a.ticket };
      await timed(a, 'clock advance', 'POST', '/_sandbox/clock', ticketed, JSON.stringify({ advanceSeconds: 60 }));
      await timed(a, 'world edit', 'POST', '/_sandbox/world/edit', ticketed, JSON.stringify({ arn: ROLE, trustPolicy: ROLE_TRUST }));
      await timed(a, 'world reset', 'POST', '/_sandbox/world/reset', ticketed, JSON.stringify({ arn: ROLE }));
    };

    const t0 = performance.now();
    await Promise.all(
      attendees.map(async (a) => {
        for (let round = 0; round < ROUNDS; round++) await lab(a, round);
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const rows: RoomCallRow[] = [...times.entries()].map(([call, list]) => {
      const sorted = [...list].sort((x, y) => x - y);
      const e = errors.get(call);
      return { call, requests: list.length, errors: e?.count ?? 0, firstError: e?.first ?? null, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
    });
    for (const a of attendees) a.agent.destroy();
    return { attendees: ROOM_ATTENDEES, rounds: ROUNDS, seconds, rows, peakRssMb: peakRssMb(server.child.pid) };
  } finally {
    await stop(server.child);
  }
}

export function printRoom(r: RoomResult): void {
  console.log(`\nRoom: ${r.attendees} attendees at once (--workshop ${r.attendees}), ${r.rounds} rounds of a lab's calls each, ${r.seconds.toFixed(1)} s (target: p99 under 50 ms)`);
  console.log(`${'call'.padEnd(34)}${'requests'.padStart(9)}${'errors'.padStart(8)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`);
  for (const row of r.rows) {
    console.log(`${row.call.padEnd(34)}${String(row.requests).padStart(9)}${String(row.errors).padStart(8)}${row.p50Ms.toFixed(2).padStart(9)}${row.p99Ms.toFixed(2).padStart(9)}${row.p99Ms < 50 ? '' : '  over 50 ms'}`);
    if (row.firstError) console.log(`  first error: ${row.firstError}`);
  }
  console.log(`Server peak memory (VmHWM): ${r.peakRssMb === null ? 'not measured (no /proc)' : `${r.peakRssMb.toFixed(0)} MB`}`);
}
