/**
 * Robustness of the sandbox STS against wrong-shaped requests: a seeded fuzzer (replay with
 * STS_FUZZ_SEED=<seed> and, for one case, STS_FUZZ_ONLY=<index>) plus a table of hand-written
 * nasty requests with the error code each must get.
 */
import { AssumeRoleCommand, GetSessionTokenCommand } from '@aws-sdk/client-sts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SandboxRequest } from './core/http';
import type { Sandbox } from './sandbox';
import { formatIsoBasic } from './sigv4/request-date';
import { sdkPresignedRequest, sdkSignedRequest } from './sigv4/test-support/sdk-request';
import { checkStsResponse } from './test-support/fuzz/check-response';
import { checkControlResponse, controlCase } from './test-support/fuzz/controls';
import { badAuthorizationCase, badPresignedCase, signedCase, unsignedCase, type FuzzCase } from './test-support/fuzz/generate';
import { Rng } from '../inspect/test-support/fuzz';
import { clientFor, credsOf, DEV_ADMIN, startTestSandbox, type Creds } from './test-support/sandbox-client';

const SEED = Number(process.env.STS_FUZZ_SEED ?? 20110615);
const CASES = Number(process.env.STS_FUZZ_CASES ?? 3000);
const ONLY = process.env.STS_FUZZ_ONLY === undefined ? null : Number(process.env.STS_FUZZ_ONLY);

let sandbox: Sandbox;
let signers: Creds[];
beforeAll(async () => {
  sandbox = await startTestSandbox();
  const role = credsOf(await clientFor(sandbox, DEV_ADMIN).send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::123456789012:role/xaccounts3access', RoleSessionName: 'fuzz' })));
  const session = credsOf(await clientFor(sandbox, DEV_ADMIN).send(new GetSessionTokenCommand({ DurationSeconds: 3600 })));
  signers = [DEV_ADMIN, DEV_ADMIN, role, session];
});

/** The request as text, clipped, for failure reports and the echo rule of checkStsResponse. */
function describeRequest(req: SandboxRequest, max = Infinity): string {
  const body = new TextDecoder('latin1').decode(req.body);
  const text = `${req.method} ${req.url}\n${Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`).join('\n')}\n\n${body}`;
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

async function generate(index: number): Promise<FuzzCase> {
  const rng = Rng.forCase(SEED, index);
  const family = index % 10;
  if (family < 4) return unsignedCase(rng);
  if (family < 6) return badAuthorizationCase(rng);
  if (family < 7) return badPresignedCase(rng);
  return signedCase(rng, signers);
}

describe('the sandbox under fuzzed requests', () => {
  it(`answers ${CASES} wrong-shaped requests with well-formed STS documents, never a 5xx`, async () => {
    const failures: string[] = [];
    const seen = new Map<string, number>();
    for (let i = ONLY ?? 0; i < (ONLY === null ? CASES : ONLY + 1); i++) {
      const fuzz = await generate(i);
      let problems: string[];
      try {
        const res = await sandbox.handle(fuzz.request);
        const checked = checkStsResponse(res, describeRequest(fuzz.request));
        problems = checked.problems;
        const key = `${fuzz.kind.split('+')[0]}:${checked.code ?? '?'}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      } catch (e) {
        problems = [`handle() threw: ${(e as Error)?.stack ?? String(e)}`];
      }
      if (problems.length > 0) {
        failures.push(`case ${i} (${fuzz.kind}; replay: STS_FUZZ_SEED=${SEED} STS_FUZZ_ONLY=${i}): ${problems.join('; ')}\n  ${describeRequest(fuzz.request, 600)}`);
      }
    }
    if (failures.length > 0) console.error(`fuzz seed ${SEED}: ${failures.length} failing cases\n${failures.slice(0, 10).join('\n\n')}`);
    expect(failures.slice(0, 5), `fuzz seed ${SEED}: ${failures.length} failing cases`).toEqual([]);
    if (ONLY !== null) return;
    // The generator must reach past each stage of the pipeline, or the run proves little.
    const codes = new Set([...seen.keys()]);
    for (const expected of [
      'unsigned:InvalidAction', 'unsigned:MalformedQueryString', 'unsigned:MissingAuthenticationToken', 'bad-authorization:IncompleteSignature',
      'bad-authorization:SignatureDoesNotMatch', 'bad-presigned:IncompleteSignature', 'signed:ValidationError', 'signed:OK', 'presigned:OK',
      'signed:MalformedPolicyDocument', 'signed:AccessDenied',
    ]) {
      expect(codes, `seed ${SEED} never produced ${expected}; seen: ${[...codes].sort().join(', ')}`).toContain(expected);
    }
  }, 240_000);
});

describe('the response checker', () => {
  it('rejects what the fuzz run must never see', async () => {
    const ok = await sandbox.handle(form('Action=Nope&Version=2011-06-15'));
    expect(checkStsResponse(ok).problems).toEqual([]);
    const internal = { ...ok, status: 500, body: ok.body.replace('InvalidAction', 'InternalFailure').replace('Sender', 'Receiver') };
    expect(checkStsResponse(internal).problems).toContain('status 500');
    expect(checkStsResponse({ ...ok, body: ok.body.replace('InvalidAction', 'NoSuchCode') }).problems).toContain('code "NoSuchCode" is not in ERROR_TABLE');
    expect(checkStsResponse({ ...ok, body: ok.body.replace(/<Message>.*<\/Message>/, '<Message>x is undefined</Message>') }).problems.join()).toContain('"undefined"');
    expect(checkStsResponse({ ...ok, body: ok.body.replace(/<Message>.*<\/Message>/, '<Message>boom\n    at run (file:///x.ts:1:2)</Message>') }).problems.join()).toContain('a stack trace');
    expect(checkStsResponse({ ...ok, body: ok.body.replace('</ErrorResponse>', '') }).problems.join()).toContain('not well-formed');
  });
});

describe('the sandbox controls under fuzzed requests', () => {
  it('answer JSON and never a 5xx or a leaked JavaScript error', async () => {
    const failures: string[] = [];
    for (let i = 0; i < CASES / 2; i++) {
      const req = controlCase(Rng.forCase(SEED + 1, i));
      let problems: string[];
      try {
        problems = checkControlResponse(await sandbox.handle(req), describeRequest(req));
      } catch (e) {
        problems = [`handle() threw: ${(e as Error)?.stack ?? String(e)}`];
      }
      if (problems.length > 0) failures.push(`control case ${i} (seed ${SEED + 1}): ${problems.join('; ')}\n  ${describeRequest(req, 600)}`);
    }
    expect(failures.slice(0, 5), `fuzz seed ${SEED}: ${failures.length} failing control cases`).toEqual([]);
  }, 120_000);

  it('names the field a minted SAML response cannot carry, and checks attribute values', async () => {
    const mint = (body: unknown) => sandbox.handle({ method: 'POST', url: '/_sandbox/saml/mint', headers: { host: '127.0.0.1:4173', 'content-type': 'application/json' }, body: enc(JSON.stringify(body)) });
    const nul = await mint({ subject: 'alice\u0000' });
    expect({ status: nul.status, body: JSON.parse(nul.body) }).toEqual({
      status: 400,
      body: { error: { code: 'InvalidField', message: 'subject contains the character U+0000, which a SAML document (XML 1.0) cannot carry.' } },
    });
    const attr = await mint({ attributes: { 'urn:x': 5 } });
    expect({ status: attr.status, body: JSON.parse(attr.body) }).toEqual({
      status: 400,
      body: { error: { code: 'InvalidField', message: 'attributes["urn:x"] must be a string or a list of strings.' } },
    });
    expect((await mint({ attributes: { 'urn:x': 'one' } })).status).toBe(200);
  });
});

const enc = (s: string) => new TextEncoder().encode(s);
const form = (body: string | Uint8Array, extra: Record<string, string> = {}): SandboxRequest => ({
  method: 'POST',
  url: '/',
  headers: { host: '127.0.0.1:4173', 'content-type': 'application/x-www-form-urlencoded', ...extra },
  body: typeof body === 'string' ? enc(body) : body,
});
const get = (query: string, extra: Record<string, string> = {}): SandboxRequest => ({ method: 'GET', url: `/?${query}`, headers: { host: '127.0.0.1:4173', ...extra }, body: new Uint8Array() });
const now = () => formatIsoBasic(Date.now());
const scope = (key = 'AKIARZPUZDIKDXT22AAB') => `${key}/${now().slice(0, 8)}/us-east-1/sts/aws4_request`;
const GCI = 'Action=GetCallerIdentity&Version=2011-06-15';
const ROLE = 'RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fxaccounts3access&RoleSessionName=fuzz';
const signed = (body: string, creds: Creds = DEV_ADMIN, signingDate = new Date()) =>
  sdkSignedRequest({ body, accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, ...(creds.sessionToken ? { sessionToken: creds.sessionToken } : {}), signingDate });
const assume = (extra: string) => signed(`Action=AssumeRole&Version=2011-06-15&${ROLE}&${extra}`);
const auth = (header: string, date: string | null = now()) => form(GCI, { authorization: header, ...(date === null ? {} : { 'x-amz-date': date }) });

// Incompressible tag text, so the packed (deflated) size really is large.
const noise = new Rng(7);
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const NASTY: [name: string, request: () => SandboxRequest | Promise<SandboxRequest>, code: string][] = [
  ['no Action', () => get('Version=2011-06-15'), 'InvalidAction'],
  ['unknown Action', () => form('Action=Nope&Version=2011-06-15'), 'InvalidAction'],
  ['Action of another case', () => form('Action=getcalleridentity&Version=2011-06-15'), 'InvalidAction'],
  ['a prototype name as Action', () => form('Action=__proto__&Version=2011-06-15'), 'InvalidAction'],
  ['another API version', () => form('Action=GetCallerIdentity&Version=2010-01-01'), 'InvalidAction'],
  ['PUT', () => ({ ...form(GCI), method: 'PUT' }), 'InvalidAction'],
  ['unsigned signed operation, Version missing', () => form('Action=GetCallerIdentity'), 'MissingAuthenticationToken'],
  ['invalid percent-encoding', () => form(`${GCI}&x=%ZZ`), 'MalformedQueryString'],
  ['truncated escape', () => form(`${GCI}&x=%4`), 'MalformedQueryString'],
  ['escapes of invalid UTF-8', () => form(`${GCI}&x=%C3%28`), 'MalformedQueryString'],
  ['body bytes that are not UTF-8', () => form(new Uint8Array([...enc(`${GCI}&x=`), 0xff, 0xfe, 0x80])), 'MalformedQueryString'],
  ['Authorization without Signature', () => auth(`AWS4-HMAC-SHA256 Credential=${scope()}, SignedHeaders=host;x-amz-date`), 'IncompleteSignature'],
  ['Authorization without Credential or date', () => auth('AWS4-HMAC-SHA256 SignedHeaders=host, Signature=00', null), 'IncompleteSignature'],
  ['Authorization with a bare token', () => auth(`AWS4-HMAC-SHA256 Credential=${scope()}, Foo, SignedHeaders=host, Signature=00`), 'IncompleteSignature'],
  ['unknown algorithm', () => auth(`AWS4-HMAC-SHA512 Credential=${scope()}, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`), 'IncompleteSignature'],
  ['scope of three parts', () => auth(`AWS4-HMAC-SHA256 Credential=AKIARZPUZDIKDXT22AAB/20150830/us-east-1, SignedHeaders=host;x-amz-date, Signature=00`), 'IncompleteSignature'],
  ['scope of the wrong service and region', () => auth(`AWS4-HMAC-SHA256 Credential=AKIARZPUZDIKDXT22AAB/${now().slice(0, 8)}/US-EAST-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=00`), 'SignatureDoesNotMatch'],
  ['host not signed', () => auth(`AWS4-HMAC-SHA256 Credential=${scope()}, SignedHeaders=x-amz-date, Signature=00`), 'SignatureDoesNotMatch'],
  ['non-hex signature', () => auth(`AWS4-HMAC-SHA256 Credential=${scope()}, SignedHeaders=host;x-amz-date, Signature=${'z'.repeat(64)}`), 'SignatureDoesNotMatch'],
  ['X-Amz-Date in extended format', () => auth(`AWS4-HMAC-SHA256 Credential=${scope()}, SignedHeaders=host;x-amz-date, Signature=00`, '2015-08-30T12:36:00Z'), 'IncompleteSignature'],
  ['X-Amz-Date of month 13', () => auth(`AWS4-HMAC-SHA256 Credential=${scope()}, SignedHeaders=host;x-amz-date, Signature=00`, '20151330T123600Z'), 'IncompleteSignature'],
  ['unknown access key', () => auth(`AWS4-HMAC-SHA256 Credential=${scope('AKIAIOSFODNN7EXAMPLE')}, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`), 'InvalidClientTokenId'],
  ['garbage session token', () => form(GCI, { authorization: `AWS4-HMAC-SHA256 Credential=${scope('ASIAY34FZKBOKMUTVV7A')}, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`, 'x-amz-date': now(), 'x-amz-security-token': 'IQoJb3JpZ2luX2Vj%%%' }), 'InvalidClientTokenId'],
  ['both signature forms', () => get(`${GCI}&X-Amz-Algorithm=AWS4-HMAC-SHA256`, { authorization: `AWS4-HMAC-SHA256 Credential=${scope()}` }), 'SignatureDoesNotMatch'],
  ['presigned with another algorithm', () => get(`${GCI}&X-Amz-Algorithm=AWS4-HMAC-SHA512`), 'MissingAuthenticationToken'],
  ['presigned without X-Amz-Date', () => get(`${GCI}&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${encodeURIComponent(scope())}&X-Amz-SignedHeaders=host&X-Amz-Signature=00`), 'IncompleteSignature'],
  ['presigned X-Amz-Expires of 0x10', () => get(`${GCI}&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${encodeURIComponent(scope())}&X-Amz-Date=${now()}&X-Amz-Expires=0x10&X-Amz-SignedHeaders=host&X-Amz-Signature=00`), 'IncompleteSignature'],
  ['presigned garbage X-Amz-Date', () => get(`${GCI}&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${encodeURIComponent(scope())}&X-Amz-Date=yesterday&X-Amz-SignedHeaders=host&X-Amz-Signature=00`), 'IncompleteSignature'],
  ['signature an hour old', () => signed(GCI, DEV_ADMIN, new Date(Date.now() - 3600_000)), 'SignatureDoesNotMatch'],
  ['wrong secret', () => signed(GCI, { ...DEV_ADMIN, secretAccessKey: 'not-the-secret' }), 'SignatureDoesNotMatch'],
  ['body changed after signing', async () => ({ ...(await signed(GCI)), body: enc(`${GCI}&x=1`) }), 'SignatureDoesNotMatch'],
  ['presigned URL with a parameter added', async () => {
    const req = await sdkPresignedRequest({ query: { Action: 'GetCallerIdentity', Version: '2011-06-15' }, accessKeyId: DEV_ADMIN.accessKeyId, secretAccessKey: DEV_ADMIN.secretAccessKey, signingDate: new Date() });
    return { ...req, url: `${req.url}&Extra=1` };
  }, 'SignatureDoesNotMatch'],
  ['DurationSeconds=1e309', () => assume('DurationSeconds=1e309'), 'ValidationError'],
  ['DurationSeconds=-0', () => assume('DurationSeconds=-0'), 'ValidationError'],
  ['DurationSeconds=0x10', () => assume('DurationSeconds=0x10'), 'ValidationError'],
  ['DurationSeconds with leading spaces', () => assume('DurationSeconds=%20%20900'), 'ValidationError'],
  ['DurationSeconds past int32', () => assume('DurationSeconds=2147483648'), 'ValidationError'],
  ['empty DurationSeconds', () => assume('DurationSeconds='), 'ValidationError'],
  ['Policy of broken JSON', () => assume('Policy=%7B%22Version%22%3A'), 'MalformedPolicyDocument'],
  ['Policy nested 1000 deep', () => assume(`Policy=${'%5B'.repeat(1000)}`), 'MalformedPolicyDocument'],
  ['Policy past its 2048-character limit', () => assume(`Policy=${'%5B'.repeat(5000)}`), 'ValidationError'],
  ['Policy that is a JSON string', () => assume('Policy=%22str%22'), 'MalformedPolicyDocument'],
  ['Tags.member.999999.Key without a value', () => assume('Tags.member.999999.Key=k'), 'ValidationError'],
  ['60 session tags', () => assume(Array.from({ length: 60 }, (_, i) => `Tags.member.${i + 1}.Key=k${i}&Tags.member.${i + 1}.Value=v`).join('&')), 'ValidationError'],
  ['50 long federation tags', () => signed(`Action=GetFederationToken&Version=2011-06-15&Name=Bob&${Array.from({ length: 50 }, (_, i) => `Tags.member.${i + 1}.Key=${i}${noise.string(ALNUM, 120)}&Tags.member.${i + 1}.Value=${noise.string(ALNUM, 250)}`).join('&')}`), 'PackedPolicyTooLarge'],
  ['duplicate tag keys differing in case', () => assume('Tags.member.1.Key=Team&Tags.member.1.Value=a&Tags.member.2.Key=team&Tags.member.2.Value=b'), 'InvalidParameterValue'],
  ['empty RoleSessionName', () => signed(`Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fxaccounts3access&RoleSessionName=`), 'ValidationError'],
  ['RoleArn missing', () => signed('Action=AssumeRole&Version=2011-06-15&RoleSessionName=fuzz'), 'ValidationError'],
  ['RoleArn that is not an ARN', () => signed('Action=AssumeRole&Version=2011-06-15&RoleArn=arn&RoleSessionName=fuzz'), 'ValidationError'],
  ['a 120 000-character parameter name', () => signed(`${GCI}&${'A'.repeat(120_000)}=1`), 'OK'],
  ['duplicated Action: the first wins', () => signed(`${GCI}&Action=AssumeRole`), 'OK'],
];

describe('hand-written nasty requests', () => {
  it.each(NASTY.map(([name, make, code]) => [name, code, make] as const))('%s → %s', async (_name, code, make) => {
    const req = await make();
    const res = await sandbox.handle(req);
    const checked = checkStsResponse(res, describeRequest(req));
    expect(checked.problems).toEqual([]);
    expect({ code: checked.code, message: checked.message }).toMatchObject({ code });
  });
});
