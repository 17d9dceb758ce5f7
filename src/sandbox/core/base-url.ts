/**
 * The sandbox's own base URL as a request reaches it (issuer of its OIDC IdP and of
 * GetWebIdentityToken's tokens), built from the Host header. The Node server refuses Hosts it is
 * not bound to before the core sees them (src/server/admission.ts); here a Host that is not even a
 * host name is never echoed into an issuer, and the scheme is http or https only.
 */
import type { SandboxRequest } from './http';

// A host name, an IPv4 address or a bracketed IPv6 address, then an optional port. Linear: the
// name's character class has no ':', so the optional port cannot be matched two ways.
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9._-]+)(?::(\d{1,5}))?$/;

export interface HostHeader {
  /** Lower case; IPv6 addresses keep their brackets, as in a URL. */
  name: string;
  port: number | null;
}

/** `localhost:4173` → { name: 'localhost', port: 4173 }; null for anything that is not a host[:port]. */
export function parseHostHeader(value: string): HostHeader | null {
  const m = HOST_HEADER.exec(value.trim().toLowerCase());
  if (!m?.[1]) return null;
  const port = m[2] === undefined ? null : Number(m[2]);
  if (port !== null && port > 65535) return null;
  return { name: m[1], port };
}

const FALLBACK_HOST = '127.0.0.1';

export function requestBaseUrl(req: SandboxRequest): string {
  const host = req.headers['host'];
  const authority = host !== undefined && parseHostHeader(host) ? host.trim().toLowerCase() : FALLBACK_HOST;
  // Behind a TLS-terminating proxy the issuer is https; any other value is not a scheme of ours.
  const forwarded = (req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase();
  return `${forwarded === 'https' ? 'https' : 'http'}://${authority}`;
}
