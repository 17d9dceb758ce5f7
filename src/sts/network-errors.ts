/**
 * Plain words for a request that got no HTTP answer. Browsers report every such failure as the
 * same TypeError ("Failed to fetch", "NetworkError when attempting to fetch resource.", "Load failed")
 * and hide the reason on purpose, so the classification uses what can be known: the page's and the
 * endpoint's origins, a CSP violation the UI saw, and, in Node, the socket error code.
 */

import type { Message } from '../kernel/message';

export type NetworkFailureKind = 'network' | 'cors' | 'csp' | 'aborted';

export interface NetworkFailure {
  kind: NetworkFailureKind;
  /** A few words for a heading. */
  title: Message;
  /** One or two sentences for the user (its English is also the error's message). */
  meaning: Message;
  likelyFixes: Message[];
}

export interface NetworkFailureContext {
  /** The URL the request went to. */
  endpoint: string;
  /** `location.origin` of the page. */
  pageOrigin: string;
  /** True when the UI saw a `securitypolicyviolation` event for this endpoint. */
  cspViolation?: boolean;
}

/** Headers the SDK sends from a browser; a custom endpoint's CORS preflight answer must allow them. */
const SDK_REQUEST_HEADERS = [
  'authorization',
  'content-type',
  'x-amz-date',
  'x-amz-security-token',
  'x-amz-user-agent',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
] as const;

function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as { name?: unknown }).name === 'string' ? (e as { name: string }).name : '';
}

/** The Node socket/TLS error code, looking through `cause` (Node's fetch wraps it). */
function socketCode(e: unknown, depth = 0): string | undefined {
  if (typeof e !== 'object' || e === null || depth > 3) return undefined;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
  return socketCode((e as { cause?: unknown }).cause, depth + 1);
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const AWS_HOST = /\.(amazonaws\.com|amazonaws\.com\.cn|amazonaws\.eu|api\.aws|c2s\.ic\.gov|sc2s\.sgov\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov|api\.amazonwebservices\.com\.cn|api\.amazonwebservices\.eu|api\.aws\.ic\.gov|api\.aws\.scloud|api\.cloud-aws\.adc-e\.uk|api\.aws\.hci\.ic\.gov)$/i;

function isAwsEndpoint(url: string): boolean {
  try {
    return AWS_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

function isLoopbackHost(url: string): boolean {
  try {
    const h = new URL(url).hostname;
    return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.endsWith('.localhost');
  } catch {
    return false;
  }
}

const CHECK_NETWORK: Message = /*i18n*/ { id: 'network.fix.checkConnection', message: 'Check the network connection.' };
const REGIONAL_ONLY: Message = /*i18n*/ { id: 'network.fix.regionalOnly', message: 'FIPS and dual-stack host names exist only in some Regions.' };

/** Node's socket error codes, worded for the host (a verbatim value in each sentence). */
const SOCKET_MESSAGES: Record<string, (host: Record<'host', string>) => Omit<NetworkFailure, 'kind'>> = {
  ECONNREFUSED: (values) => ({
    title: /*i18n*/ { id: 'network.refused.title', message: 'Connection refused' },
    meaning: /*i18n*/ { id: 'network.refused.meaning', message: 'Nothing is listening at {host}: the connection was refused.', values, verbatim: ['host'] },
    likelyFixes: [/*i18n*/ { id: 'network.refused.fix', message: 'Start the server, or check the port in the endpoint URL.' }],
  }),
  ENOTFOUND: (values) => ({
    title: /*i18n*/ { id: 'network.notFound.title', message: 'Host name not found' },
    meaning: /*i18n*/ { id: 'network.notFound.meaning', message: 'The host name in {host} does not resolve in DNS.', values, verbatim: ['host'] },
    likelyFixes: [/*i18n*/ { id: 'network.notFound.fix', message: 'Check the spelling of the endpoint.' }, REGIONAL_ONLY],
  }),
  EAI_AGAIN: (values) => ({
    title: /*i18n*/ { id: 'network.dns.title', message: 'DNS lookup failed' },
    meaning: /*i18n*/ { id: 'network.dns.meaning', message: 'The name lookup for {host} failed for now (no DNS answer).', values, verbatim: ['host'] },
    likelyFixes: [/*i18n*/ { id: 'network.fix.checkAndRetry', message: 'Check the network connection and try again.' }],
  }),
  ETIMEDOUT: (values) => ({
    title: /*i18n*/ { id: 'network.timedOut.title', message: 'Connection timed out' },
    meaning: /*i18n*/ { id: 'network.timedOut.meaning', message: '{host} did not answer in time.', values, verbatim: ['host'] },
    likelyFixes: [/*i18n*/ { id: 'network.timedOut.fix', message: 'Check the network, VPN or firewall.' }],
  }),
  ECONNRESET: (values) => ({
    title: /*i18n*/ { id: 'network.reset.title', message: 'Connection reset' },
    meaning: /*i18n*/ { id: 'network.reset.meaning', message: '{host} closed the connection before answering.', values, verbatim: ['host'] },
    likelyFixes: [/*i18n*/ { id: 'network.reset.fix', message: 'Try again; check any proxy between you and the endpoint.' }],
  }),
  EHOSTUNREACH: (values) => ({
    title: /*i18n*/ { id: 'network.unreachable.title', message: 'Host unreachable' },
    meaning: /*i18n*/ { id: 'network.unreachable.meaning', message: 'There is no network route to {host}.', values, verbatim: ['host'] },
    likelyFixes: [CHECK_NETWORK],
  }),
};

const TLS_CODES = /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID|ERR_SSL_)/;

/** Classify a failure that produced no HTTP response. Never throws. */
export function classifyNetworkFailure(error: unknown, ctx: NetworkFailureContext): NetworkFailure {
  const host = hostOf(ctx.endpoint);
  const values = { host };
  const verbatim = ['host'];
  const name = errorName(error);
  if (name === 'AbortError') {
    return {
      kind: 'aborted',
      title: /*i18n*/ { id: 'result.cancelled', message: 'Cancelled' },
      meaning: /*i18n*/ { id: 'network.aborted.meaning', message: 'The request was cancelled before an answer arrived.' },
      likelyFixes: [],
    };
  }
  if (ctx.cspViolation) {
    return {
      kind: 'csp',
      title: /*i18n*/ { id: 'network.csp.title', message: "Blocked by this page's security policy" },
      meaning: /*i18n*/ { id: 'network.csp.meaning', message: "The browser did not send the request: this page's Content-Security-Policy (connect-src) does not allow connections to {host}. Nothing left the browser.", values, verbatim },
      likelyFixes: [
        /*i18n*/ { id: 'network.csp.fix1', message: 'Use an endpoint the workbench allows: AWS STS endpoints, this server, or http://localhost / http://127.0.0.1 on any port.' },
        /*i18n*/ { id: 'network.csp.fix2', message: 'An endpoint on [::1] must be written as http://localhost.' },
      ],
    };
  }
  const code = socketCode(error);
  if (code && SOCKET_MESSAGES[code]) return { kind: 'network', ...SOCKET_MESSAGES[code](values) };
  if (code && TLS_CODES.test(code)) {
    return {
      kind: 'network',
      title: /*i18n*/ { id: 'network.tls.title', message: 'Certificate not trusted' },
      meaning: /*i18n*/ { id: 'network.tls.meaning', message: 'The TLS certificate of {host} was not accepted ({code}).', values: { host, code }, verbatim: ['host', 'code'] },
      likelyFixes: [/*i18n*/ { id: 'network.tls.fix', message: 'Use an endpoint with a certificate your system trusts, or plain http:// for a local emulator.' }],
    };
  }
  if (name === 'TimeoutError') {
    return {
      kind: 'network',
      title: /*i18n*/ { id: 'network.timeout.title', message: 'No answer in time' },
      meaning: /*i18n*/ { id: 'network.timeout.meaning', message: '{host} did not answer before the time limit.', values, verbatim },
      likelyFixes: [/*i18n*/ { id: 'network.fix.checkAndRetry', message: 'Check the network connection and try again.' }],
    };
  }

  const pageOrigin = originOf(ctx.pageOrigin);
  const endpointOrigin = originOf(ctx.endpoint);
  if (pageOrigin?.startsWith('https:') && endpointOrigin?.startsWith('http:') && !isLoopbackHost(ctx.endpoint)) {
    return {
      kind: 'network',
      title: /*i18n*/ { id: 'network.mixed.title', message: 'Blocked as mixed content' },
      meaning: /*i18n*/ { id: 'network.mixed.meaning', message: 'This page was loaded over HTTPS, and browsers refuse plain-HTTP requests from it to {host}.', values, verbatim },
      likelyFixes: [/*i18n*/ { id: 'network.mixed.fix', message: 'Use an https:// endpoint, or open the workbench over http://localhost.' }],
    };
  }
  if (endpointOrigin && pageOrigin && endpointOrigin === pageOrigin) {
    return {
      kind: 'network',
      title: /*i18n*/ { id: 'network.ownServer.title', message: 'The server is unreachable' },
      meaning: /*i18n*/ { id: 'network.ownServer.meaning', message: "The workbench's own server at {host} did not answer. It may have stopped.", values, verbatim },
      likelyFixes: [
        /*i18n*/ { id: 'network.ownServer.fix1', message: 'Check that {command} is still running, then reload the page.', values: { command: 'npm start' }, verbatim: ['command'] },
        /*i18n*/ { id: 'network.ownServer.fix2', message: 'Or switch to the sandbox in this page, which needs no server.' },
      ],
    };
  }
  if (isAwsEndpoint(ctx.endpoint)) {
    return {
      kind: 'network',
      title: /*i18n*/ { id: 'network.aws.title', message: 'AWS STS is unreachable' },
      meaning: /*i18n*/ { id: 'network.aws.meaning', message: "The browser could not reach {host}. AWS STS answers browsers' CORS checks, so the cause is the connection: offline, DNS, a proxy or firewall, or a host name that does not exist.", values, verbatim },
      likelyFixes: [
        CHECK_NETWORK,
        /*i18n*/ { id: 'network.aws.fix2', message: 'FIPS and dual-stack endpoints exist only in some Regions; try the Regional endpoint.' },
        /*i18n*/ { id: 'network.aws.fix3', message: 'A corporate proxy may block {hosts}.', values: { hosts: '*.amazonaws.com' }, verbatim: ['hosts'] },
      ],
    };
  }
  if (endpointOrigin && pageOrigin) {
    return {
      kind: 'cors',
      title: /*i18n*/ { id: 'network.cors.title', message: 'No answer, or no CORS permission' },
      meaning: /*i18n*/ {
        id: 'network.cors.meaning',
        message: 'The browser got no usable answer from {host}. Either nothing is listening there, or the server answered without CORS headers allowing this page ({origin}) to read it; browsers do not say which. AWS STS sends those headers; a custom endpoint must send them too.',
        values: { host, origin: pageOrigin },
        verbatim: ['host', 'origin'],
      },
      likelyFixes: [
        /*i18n*/ { id: 'network.cors.fix1', message: 'Check that the endpoint is running and the URL and port are right.' },
        /*i18n*/ {
          id: 'network.cors.fix2',
          message: 'Make it answer the preflight OPTIONS request with {allowOrigin} (or *), {allowMethods}, and {allowHeaders}.',
          values: { allowOrigin: `Access-Control-Allow-Origin: ${pageOrigin}`, allowMethods: 'Access-Control-Allow-Methods: POST, GET', allowHeaders: `Access-Control-Allow-Headers: ${SDK_REQUEST_HEADERS.join(', ')}` },
          verbatim: ['allowOrigin', 'allowMethods', 'allowHeaders'],
        },
        /*i18n*/ { id: 'network.cors.fix3', message: 'Have it expose {header} ({setting}) so the request ID can be shown.', values: { header: 'x-amzn-requestid', setting: 'Access-Control-Expose-Headers' }, verbatim: ['header', 'setting'] },
      ],
    };
  }
  return {
    kind: 'network',
    title: /*i18n*/ { id: 'network.failed.title', message: 'The request failed' },
    meaning: host
      ? /*i18n*/ { id: 'network.failed.meaning', message: 'The request to {host} got no answer.', values, verbatim }
      : /*i18n*/ { id: 'network.failed.meaningNoHost', message: 'The request to the endpoint got no answer.' },
    likelyFixes: [/*i18n*/ { id: 'network.failed.fix', message: 'Check the endpoint URL and the network connection.' }],
  };
}
