/**
 * The connection model: where a call goes (Target) and with which keys (SourceCredentials),
 * and how to say both in plain words before anything is sent.
 */
import type { OperationName } from '../catalog/types';
import type { KeysEndpoint } from '../credentials/credential-set';
import type { Message } from '../kernel/message';
import { PARTITIONS, resolveEndpoint, type EndpointKind, type PartitionId } from './endpoints';

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

/** `location.origin` when running in a page; empty elsewhere. */
export function currentOrigin(): string {
  const loc = (globalThis as { location?: { origin?: string } }).location;
  return typeof loc?.origin === 'string' && loc.origin !== 'null' ? loc.origin : '';
}

export interface TargetEndpoint {
  /** Where the SDK sends requests; empty for the in-page sandbox when no origin is known. */
  url: string;
  signingRegion: string;
  problems: Message[];
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
        problems: origin ? [] : [/*i18n*/ { id: 'endpoint.noOrigin', message: 'The page origin is unknown, so the sandbox server cannot be addressed.' }],
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
  const problems: Message[] = [];
  let normalized = '';
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      problems.push(/*i18n*/ { id: 'endpoint.custom.scheme', message: 'The endpoint must be an http:// or https:// URL, not {scheme}.', values: { scheme: u.protocol }, verbatim: ['scheme'] });
    } else {
      normalized = u.origin + (u.pathname === '/' ? '' : u.pathname.replace(/\/$/, ''));
    }
    if (u.hostname === '[::1]') problems.push(/*i18n*/ { id: 'endpoint.custom.ipv6', message: "Use http://localhost instead of [::1]: the page's Content-Security-Policy cannot name IPv6 addresses." });
    if (u.search || u.hash) problems.push(/*i18n*/ { id: 'endpoint.custom.query', message: 'The endpoint URL should not carry a query string or fragment.' });
  } catch {
    problems.push(/*i18n*/ { id: 'endpoint.custom.notUrl', message: '“{url}” is not a URL (expected something like http://localhost:4566).', values: { url }, verbatim: ['url'] });
  }
  if (!region.trim()) problems.push(/*i18n*/ { id: 'endpoint.custom.noRegion', message: 'Give the Region the endpoint expects in the signature (for example us-east-1).' });
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
export function describeTarget(target: Target, origin: string = currentOrigin()): Message {
  switch (target.kind) {
    case 'sandbox-server':
      return origin
        ? /*i18n*/ { id: 'target.sandboxServerAt', message: 'Sandbox STS on this server ({origin})', values: { origin }, verbatim: ['origin'] }
        : /*i18n*/ { id: 'target.sandboxServer', message: 'Sandbox STS on this server' };
    case 'sandbox-in-page':
      return /*i18n*/ { id: 'target.sandboxInPage', message: 'Sandbox STS running inside this page (nothing goes over the network)' };
    case 'aws': {
      const { url } = targetEndpoint(target, origin);
      const partition = PARTITIONS[target.partition].name;
      if (target.endpointKind === 'global') return /*i18n*/ { id: 'target.awsGlobal', message: 'AWS STS, {partition}, global endpoint ({url})', values: { partition, url }, verbatim: ['partition', 'url'] };
      if (!target.region || !url) return /*i18n*/ { id: 'target.awsNoRegion', message: 'AWS STS, {partition}, no Region chosen yet', values: { partition }, verbatim: ['partition'] };
      return /*i18n*/ {
        id: 'target.awsRegional',
        message: 'AWS STS, {partition}, {region}, {kind, select, regional {Regional endpoint} fips {FIPS endpoint} dualstack {Dual-stack endpoint} other {FIPS dual-stack endpoint}} ({url})',
        values: { partition, region: target.region, kind: target.endpointKind, url },
        verbatim: ['partition', 'region', 'url'],
      };
    }
    case 'custom':
      return target.region.trim()
        ? /*i18n*/ { id: 'target.custom', message: 'Custom STS endpoint {url} (signing Region {region})', values: { url: target.url.trim(), region: target.region.trim() }, verbatim: ['url', 'region'] }
        : /*i18n*/ { id: 'target.customNoRegion', message: 'Custom STS endpoint {url} (signing Region not set)', values: { url: target.url.trim() }, verbatim: ['url'] };
  }
}

/** The secret an unsigned call carries in its body (it works as a credential on its own). */
const CARRIED_SECRET: Partial<Record<OperationName, 'saml' | 'token'>> = {
  AssumeRoleWithSAML: 'saml',
  AssumeRoleWithWebIdentity: 'token',
};

/** A sensitive input a signed call may carry. */
const SENSITIVE_INPUT: Partial<Record<OperationName, 'mfa' | 'tradeIn' | 'encoded'>> = {
  AssumeRole: 'mfa',
  GetSessionToken: 'mfa',
  GetDelegatedAccessToken: 'tradeIn',
  DecodeAuthorizationMessage: 'encoded',
};

/** True when calls to the target travel over plain HTTP to a host other than this machine (a warning that never folds). */
export function sendsOverPlainHttp(target: Target, origin: string = currentOrigin()): boolean {
  if (target.kind === 'sandbox-in-page') return false;
  const { url } = targetEndpoint(target, origin);
  return url.startsWith('http://') && !isLoopback(url);
}

/**
 * A plain-language sentence about what this call sends where. Signed calls carry the access key ID,
 * a signature and the session token, never the secret key; unsigned ones carry the assertion or
 * token, which works as a credential on its own until it expires.
 */
export function whatLeavesTheBrowser(target: Target, op: OperationName, origin: string = currentOrigin()): Message {
  if (target.kind === 'sandbox-in-page') {
    return /*i18n*/ { id: 'whatLeaves.inPage', message: 'Nothing leaves the browser: the sandbox runs inside this page, and the request is handed to it directly.' };
  }
  const { url } = targetEndpoint(target, origin);
  const dest = target.kind === 'sandbox-server' ? (url ? 'server' : 'serverNoUrl') : target.kind === 'aws' ? (url ? 'aws' : 'awsNoUrl') : 'custom';
  const transport = sendsOverPlainHttp(target, origin) ? 'plain' : url.startsWith('https://') ? 'https' : 'none';
  const carried = CARRIED_SECRET[op];
  if (carried) {
    return /*i18n*/ {
      id: 'whatLeaves.unsigned',
      message:
        "The request is sent unsigned to {dest, select, server {the sandbox server at {url}} serverNoUrl {the sandbox server at this page's origin} aws {AWS at {url}} awsNoUrl {AWS at the chosen endpoint} other {the custom endpoint {url}}}{transport, select, plain { over plain HTTP, readable by anyone on the network path} https { over HTTPS} other {}}. It carries {carried, select, saml {the SAML assertion} other {the web identity token}} and the other parameters; {carried, select, saml {the SAML assertion} other {the web identity token}} works like a password for the role until it expires, so send it only to an endpoint you trust. No access keys are used or sent.",
      values: { dest, url, transport, carried },
      verbatim: ['url'],
    };
  }
  return /*i18n*/ {
    id: 'whatLeaves.signed',
    message:
      "The request is signed in this page and sent to {dest, select, server {the sandbox server at {url}} serverNoUrl {the sandbox server at this page's origin} aws {AWS at {url}} awsNoUrl {AWS at the chosen endpoint} other {the custom endpoint {url}}}{transport, select, plain { over plain HTTP, readable by anyone on the network path} https { over HTTPS} other {}}. It carries your access key ID, the signature (proof that you hold the secret key, usable only for this exact request and for about 15 minutes), the session token if your credentials have one, and the parameters{sensitive, select, mfa {, including the MFA code if you give one} tradeIn {, including the trade-in token} encoded {, including the encoded authorization message} other {}}. The secret access key itself never leaves the browser.",
    values: { dest, url, transport, sensitive: SENSITIVE_INPUT[op] ?? 'none' },
    verbatim: ['url'],
  };
}
