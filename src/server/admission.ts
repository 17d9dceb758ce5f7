/**
 * Which requests the server answers at all, and which may drive the sandbox controls.
 *
 * - Host: only the names the server is bound to (127.0.0.1, localhost, [::1], the --host address;
 *   for a wildcard --host such as 0.0.0.0, this machine's interface addresses) and those given with
 *   --allow-host. DNS rebinding makes a page on another site reach the sandbox under that site's own
 *   name, so its requests carry a Host we do not know. The port is not compared: rebinding cannot
 *   forge a trusted name, and a container's port mapping or a proxy legitimately changes the port.
 * - Origin (controls only): the workbench's own pages, whose Origin is this very host, and clients
 *   that send no Origin (the AWS CLI, curl, scripts). The STS endpoint allows any origin, as real
 *   STS does (cors.ts).
 */
import { networkInterfaces } from 'node:os';
import { parseHostHeader } from '../sandbox/core/base-url';

const LOOPBACK_NAMES: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

const WILDCARD_ADDRESSES = new Set(['0.0.0.0', '::', '[::]']);

/** `::1` → `[::1]`: an address as it appears in a Host header or URL. */
function hostNameForm(address: string): string {
  const a = address.trim().toLowerCase();
  return a.includes(':') && !a.startsWith('[') ? `[${a}]` : a;
}

export const isWildcardAddress = (address: string): boolean => WILDCARD_ADDRESSES.has(hostNameForm(address));

export function isLoopbackAddress(address: string): boolean {
  const a = hostNameForm(address);
  return a === 'localhost' || a === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

/** This machine's interface addresses (IPv6 zone suffixes dropped: a Host header cannot carry them). */
function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => hostNameForm(i.address.replace(/%.*$/, ''))));
}

/** The host names the server answers, in the form a Host header carries them. */
export function allowedHostNames(bindAddress: string, extra: readonly string[], addresses: () => string[] = interfaceAddresses): Set<string> {
  const names = new Set(LOOPBACK_NAMES);
  if (isWildcardAddress(bindAddress)) for (const a of addresses()) names.add(a);
  else names.add(hostNameForm(bindAddress));
  for (const name of extra) names.add(hostNameForm(name));
  return names;
}

export interface Refusal {
  status: number;
  code: string;
  message: string;
}

const quoted = (value: string) => JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);

/**
 * Why the server will not answer a request for its Host header and, for an absolute-form target,
 * the target's authority; null when it will. HTTP/1.1 requires a Host; an HTTP/1.0 client may omit it.
 */
export function hostRefusal(
  request: { host: string | undefined; targetAuthority: string | null; httpVersion: string },
  allowed: ReadonlySet<string>,
): Refusal | null {
  if (request.host === undefined && request.targetAuthority === null && request.httpVersion !== '1.0') {
    return { status: 400, code: 'MissingHost', message: `An HTTP/${request.httpVersion} request carries a Host header (RFC 9112 §3.2); this one has none.` };
  }
  for (const authority of [request.host, request.targetAuthority ?? undefined]) {
    if (authority === undefined) continue;
    const host = parseHostHeader(authority);
    if (!host) return { status: 400, code: 'InvalidHost', message: `The Host ${quoted(authority)} is not a host name or address with an optional port.` };
    if (!allowed.has(host.name)) {
      return {
        status: 403,
        code: 'HostNotAllowed',
        message:
          `This sandbox does not answer to the host name ${quoted(host.name)}: it answers the names it is bound to (127.0.0.1, localhost, [::1] and its --host address) and those given with --allow-host. ` +
          `If you reach it under that name on purpose (a workshop on a LAN name), start it with --allow-host ${host.name}. ` +
          '(The check stops DNS rebinding: a web page on another site reaching the sandbox under that site\'s own name.)',
      };
    }
  }
  return null;
}

/**
 * Why a request may not drive the controls, or null when it may: it comes from the workbench's own
 * pages (Origin is this host) or from a client that is not a web page (no Origin). Fetch metadata
 * covers what browsers send without an Origin: a no-cors request from another site's page (an
 * <img> or <script> pointing here) says so in Sec-Fetch-Site. Opening a control in a tab
 * (a navigation) stays allowed: the page that linked to it cannot read the answer.
 */
export function controlOriginRefusal(headers: Readonly<Record<string, string | undefined>>, authority: string | undefined): Refusal | null {
  const origin = headers['origin'];
  if (origin === undefined) {
    const site = headers['sec-fetch-site'];
    if ((site === 'cross-site' || site === 'same-site') && headers['sec-fetch-mode'] !== 'navigate') {
      return { status: 403, code: 'OriginNotAllowed', message: 'The sandbox controls answer only the workbench\'s own pages and clients that are not web pages (the AWS CLI, curl, scripts); this request came from a page on another site.' };
    }
    return null;
  }
  if (authority !== undefined && isOwnOrigin(origin, authority)) return null;
  return {
    status: 403,
    code: 'OriginNotAllowed',
    message: `The sandbox controls answer only the workbench's own pages and clients that send no Origin header (the AWS CLI, curl, scripts); this request came from a page on ${quoted(origin)}.`,
  };
}

function isOwnOrigin(origin: string, authority: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (a sandboxed frame, a file:// page) and anything unparsable
  }
  // https too: behind a TLS-terminating proxy the page's origin is https://<the same host>.
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === origin.toLowerCase() && url.host === authority.trim().toLowerCase();
}

/**
 * What `--host <address>` exposes when the address is not loopback, printed at start; null for a
 * loopback address.
 */
export function exposureWarning(bindAddress: string, port: number, allowed: ReadonlySet<string>, addresses: () => string[] = interfaceAddresses): string | null {
  if (isLoopbackAddress(bindAddress)) return null;
  const where = isWildcardAddress(bindAddress) ? addresses().filter((a) => !isLoopbackAddress(a)) : [hostNameForm(bindAddress)];
  const extra = [...allowed].filter((n) => !LOOPBACK_NAMES.includes(n) && !where.includes(n));
  return [
    `WARNING: --host ${bindAddress} makes this sandbox reachable from other machines: anyone who can reach ${where.length ? where.map((a) => `${a}:${port}`).join(', ') : `this machine's port ${port}`} can use`,
    '  - the sandbox STS, with the demo credentials printed below and every session it issues,',
    '  - its controls under /_sandbox/: the world (the demo secret, every trust policy), the clock, the built-in identity providers (SAML responses and OIDC tokens on demand).',
    `It answers the host names ${[...allowed].join(', ')}${extra.length ? ` (${extra.join(', ')} from --allow-host)` : ''}.`,
    'To serve a workshop under a LAN name, add it with --allow-host NAME; to keep the sandbox to this machine, leave out --host (it binds 127.0.0.1).',
  ].join('\n');
}
