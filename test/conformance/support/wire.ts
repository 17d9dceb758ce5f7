/**
 * Raw HTTP against the STS endpoint: our own SigV4 signer (node:crypto, written from the reference
 * §6, independent of the sandbox's verifier) and a small XML reader for the response envelopes.
 */
import { createHash, createHmac } from 'node:crypto';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import type { Creds } from './clients';

export const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding as SigV4 wants it. */
export function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function formBody(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
    .join('&');
}

export function amzDate(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface SignOptions {
  url: string;
  body: string;
  creds: Creds;
  region?: string;
  service?: string;
  date?: Date;
}

/** Headers for a signed form POST to `url` (path /). */
export function signPost(opts: SignOptions): Record<string, string> {
  const { host } = new URL(opts.url);
  const date = opts.date ?? new Date();
  const stamp = amzDate(date);
  const day = stamp.slice(0, 8);
  const region = opts.region ?? 'us-east-1';
  const service = opts.service ?? 'sts';
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    host,
    'x-amz-date': stamp,
  };
  if (opts.creds.sessionToken) headers['x-amz-security-token'] = opts.creds.sessionToken;
  const names = Object.keys(headers).sort();
  const canonical = ['POST', '/', '', ...names.map((n) => `${n}:${(headers[n] ?? '').trim()}`), '', names.join(';'), sha256Hex(opts.body)].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256Hex(canonical)].join('\n');
  const kSigning = hmac(hmac(hmac(hmac(`AWS4${opts.creds.secretAccessKey}`, day), region), service), 'aws4_request');
  const signature = createHmac('sha256', kSigning).update(toSign, 'utf8').digest('hex');
  const { host: _host, ...sent } = headers;
  return { ...sent, authorization: `AWS4-HMAC-SHA256 Credential=${opts.creds.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}` };
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

export async function rawPost(url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }): Promise<RawResponse> {
  const res = await fetch(`${url}/`, { method: 'POST', headers, body });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** A signed STS call over raw HTTP. */
export function signedCall(url: string, params: Record<string, string>, creds: Creds, extra: Partial<SignOptions> = {}): Promise<RawResponse> {
  const body = formBody({ Version: '2011-06-15', ...params });
  return rawPost(url, body, signPost({ url, body, creds, ...extra }));
}

// ---------------------------------------------------------------- XML

export function parseXml(text: string): XmlElement {
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
  const root = doc.documentElement;
  if (!root) throw new Error(`not XML: ${text.slice(0, 200)}`);
  return root;
}

export function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

/** Follows a path of local names from `el` (first match at each step). */
export function xmlPath(el: XmlElement, ...names: string[]): XmlElement | undefined {
  let cur: XmlElement | undefined = el;
  for (const name of names) {
    cur = cur ? childElements(cur).find((c) => c.localName === name) : undefined;
  }
  return cur;
}

export const xmlText = (el: XmlElement | undefined): string | undefined => (el ? (el.textContent ?? '') : undefined);

export interface ErrorEnvelope {
  type?: string;
  code?: string;
  message?: string;
  requestId?: string;
}

export function parseErrorEnvelope(text: string): ErrorEnvelope {
  const root = parseXml(text);
  return {
    type: xmlText(xmlPath(root, 'Error', 'Type')),
    code: xmlText(xmlPath(root, 'Error', 'Code')),
    message: xmlText(xmlPath(root, 'Error', 'Message')),
    requestId: xmlText(xmlPath(root, 'RequestId')),
  };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
