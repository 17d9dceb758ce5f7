/**
 * OIDC discovery as STS does it: `<iss>/.well-known/openid-configuration`, then its `jwks_uri`.
 * In a browser this often fails on CORS, so every error says which step failed and why that may be.
 */
import { trimTrailing } from '../../kernel/trim-trailing';

/** The part of a fetch Response this needs; the global `fetch` fits. */
export interface FetchResponseLike {
  ok: boolean;
  status: number;
  statusText?: string;
  json(): Promise<unknown>;
}
export type FetchFn = (url: string) => Promise<FetchResponseLike>;

export type DiscoveryResult =
  | { ok: true; configurationUrl: string; jwksUri: string; configuration: Record<string, unknown>; jwks: { keys: object[] }; warnings: string[] }
  | { ok: false; step: 'issuer' | 'configuration' | 'jwks'; url?: string; error: string };

const networkHint = (url: string, e: unknown) =>
  `Could not fetch ${url} (${e instanceof Error ? e.message : String(e)}). In a browser this is most often CORS: the IdP does not send ` +
  'Access-Control-Allow-Origin for this document, so the page may not read it. That says nothing about STS, which fetches it server-side. ' +
  'It can also be a network or DNS failure, or a certificate the browser rejects. Paste the JWKS by hand instead.';

async function getJson(fetchFn: FetchFn, url: string, what: string): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  let res: FetchResponseLike;
  try {
    res = await fetchFn(url);
  } catch (e) {
    return { ok: false, error: networkHint(url, e) };
  }
  if (!res.ok) {
    return { ok: false, error: `${url} answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}. STS fetches the same ${what}, so it must be served there publicly.` };
  }
  try {
    return { ok: true, value: await res.json() };
  } catch {
    return { ok: false, error: `${url} did not return JSON; the ${what} must be a JSON document.` };
  }
}

export async function discoverJwks(issuer: string, fetchFn: FetchFn): Promise<DiscoveryResult> {
  if (typeof issuer !== 'string' || !/^https?:\/\/[^\s/]+/.test(issuer)) {
    return { ok: false, step: 'issuer', error: `"${String(issuer)}" is not an http(s) URL; the issuer (iss) must be one.` };
  }
  const warnings: string[] = [];
  if (!issuer.startsWith('https://')) warnings.push('The issuer is not https://; STS only accepts https issuers.');
  const configurationUrl = `${trimTrailing(issuer, '/')}/.well-known/openid-configuration`;
  const conf = await getJson(fetchFn, configurationUrl, 'discovery document');
  if (!conf.ok) return { ok: false, step: 'configuration', url: configurationUrl, error: conf.error };
  if (typeof conf.value !== 'object' || conf.value === null || Array.isArray(conf.value)) {
    return { ok: false, step: 'configuration', url: configurationUrl, error: 'The discovery document is not a JSON object.' };
  }
  const configuration = conf.value as Record<string, unknown>;
  const jwksUri = configuration.jwks_uri;
  if (typeof jwksUri !== 'string' || jwksUri === '') {
    return { ok: false, step: 'configuration', url: configurationUrl, error: 'The discovery document has no jwks_uri, so STS cannot find the signing keys.' };
  }
  if (configuration.issuer !== issuer) {
    warnings.push(`The discovery document says issuer ${JSON.stringify(configuration.issuer)}, not ${issuer}; tokens and provider URL must use the same string.`);
  }
  if (!jwksUri.startsWith('https://')) warnings.push(`jwks_uri ${jwksUri} is not https://.`);
  const keys = await getJson(fetchFn, jwksUri, 'JWKS');
  if (!keys.ok) return { ok: false, step: 'jwks', url: jwksUri, error: keys.error };
  const v = keys.value as { keys?: unknown } | null;
  if (typeof v !== 'object' || v === null || !Array.isArray(v.keys)) {
    return { ok: false, step: 'jwks', url: jwksUri, error: 'The document at jwks_uri is not a JWKS (a JSON object with a "keys" list).' };
  }
  const jwks = { keys: v.keys.filter((k): k is object => typeof k === 'object' && k !== null) };
  return { ok: true, configurationUrl, jwksUri, configuration, jwks, warnings };
}
