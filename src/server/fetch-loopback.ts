/** JWKS fetches for OIDC providers configured with a jwksUri: loopback addresses only (no network here). */
export async function fetchLoopbackJson(url: string): Promise<unknown> {
  const parsed = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) {
    throw new Error(`the sandbox fetches JWKS from loopback addresses only, not ${parsed.hostname}`);
  }
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return response.json();
}
