/**
 * Browsers report a fetch blocked by the Content-Security-Policy as the same TypeError as any network
 * failure; only a `securitypolicyviolation` event tells them apart. This remembers recent ones so a
 * failed call can say "blocked by the page's security policy" instead of "network error".
 */
interface Violation {
  blockedUri: string;
  at: number;
}

const recent: Violation[] = [];
let installed = false;

export function installCspWatch(): void {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  document.addEventListener('securitypolicyviolation', (e) => {
    if (e.effectiveDirective !== 'connect-src') return;
    recent.push({ blockedUri: e.blockedURI, at: Date.now() });
    if (recent.length > 20) recent.shift();
  });
}

/** Whether a connect-src violation for this endpoint's origin happened since `sinceMs`. */
export function sawCspViolation(endpoint: string, sinceMs: number): boolean {
  let origin = '';
  try {
    origin = new URL(endpoint).origin;
  } catch {
    return recent.some((v) => v.at >= sinceMs);
  }
  return recent.some((v) => v.at >= sinceMs && (v.blockedUri.startsWith(origin) || v.blockedUri === 'self' || v.blockedUri === ''));
}
