/**
 * OIDC discovery as STS does it: `<iss>/.well-known/openid-configuration`, then its `jwks_uri`.
 * In a browser this often fails on CORS, so every error says which step failed and why that may be.
 */
import type { Message } from '../../kernel/message';
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
  | { ok: true; configurationUrl: string; jwksUri: string; configuration: Record<string, unknown>; jwks: { keys: object[] }; warnings: Message[] }
  | { ok: false; step: 'issuer' | 'configuration' | 'jwks'; url?: string; error: Message };

function networkHint(url: string, e: unknown): Message {
  return /*i18n*/ {
    id: 'jwt.discover.network',
    message:
      'Could not fetch {url} ({problem}). In a browser this is most often CORS: the IdP does not send {header} for this document, so the page may not read it. That says nothing about STS, which fetches it server-side. It can also be a network or DNS failure, or a certificate the browser rejects. Paste the JWKS by hand instead.',
    values: { url, problem: e instanceof Error ? e.message : String(e), header: 'Access-Control-Allow-Origin' },
    verbatim: ['url', 'problem', 'header'],
  };
}

async function getJson(fetchFn: FetchFn, url: string, what: 'configuration' | 'jwks'): Promise<{ ok: true; value: unknown } | { ok: false; error: Message }> {
  let res: FetchResponseLike;
  try {
    res = await fetchFn(url);
  } catch (e) {
    return { ok: false, error: networkHint(url, e) };
  }
  if (!res.ok) {
    const status = `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    return { ok: false, error: /*i18n*/ { id: 'jwt.discover.httpStatus', message: '{url} answered HTTP {status}. STS fetches the same {what, select, jwks {JWKS} other {discovery document}}, so it must be served there publicly.', values: { url, status, what }, verbatim: ['url', 'status'] } };
  }
  try {
    return { ok: true, value: await res.json() };
  } catch {
    return { ok: false, error: /*i18n*/ { id: 'jwt.discover.notJson', message: '{url} did not return JSON; the {what, select, jwks {JWKS} other {discovery document}} must be a JSON document.', values: { url, what }, verbatim: ['url'] } };
  }
}

export async function discoverJwks(issuer: string, fetchFn: FetchFn): Promise<DiscoveryResult> {
  if (typeof issuer !== 'string' || !/^https?:\/\/[^\s/]+/.test(issuer)) {
    return { ok: false, step: 'issuer', error: /*i18n*/ { id: 'jwt.discover.notUrl', message: '“{issuer}” is not an http(s) URL; the issuer (iss) must be one.', values: { issuer: String(issuer) }, verbatim: ['issuer'] } };
  }
  const warnings: Message[] = [];
  if (!issuer.startsWith('https://')) warnings.push(/*i18n*/ { id: 'jwt.discover.notHttps', message: 'The issuer is not https://; STS only accepts https issuers.' });
  const configurationUrl = `${trimTrailing(issuer, '/')}/.well-known/openid-configuration`;
  const conf = await getJson(fetchFn, configurationUrl, 'configuration');
  if (!conf.ok) return { ok: false, step: 'configuration', url: configurationUrl, error: conf.error };
  if (typeof conf.value !== 'object' || conf.value === null || Array.isArray(conf.value)) {
    return { ok: false, step: 'configuration', url: configurationUrl, error: /*i18n*/ { id: 'jwt.discover.notObject', message: 'The discovery document is not a JSON object.' } };
  }
  const configuration = conf.value as Record<string, unknown>;
  const jwksUri = configuration.jwks_uri;
  if (typeof jwksUri !== 'string' || jwksUri === '') {
    return { ok: false, step: 'configuration', url: configurationUrl, error: /*i18n*/ { id: 'jwt.discover.noJwksUri', message: 'The discovery document has no jwks_uri, so STS cannot find the signing keys.' } };
  }
  if (configuration.issuer !== issuer) {
    warnings.push(/*i18n*/ { id: 'jwt.discover.issuerDiffers', message: 'The discovery document says issuer {stated}, not {issuer}; tokens and provider URL must use the same string.', values: { stated: String(JSON.stringify(configuration.issuer)), issuer }, verbatim: ['stated', 'issuer'] });
  }
  if (!jwksUri.startsWith('https://')) warnings.push(/*i18n*/ { id: 'jwt.discover.jwksNotHttps', message: 'jwks_uri {uri} is not https://.', values: { uri: jwksUri }, verbatim: ['uri'] });
  const keys = await getJson(fetchFn, jwksUri, 'jwks');
  if (!keys.ok) return { ok: false, step: 'jwks', url: jwksUri, error: keys.error };
  const v = keys.value as { keys?: unknown } | null;
  if (typeof v !== 'object' || v === null || !Array.isArray(v.keys)) {
    return { ok: false, step: 'jwks', url: jwksUri, error: /*i18n*/ { id: 'jwt.discover.notJwks', message: 'The document at jwks_uri is not a JWKS (a JSON object with a “keys” list).' } };
  }
  const jwks = { keys: v.keys.filter((k): k is object => typeof k === 'object' && k !== null) };
  return { ok: true, configurationUrl, jwksUri, configuration, jwks, warnings };
}
