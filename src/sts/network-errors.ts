/**
 * Plain words for a request that got no HTTP answer. Browsers report every such failure as the
 * same TypeError ("Failed to fetch", "NetworkError when attempting to fetch resource.", "Load failed")
 * and hide the reason on purpose, so the classification uses what can be known: the page's and the
 * endpoint's origins, a CSP violation the UI saw, and, in Node, the socket error code.
 */

export type NetworkFailureKind = 'network' | 'cors' | 'csp' | 'aborted';

export interface NetworkFailure {
  kind: NetworkFailureKind;
  /** One or two sentences for the user. */
  message: string;
  /** A few words for a heading. */
  title: string;
  likelyFixes: string[];
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

const SOCKET_MESSAGES: Record<string, (host: string) => { title: string; message: string; fixes: string[] }> = {
  ECONNREFUSED: (h) => ({ title: 'Connection refused', message: `Nothing is listening at ${h}: the connection was refused.`, fixes: ['Start the server, or check the port in the endpoint URL.'] }),
  ENOTFOUND: (h) => ({ title: 'Host name not found', message: `The host name in ${h} does not resolve in DNS.`, fixes: ['Check the spelling of the endpoint.', 'FIPS and dual-stack host names exist only in some Regions.'] }),
  EAI_AGAIN: (h) => ({ title: 'DNS lookup failed', message: `The name lookup for ${h} failed for now (no DNS answer).`, fixes: ['Check the network connection and try again.'] }),
  ETIMEDOUT: (h) => ({ title: 'Connection timed out', message: `${h} did not answer in time.`, fixes: ['Check the network, VPN or firewall.'] }),
  ECONNRESET: (h) => ({ title: 'Connection reset', message: `${h} closed the connection before answering.`, fixes: ['Try again; check any proxy between you and the endpoint.'] }),
  EHOSTUNREACH: (h) => ({ title: 'Host unreachable', message: `There is no network route to ${h}.`, fixes: ['Check the network connection.'] }),
};

const TLS_CODES = /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID|ERR_SSL_)/;

/** Classify a failure that produced no HTTP response. Never throws. */
export function classifyNetworkFailure(error: unknown, ctx: NetworkFailureContext): NetworkFailure {
  const host = hostOf(ctx.endpoint);
  const name = errorName(error);
  if (name === 'AbortError') {
    return { kind: 'aborted', title: 'Cancelled', message: 'The request was cancelled before an answer arrived.', likelyFixes: [] };
  }
  if (ctx.cspViolation) {
    return {
      kind: 'csp',
      title: 'Blocked by this page\'s security policy',
      message: `The browser did not send the request: this page's Content-Security-Policy (connect-src) does not allow connections to ${host}. Nothing left the browser.`,
      likelyFixes: ['Use an endpoint the workbench allows: AWS STS endpoints, this server, or http://localhost / http://127.0.0.1 on any port.', 'An endpoint on [::1] must be written as http://localhost.'],
    };
  }
  const code = socketCode(error);
  if (code && SOCKET_MESSAGES[code]) {
    const s = SOCKET_MESSAGES[code](host);
    return { kind: 'network', title: s.title, message: s.message, likelyFixes: s.fixes };
  }
  if (code && TLS_CODES.test(code)) {
    return {
      kind: 'network',
      title: 'Certificate not trusted',
      message: `The TLS certificate of ${host} was not accepted (${code}).`,
      likelyFixes: ['Use an endpoint with a certificate your system trusts, or plain http:// for a local emulator.'],
    };
  }
  if (name === 'TimeoutError') {
    return { kind: 'network', title: 'No answer in time', message: `${host} did not answer before the time limit.`, likelyFixes: ['Check the network and try again.'] };
  }

  const pageOrigin = originOf(ctx.pageOrigin);
  const endpointOrigin = originOf(ctx.endpoint);
  if (pageOrigin?.startsWith('https:') && endpointOrigin?.startsWith('http:') && !isLoopbackHost(ctx.endpoint)) {
    return {
      kind: 'network',
      title: 'Blocked as mixed content',
      message: `This page was loaded over HTTPS, and browsers refuse plain-HTTP requests from it to ${host}.`,
      likelyFixes: ['Use an https:// endpoint, or open the workbench over http://localhost.'],
    };
  }
  if (endpointOrigin && pageOrigin && endpointOrigin === pageOrigin) {
    return {
      kind: 'network',
      title: 'The server is unreachable',
      message: `The workbench's own server at ${host} did not answer. It may have stopped.`,
      likelyFixes: ['Check that npm start is still running, then reload the page.', 'Or switch to the sandbox in this page, which needs no server.'],
    };
  }
  if (isAwsEndpoint(ctx.endpoint)) {
    return {
      kind: 'network',
      title: 'AWS STS is unreachable',
      message: `The browser could not reach ${host}. AWS STS answers browsers' CORS checks, so the cause is the connection: offline, DNS, a proxy or firewall, or a host name that does not exist.`,
      likelyFixes: ['Check the network connection.', 'FIPS and dual-stack endpoints exist only in some Regions; try the Regional endpoint.', 'A corporate proxy may block *.amazonaws.com.'],
    };
  }
  if (endpointOrigin && pageOrigin) {
    return {
      kind: 'cors',
      title: 'No answer, or no CORS permission',
      message:
        `The browser got no usable answer from ${host}. Either nothing is listening there, or the server answered without CORS headers allowing this page (${pageOrigin}) to read it; browsers do not say which. ` +
        'AWS STS sends those headers; a custom endpoint must send them too.',
      likelyFixes: [
        'Check that the endpoint is running and the URL and port are right.',
        `Make it answer the preflight OPTIONS request with Access-Control-Allow-Origin: ${pageOrigin} (or *), Access-Control-Allow-Methods: POST, GET, and Access-Control-Allow-Headers: ${SDK_REQUEST_HEADERS.join(', ')}.`,
        'Have it expose x-amzn-requestid (Access-Control-Expose-Headers) so the request ID can be shown.',
      ],
    };
  }
  return {
    kind: 'network',
    title: 'The request failed',
    message: `The request to ${host || 'the endpoint'} got no answer.`,
    likelyFixes: ['Check the endpoint URL and the network connection.'],
  };
}
