/**
 * Test support: fuzzed requests to the sandbox's own controls under /_sandbox/ (JSON in, JSON out),
 * and the rule their answers must follow: never a 5xx, always JSON, errors with a code and a message
 * that does not leak a JavaScript error.
 */
import type { SandboxRequest, SandboxResponse } from '../../core/http';
import type { Rng } from '../../../inspect/test-support/fuzz';
import { nastyString } from './values';

const PATHS = [
  '/_sandbox/info', '/_sandbox/clock', '/_sandbox/saml/mint', '/_sandbox/saml/metadata', '/_sandbox/oidc/mint', '/_sandbox/oauth/amazon/token',
  '/_sandbox/delegation', '/_sandbox/authorization-message', '/_sandbox/outbound/123456789012/.well-known/jwks.json', '/_sandbox/nope', '/_sandbox/',
];
const FIELDS = [
  'account', 'provider', 'roles', 'roleArn', 'principalArn', 'sessionName', 'lifetimeSeconds', 'sign', 'roleOrder', 'faults', 'expired', 'tamperAfterSigning',
  'subject', 'nameIdFormat', 'sessionDurationSeconds', 'recipient', 'audience', 'principalTags', 'transitiveTagKeys', 'sourceIdentity', 'attributes',
  'userId', 'appId', 'issuer', 'aud', 'sub', 'claims', 'action', 'resource', '__proto__', 'constructor', 'toString',
];
const WORDS = ['arn:aws:iam::123456789012:role/TestSaml', '123456789012', 'SAML-test', 'https://sandbox.idp.local', 'none', 'both', 'assertion', 'provider-first'];

function value(rng: Rng, depth = 0): unknown {
  switch (rng.int(9)) {
    case 0: return null;
    case 1: return rng.pick([0, -1, 1.5, 1e308, 300, 86401, 2 ** 53]);
    case 2: return rng.chance(0.5);
    case 3: return depth < 3 ? Array.from({ length: rng.int(4) }, () => value(rng, depth + 1)) : [];
    case 4: return depth < 3 ? Object.fromEntries(Array.from({ length: rng.int(4) }, () => [rng.pick(FIELDS), value(rng, depth + 1)])) : {};
    case 5: return rng.pick(WORDS);
    default: return nastyString(rng, 300);
  }
}

export function controlCase(rng: Rng): SandboxRequest {
  const body = rng.chance(0.1) ? nastyString(rng, 300) : JSON.stringify(Object.fromEntries(Array.from({ length: rng.int(8) }, () => [rng.pick(FIELDS), value(rng)])));
  // Mostly declared as JSON, so the fuzz reaches the controls behind the Content-Type check.
  const type = rng.chance(0.85) ? 'application/json' : rng.pick([undefined, 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', nastyString(rng, 60)]);
  const headers: Record<string, string> = { host: '127.0.0.1:4173', ...(type === undefined ? {} : { 'content-type': type }) };
  return { method: rng.pick(['GET', 'POST', 'POST', 'PUT']), url: rng.pick(PATHS), headers, body: new TextEncoder().encode(body) };
}

const LEAK = /is not a function|Cannot read prop|is not iterable|\binternal:|\bundefined\b|\[object \w+\]|\n\s+at /;

/** The problems with a control answer (empty when it is fine). */
export function checkControlResponse(res: SandboxResponse, sent: string): string[] {
  if (res.status >= 500) return [`status ${res.status}`];
  if (res.status === 200) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(res.body);
  } catch {
    return [`a ${res.status} whose body is not JSON`];
  }
  const error = (parsed as { error?: { code?: unknown; message?: unknown } }).error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string' || error.message === '') return [`a ${res.status} without error.code and error.message`];
  const leak = LEAK.exec(error.message);
  return leak && !sent.includes(leak[0]) ? [`the message leaks "${leak[0]}": ${error.message.slice(0, 300)}`] : [];
}
