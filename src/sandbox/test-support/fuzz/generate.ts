/**
 * Test support: wrong-shaped STS requests from a seeded Rng. Each generator makes one
 * SandboxRequest; `kind` names the family so a failure report says what was being tried.
 * Signed families use the SDK's own signer (sigv4/test-support/sdk-request.ts) with real time,
 * since the sandbox checks the signature time against the real clock.
 */
import type { SandboxRequest } from '../../core/http';
import { formatIsoBasic } from '../../sigv4/request-date';
import { sdkPresignedRequest, sdkSignedRequest } from '../../sigv4/test-support/sdk-request';
import type { Creds } from '../sandbox-client';
import type { Rng } from '../../../inspect/test-support/fuzz';
import { BASE_PARAMS, OPERATIONS, formEncode, joinForm, mutateParams, nastyString, paramName, paramValue } from './values';

export interface FuzzCase {
  kind: string;
  request: SandboxRequest;
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT', 'get', 'Post', '', 'PROPFIND', 'X'.repeat(300)];
const PATHS = ['/', '/', '/', '//', '/?', '/#frag', '/sts', '/..', '/%2e%2e/', '/%', '/a/b/../c', '*', '', '/' + 'p/'.repeat(2000)];
const CONTENT_TYPES = [
  undefined, 'application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=utf-8', 'APPLICATION/X-WWW-FORM-URLENCODED',
  'application/json', 'application/x-amz-json-1.1', 'text/xml', 'multipart/form-data; boundary=x', '', ';', 'application/x-www-form-urlencoded;;;charset=',
  'text/plain; charset=latin1',
];

function action(rng: Rng): string {
  return rng.chance(0.85) ? rng.pick(OPERATIONS) : rng.pick(['', 'assumerole', 'ASSUMEROLE', 'Nope', 'AssumeRole ', '__proto__', 'constructor', 'toString', nastyString(rng, 500)]);
}

function versionPairs(rng: Rng): [string, string][] {
  const r = rng.next();
  if (r < 0.75) return [['Version', '2011-06-15']];
  if (r < 0.85) return [];
  return [['Version', rng.pick(['', '2011-06-16', '2011-06-15 ', '2011-06-15\u0000', 'latest', nastyString(rng, 200)])]];
}

/** Action, Version and the operation's parameters, mutated. */
function queryParams(rng: Rng): [string, string][] {
  const op = action(rng);
  const base = Object.hasOwn(BASE_PARAMS, op) ? BASE_PARAMS[op as keyof typeof BASE_PARAMS] : [];
  const params: [string, string][] = rng.chance(0.95) ? [['Action', op], ...versionPairs(rng)] : versionPairs(rng);
  if (rng.chance(0.1)) params.push(['Action', action(rng)]);
  return [...params, ...mutateParams(rng, base)];
}

function headers(rng: Rng, extra: Record<string, string> = {}): Record<string, string> {
  const h: Record<string, string> = { host: rng.chance(0.9) ? '127.0.0.1:4173' : rng.pick(['sts.amazonaws.com', '', '[::1]', nastyString(rng, 300)]) };
  const type = rng.pick(CONTENT_TYPES);
  if (type !== undefined) h['content-type'] = type;
  if (rng.chance(0.05)) h['x-forwarded-proto'] = rng.pick(['https', '', ',', 'javascript', nastyString(rng, 100)]);
  return { ...h, ...extra };
}

function body(rng: Rng, pairs: readonly [string, string][]): Uint8Array {
  const r = rng.next();
  if (r < 0.7) return new TextEncoder().encode(joinForm(rng, pairs));
  if (r < 0.85) return rng.bytes(rng.length(200_000));
  if (r < 0.9) return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(joinForm(rng, pairs))]);
  if (r < 0.95) return new TextEncoder().encode(JSON.stringify(Object.fromEntries(pairs)));
  return new Uint8Array();
}

/** Unsigned requests of every shape: random method, path, content type and body. */
export function unsignedCase(rng: Rng): FuzzCase {
  const pairs = queryParams(rng);
  const inQuery = rng.chance(0.3);
  const path = rng.pick(PATHS);
  const query = inQuery ? `?${joinForm(rng, pairs)}` : rng.chance(0.1) ? `?${nastyString(rng, 5000)}` : '';
  return {
    kind: 'unsigned',
    request: { method: rng.pick(METHODS), url: `${path}${query}`, headers: headers(rng), body: inQuery && rng.chance(0.7) ? new Uint8Array() : body(rng, pairs) },
  };
}

const ALGORITHMS = ['AWS4-HMAC-SHA256', 'AWS4-HMAC-SHA256', 'AWS4-HMAC-SHA512', 'AWS4-ECDSA-P256-SHA256', 'AWS', 'aws4-hmac-sha256', 'AWS3-HTTPS', '', 'Bearer'];
const KEY_IDS = ['AKIARZPUZDIKDXT22AAB', 'AKIARTX3GSDSRMFQROOT', 'ASIAY34FZKBOKMUTVV7A', 'AKIAIOSFODNN7EXAMPLE', '', 'AKIA', 'A'.repeat(200), '\u0000'];

function today(): string {
  return formatIsoBasic(Date.now()).slice(0, 8);
}

function credential(rng: Rng): string {
  const parts = [rng.pick(KEY_IDS), rng.chance(0.7) ? today() : rng.pick(['20150830', '', '2015-08-30', '99999999', 'today']),
    rng.pick(['us-east-1', 'us-east-1', 'US-EAST-1', 'aws-global', '', 'eu-west-1', 'moon-1', 'a'.repeat(100)]),
    rng.pick(['sts', 'sts', 's3', 'STS', '']), rng.pick(['aws4_request', 'aws4_request', 'aws4_reques', 'aws5_request', ''])];
  const r = rng.next();
  if (r < 0.6) return parts.join('/');
  if (r < 0.7) return parts.slice(0, rng.int(5)).join('/');
  if (r < 0.8) return [...parts, 'extra', ''].join('/');
  if (r < 0.85) return `${parts.join('/')}///`;
  return nastyString(rng, 500);
}

function signatureValue(rng: Rng): string {
  return rng.pick(['0'.repeat(64), 'f'.repeat(64), 'F'.repeat(64), 'z'.repeat(64), 'abc', '', 'a'.repeat(63), 'a'.repeat(65), 'g'.repeat(64), nastyString(rng, 1000)]);
}

function signedHeaderList(rng: Rng): string {
  if (rng.chance(0.5)) return 'host;x-amz-date';
  return rng.pick(['host;x-amz-date', 'host', 'HOST;X-AMZ-DATE', 'content-type;host;x-amz-date', ';;;', '', 'x-amz-date', ':authority', 'host;;x-amz-date;', 'host;no-such-header', nastyString(rng, 300)]);
}

function amzDate(rng: Rng): string {
  if (rng.chance(0.5)) return formatIsoBasic(Date.now() + rng.pick([0, 0, 0, -3600_000, 3600_000, -899_000]));
  return rng.pick(['', 'now', '20150830T123600Z', '20151330T123600Z', '20150230T123600Z', '20150830T246000Z', '99999999T999999Z', '00000101T000000Z',
    '2015-08-30T12:36:00Z', '20150830T123600', ' 20150830T123600Z', 'Sun, 30 Aug 2015 12:36:00 GMT', '+0275760913T000000Z', nastyString(rng, 200)]);
}

/** An Authorization header malformed in one or more parts, on an otherwise plausible request. */
export function badAuthorizationCase(rng: Rng): FuzzCase {
  const parts: string[] = [];
  if (rng.chance(0.85)) parts.push(`Credential=${credential(rng)}`);
  if (rng.chance(0.85)) parts.push(`SignedHeaders=${signedHeaderList(rng)}`);
  if (rng.chance(0.85)) parts.push(`Signature=${signatureValue(rng)}`);
  if (rng.chance(0.15)) parts.push(rng.pick(['Foo', 'Credential= AKIA', '=', '==', 'Signature=a=b', 'Credential=x']));
  if (rng.chance(0.2)) parts.reverse();
  const sep = rng.pick([', ', ',', ' ', '\t', ' ,, ', ',\n']);
  const header = rng.chance(0.05) ? nastyString(rng, 2000) : `${rng.pick(ALGORITHMS)}${rng.pick([' ', '  ', '\t', ''])}${parts.join(sep)}`;
  const extra: Record<string, string> = { authorization: header };
  if (rng.chance(0.8)) extra['x-amz-date'] = amzDate(rng);
  else if (rng.chance(0.5)) extra['date'] = rng.pick([new Date().toUTCString(), 'Sun, 30 Aug 2015 12:36:00 GMT', 'yesterday', '']);
  if (rng.chance(0.2)) extra['x-amz-security-token'] = rng.pick(['', 'IQoJb3JpZ2luX2Vj', `IQoJb3JpZ2luX2Vj${nastyString(rng, 3000)}`, nastyString(rng, 3000)]);
  if (rng.chance(0.1)) extra['x-amz-content-sha256'] = rng.pick(['UNSIGNED-PAYLOAD', '', 'zz', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']);
  // A clean form body, so the request gets as far as the signature checks.
  const pairs = queryParams(rng);
  const clean = new TextEncoder().encode(pairs.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join('&'));
  const h = { ...headers(rng, extra), 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
  return { kind: 'bad-authorization', request: { method: rng.pick(['POST', 'POST', 'GET']), url: '/', headers: h, body: clean } };
}

/** A presigned-looking GET whose X-Amz-* parameters are garbage. */
export function badPresignedCase(rng: Rng): FuzzCase {
  const q: [string, string][] = [['X-Amz-Algorithm', rng.pick(ALGORITHMS)]];
  if (rng.chance(0.85)) q.push(['X-Amz-Credential', credential(rng)]);
  if (rng.chance(0.85)) q.push(['X-Amz-Date', amzDate(rng)]);
  if (rng.chance(0.6)) q.push(['X-Amz-Expires', rng.pick(['60', '', '0', '-1', '604800', '604801', '1e3', '0x10', ' 60', '99999999999', '60.0', '+60', nastyString(rng, 100)])]);
  if (rng.chance(0.85)) q.push(['X-Amz-SignedHeaders', signedHeaderList(rng)]);
  if (rng.chance(0.85)) q.push(['X-Amz-Signature', signatureValue(rng)]);
  if (rng.chance(0.2)) q.push(['X-Amz-Security-Token', nastyString(rng, 2000)]);
  if (rng.chance(0.1)) q.push(['X-Amz-Algorithm', rng.pick(ALGORITHMS)]);
  const all = [...queryParams(rng), ...q];
  const h = headers(rng, rng.chance(0.1) ? { authorization: `AWS4-HMAC-SHA256 Credential=${credential(rng)}` } : {});
  return { kind: 'bad-presigned', request: { method: rng.pick(['GET', 'GET', 'POST']), url: `/?${joinForm(rng, all)}`, headers: h, body: new Uint8Array() } };
}

/**
 * A request the SDK signs correctly (so it gets past authentication), with mutated parameters;
 * sometimes the request is then tampered with after signing.
 */
export async function signedCase(rng: Rng, who: readonly Creds[]): Promise<FuzzCase> {
  const creds = rng.pick(who);
  const pairs = queryParams(rng).filter(([k]) => !k.startsWith('X-Amz-'));
  const encoded = pairs.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join('&');
  const common = {
    accessKeyId: creds.accessKeyId,
    secretAccessKey: creds.secretAccessKey,
    ...(creds.sessionToken ? { sessionToken: creds.sessionToken } : {}),
    region: rng.chance(0.9) ? 'us-east-1' : rng.pick(['eu-west-1', 'us-gov-west-1', 'cn-north-1', 'aws-global']),
    signingDate: new Date(),
  };
  let request: SandboxRequest;
  let kind = 'signed';
  if (rng.chance(0.2) && encoded.length < 6000) {
    // The SDK's URI encoder refuses lone surrogates; TextEncoder turns them into U+FFFD.
    const wellFormed = (t: string) => new TextDecoder().decode(new TextEncoder().encode(t));
    request = await sdkPresignedRequest({ ...common, query: Object.fromEntries(pairs.map(([k, v]) => [wellFormed(k), wellFormed(v)])), expiresIn: rng.range(1, 604800) });
    kind = 'presigned';
  } else {
    request = await sdkSignedRequest({ ...common, body: encoded });
  }
  if (rng.chance(0.15)) {
    kind += '+tampered';
    const t = rng.int(4);
    if (t === 0) request = { ...request, body: new TextEncoder().encode(`${new TextDecoder().decode(request.body)}&${formEncode(paramName(rng))}=x`) };
    else if (t === 1) request = { ...request, headers: { ...request.headers, host: 'evil.example' } };
    else if (t === 2) request = { ...request, url: `${request.url}${request.url.includes('?') ? '&' : '?'}Extra=${formEncode(paramValue(rng, 'Extra'))}` };
    else request = { ...request, method: request.method === 'GET' ? 'POST' : 'GET' };
  }
  return { kind, request };
}
