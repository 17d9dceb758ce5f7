/**
 * The connection model: where a call goes (Target) and with which keys (SourceCredentials),
 * and how to say both in plain words before anything is sent.
 */
import type { OperationName } from '../catalog/types';
import type { KeysEndpoint } from '../credentials/credential-set';
import { ENDPOINT_KIND_LABELS, PARTITIONS, resolveEndpoint, type EndpointKind, type PartitionId } from './endpoints';

export type Target =
  | { kind: 'sandbox-server' }
  | { kind: 'sandbox-in-page' }
  | { kind: 'aws'; partition: PartitionId; region: string; endpointKind: EndpointKind }
  | { kind: 'custom'; url: string; region: string };

/** The sandbox of the server that serves the page: what a page served by `npm start` finds; drawn, invisibly, while the sandbox is still being found. */
export const SANDBOX_SERVER_TARGET: Target = { kind: 'sandbox-server' };

export type SourceCredentials = {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
} | null;

/** The sandbox on the server and the in-page sandbox sign and answer as this Region. */
export const SANDBOX_REGION = 'us-east-1';

/** Operations sent without a signature: the assertion or token in the body is the credential. */
const UNSIGNED_OPERATIONS: ReadonlySet<OperationName> = new Set<OperationName>([
  'AssumeRoleWithSAML',
  'AssumeRoleWithWebIdentity',
]);

export function isUnsignedOperation(op: OperationName): boolean {
  return UNSIGNED_OPERATIONS.has(op);
}

/** `location.origin` when running in a page; empty elsewhere. */
export function currentOrigin(): string {
  const loc = (globalThis as { location?: { origin?: string } }).location;
  return typeof loc?.origin === 'string' && loc.origin !== 'null' ? loc.origin : '';
}

export interface TargetEndpoint {
  /** Where the SDK sends requests; empty for the in-page sandbox when no origin is known. */
  url: string;
  signingRegion: string;
  problems: string[];
  /** False only for the in-page sandbox: the request never reaches the network. */
  network: boolean;
}

/** Where keys issued through a target work (the endpoint their exports point at). */
export function keysEndpointOf(target: Target, origin: string = currentOrigin()): KeysEndpoint {
  switch (target.kind) {
    case 'aws':
      return { kind: 'aws' };
    case 'sandbox-in-page':
      return { kind: 'this-page' };
    case 'sandbox-server':
    case 'custom':
      return { kind: 'endpoint', url: targetEndpoint(target, origin).url };
  }
}

/** The URL and signing Region a target means. `origin` is the page's origin (`location.origin`). */
export function targetEndpoint(target: Target, origin: string = currentOrigin()): TargetEndpoint {
  switch (target.kind) {
    case 'sandbox-server':
      return {
        url: origin,
        signingRegion: SANDBOX_REGION,
        problems: origin ? [] : ['The page origin is unknown, so the sandbox server cannot be addressed.'],
        network: true,
      };
    case 'sandbox-in-page':
      // The SDK still needs a URL to sign against; the request is handed to the in-page sandbox.
      return { url: origin || 'http://sandbox.invalid', signingRegion: SANDBOX_REGION, problems: [], network: false };
    case 'aws': {
      const r = resolveEndpoint({ partition: target.partition, region: target.region, kind: target.endpointKind });
      return { ...r, network: true };
    }
    case 'custom':
      return { ...checkCustomEndpoint(target.url, target.region), network: true };
  }
}

function checkCustomEndpoint(url: string, region: string): Omit<TargetEndpoint, 'network'> {
  const problems: string[] = [];
  let normalized = '';
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      problems.push(`The endpoint must be an http:// or https:// URL, not ${u.protocol}.`);
    } else {
      normalized = u.origin + (u.pathname === '/' ? '' : u.pathname.replace(/\/$/, ''));
    }
    if (u.hostname === '[::1]') problems.push('Use http://localhost instead of [::1]: the page\'s Content-Security-Policy cannot name IPv6 addresses.');
    if (u.search || u.hash) problems.push('The endpoint URL should not carry a query string or fragment.');
  } catch {
    problems.push(`"${url}" is not a URL (expected something like http://localhost:4566).`);
  }
  if (!region.trim()) problems.push('Give the Region the endpoint expects in the signature (for example us-east-1).');
  return { url: normalized, signingRegion: region.trim(), problems };
}

function isLoopback(url: string): boolean {
  try {
    const h = new URL(url).hostname;
    return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.endsWith('.localhost');
  } catch {
    return false;
  }
}

/** One line for the connection bar, e.g. "Sandbox STS on this server (http://127.0.0.1:4173)". */
export function describeTarget(target: Target, origin: string = currentOrigin()): string {
  switch (target.kind) {
    case 'sandbox-server':
      return origin ? `Sandbox STS on this server (${origin})` : 'Sandbox STS on this server';
    case 'sandbox-in-page':
      return 'Sandbox STS running inside this page (nothing goes over the network)';
    case 'aws': {
      const { url } = targetEndpoint(target, origin);
      const p = PARTITIONS[target.partition];
      const where = target.endpointKind === 'global' ? 'global endpoint' : `${target.region || '(no Region)'}, ${ENDPOINT_KIND_LABELS[target.endpointKind]} endpoint`;
      return `AWS STS, ${p.name}, ${where}${url ? ` (${url})` : ''}`;
    }
    case 'custom':
      return `Custom STS endpoint ${target.url.trim()} (signing Region ${target.region.trim() || 'not set'})`;
  }
}

const CARRIED_SECRET: Partial<Record<OperationName, string>> = {
  AssumeRoleWithSAML: 'the SAML assertion',
  AssumeRoleWithWebIdentity: 'the web identity token',
};

const SENSITIVE_INPUT: Partial<Record<OperationName, string>> = {
  AssumeRole: 'the MFA code if you give one',
  GetSessionToken: 'the MFA code if you give one',
  GetDelegatedAccessToken: 'the trade-in token',
  DecodeAuthorizationMessage: 'the encoded authorization message',
};

/**
 * A plain-language sentence about what this call sends where. Signed calls carry the access key ID,
 * a signature and the session token, never the secret key; unsigned ones carry the assertion or
 * token, which works as a credential on its own until it expires.
 */
export function whatLeavesTheBrowser(target: Target, op: OperationName, origin: string = currentOrigin()): string {
  if (target.kind === 'sandbox-in-page') {
    return 'Nothing leaves the browser: the sandbox runs inside this page, and the request is handed to it directly.';
  }
  const { url } = targetEndpoint(target, origin);
  const where =
    target.kind === 'sandbox-server'
      ? `the sandbox server at ${url || 'this page\'s origin'}`
      : target.kind === 'aws'
        ? `AWS at ${url || 'the chosen endpoint'}`
        : `the custom endpoint ${url}`;
  const plainHttp = url.startsWith('http://') && !isLoopback(url);
  const transport = plainHttp ? ' over plain HTTP, readable by anyone on the network path' : url.startsWith('https://') ? ' over HTTPS' : '';

  const carried = CARRIED_SECRET[op];
  if (carried) {
    return (
      `The request is sent unsigned to ${where}${transport}. It carries ${carried} and the other parameters; ` +
      `${carried} works like a password for the role until it expires, so send it only to an endpoint you trust. ` +
      'No access keys are used or sent.'
    );
  }
  const sensitive = SENSITIVE_INPUT[op];
  return (
    `The request is signed in this page and sent to ${where}${transport}. It carries your access key ID, ` +
    'the signature (proof that you hold the secret key, usable only for this exact request and for about 15 minutes), ' +
    `the session token if your credentials have one, and the parameters${sensitive ? `, including ${sensitive}` : ''}. ` +
    'The secret access key itself never leaves the browser.'
  );
}
