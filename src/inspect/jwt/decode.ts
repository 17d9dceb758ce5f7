/**
 * Decoding a compact JWT without verifying it: for the browser inspector and for the sandbox's
 * AssumeRoleWithWebIdentity, which decodes before it looks up the key. Never throws on bad input.
 */
import { jsonKindOf } from '../../kernel/json-kind';
import { fromBase64Url } from '../../kernel/encoding';
import { jsonNestingProblem } from '../../policy/nesting';
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import { quotedEnglish, type Message } from '../../kernel/message';
import type { DecodedJwt, JsonObject, TokenClassification } from './types';

export type { DecodedJwt, TokenClassification } from './types';
export { describeClaims } from './describe-claims';

const PART_NAMES = ['header', 'payload', 'signature'] as const;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Form-body and JSON field names that carry the token, in the order they are preferred. */
const TOKEN_FIELDS = ['WebIdentityToken', 'id_token', 'value', 'token', 'access_token'] as const;

export interface UnwrappedToken {
  /** The token itself, exactly as it appears inside the wrapper. */
  token: string;
  /** What was taken off, in words ("GitHub Actions' token response (its value field)"); null when nothing was. */
  wrapper: Message | null;
}

/** A JSON object pasted whole: GitHub Actions' `{"count":…,"value":"eyJ…"}`, an OAuth token response. */
function fromJson(text: string): UnwrappedToken | null {
  if (!text.startsWith('{') || text.length > 200_000) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  for (const f of TOKEN_FIELDS) {
    const t = o[f];
    if (typeof t !== 'string' || t.trim() === '') continue;
    const github = f === 'value' && 'count' in o;
    return { token: t.trim(), wrapper: github ? /*i18n*/ { id: 'jwt.wrapper.github', message: 'GitHub Actions’ token response (its {field} field)', values: { field: 'value' }, verbatim: ['field'] } : /*i18n*/ { id: 'jwt.wrapper.json', message: 'a JSON object (its {field} field)', values: { field: f }, verbatim: ['field'] } };
  }
  return null;
}

/** A whole form body or query string (a captured STS request, an OAuth redirect): its token field, URL-decoded. */
function fromFormBody(text: string): UnwrappedToken | null {
  if (!/[=&]/.test(text) || /\s/.test(text)) return null;
  const query = /^https?:\/\//i.test(text) ? text.slice(text.search(/[?#]/) + 1) : text;
  const pairs = new Map<string, string>();
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && !pairs.has(pair.slice(0, eq))) pairs.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  for (const f of TOKEN_FIELDS) {
    const raw = pairs.get(f);
    if (raw === undefined || raw === '') continue;
    try {
      return { token: decodeURIComponent(raw.replace(/\+/g, ' ')).trim(), wrapper: /*i18n*/ { id: 'jwt.wrapper.form', message: 'a form body (its {field} field)', values: { field: f }, verbatim: ['field'] } };
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The token inside whatever was pasted: whitespace, an `Authorization:` header or a `Bearer `
 * prefix, surrounding quotes, GitHub Actions' JSON token response, an OAuth JSON response, or a
 * whole form body. The one place the inspectors unwrap a pasted token.
 */
export function unwrapTokenText(text: string): UnwrappedToken {
  let t = typeof text === 'string' ? text.trim() : '';
  const wrappers: Message[] = [];
  const header = /^authorization\s*:\s*/i.exec(t);
  if (header) {
    t = t.slice(header[0].length).trim();
    wrappers.push(/*i18n*/ { id: 'jwt.wrapper.header', message: 'an {header} header', values: { header: 'Authorization' }, verbatim: ['header'] });
  }
  const bearer = /^bearer\s+/i.exec(t);
  if (bearer) {
    t = t.slice(bearer[0].length).trim();
    if (!header) wrappers.push(/*i18n*/ { id: 'jwt.wrapper.bearer', message: '{prefix}', values: { prefix: '"Bearer "' }, verbatim: ['prefix'] });
  }
  if (/^(["'])[^"']*\1$/.test(t) && t.length >= 2) {
    t = t.slice(1, -1).trim();
    wrappers.push(/*i18n*/ { id: 'jwt.wrapper.quotes', message: 'quotes' });
  }
  const inner = fromJson(t) ?? fromFormBody(t);
  if (inner) {
    t = inner.token;
    if (inner.wrapper) wrappers.push(inner.wrapper);
  }
  return { token: t, wrapper: wrappers.reduce<Message | null>((all, w) => (all === null ? w : /*i18n*/ { id: 'jwt.wrapper.list', message: '{first}, {next}', values: { first: all, next: w } }), null) };
}

/** The token inside the pasted text (see unwrapTokenText). */
export function normalizeTokenText(text: string): string {
  return unwrapTokenText(text).token;
}

/**
 * The English of these sentences is also what STS's InvalidIdentityToken message quotes (oidc-rules.ts):
 * keep it as it is, straight quotes included.
 */
function describeBadBase64Url(part: string): Message {
  const bad = /[^A-Za-z0-9_-]/.exec(part);
  if (bad) {
    const ch = bad[0];
    const position = bad.index + 1;
    if (ch === '=') return /*i18n*/ { id: 'jwt.base64url.padding', message: 'unexpected character {char} (padding is not allowed in JWTs) at position {position}', values: { char: "'='", position }, verbatim: ['char'] };
    if (ch === '+' || ch === '/') return /*i18n*/ { id: 'jwt.base64url.standard', message: 'unexpected character {char} (standard base64, not base64url) at position {position}', values: { char: `'${ch}'`, position }, verbatim: ['char'] };
    return /*i18n*/ { id: 'jwt.base64url.character', message: 'unexpected character {char} at position {position}', values: { char: JSON.stringify(ch), position }, verbatim: ['char'] };
  }
  return /*i18n*/ { id: 'jwt.base64url.length', message: 'its length ({length}) is impossible for base64url', values: { length: part.length } };
}

/** "Part 2 (payload)": the part's number and its JWT name (header, payload, signature: the same in every language). */
const partOf = (index: 0 | 1 | 2): Message => /*i18n*/ ({ id: 'jwt.part', message: 'Part {number} ({name})', values: { number: index + 1, name: PART_NAMES[index] }, verbatim: ['name'] });

function decodeJsonPart(part: string, index: 0 | 1): ParseResult<JsonObject, Message> {
  const name = PART_NAMES[index];
  const which = partOf(index);
  const bytes = fromBase64Url(part);
  if (bytes === null) return parseError(/*i18n*/ { id: 'jwt.decode.notBase64url', message: '{part} is not valid base64url: {problem}.', values: { part: which, problem: describeBadBase64Url(part) } });
  if (bytes.length === 0) return parseError(/*i18n*/ { id: 'jwt.decode.emptyPart', message: '{part} is empty.', values: { part: which } });
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return parseError(/*i18n*/ { id: 'jwt.decode.notUtf8', message: '{part} is not UTF-8 text once base64url-decoded.', values: { part: which } });
  }
  const deep = jsonNestingProblem(text, `Part ${index + 1} (${name})`);
  if (deep) return parseError(quotedEnglish(`${deep}.`));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return parseError(/*i18n*/ { id: 'jwt.decode.notJson', message: '{part} is not JSON: {reason}.', values: { part: which, reason }, verbatim: ['reason'] });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return parseError(/*i18n*/ { id: 'jwt.decode.notObject', message: '{part} is {kind}; a JWT {name} must be a JSON object.', values: { part: which, kind: jsonKindOf(value), name }, verbatim: ['name'] });
  }
  return parsed(value as JsonObject);
}

/** Splits and decodes a compact JWS-form JWT: header, claims and signature part. */
export function decodeJwt(text: string): ParseResult<DecodedJwt, Message> {
  if (typeof text !== 'string') return parseError(/*i18n*/ { id: 'jwt.decode.notText', message: 'The token must be text.' });
  const raw = normalizeTokenText(text);
  if (raw === '') return parseError(/*i18n*/ { id: 'jwt.decode.empty', message: 'The token is empty.' });
  if (/\s/.test(raw)) return parseError(/*i18n*/ { id: 'jwt.decode.whitespace', message: 'The token contains whitespace inside it; a JWT is one unbroken line of base64url parts.' });
  const parts = raw.split('.');
  if (parts.length === 5) {
    return parseError(/*i18n*/ { id: 'jwt.decode.jwe', message: "This has five parts: it is a JWE (an encrypted JWT). Its claims cannot be read without the recipient's private key, and STS does not accept encrypted tokens." });
  }
  if (parts.length !== 3) {
    return parseError(/*i18n*/ { id: 'jwt.decode.parts', message: 'A JWT has three parts separated by {dot} (header.payload.signature); this has {count}.', values: { dot: "'.'", count: parts.length }, verbatim: ['dot'] });
  }
  const [h = '', p = '', s = ''] = parts;
  const header = decodeJsonPart(h, 0);
  if (!header.ok) return header;
  const claims = decodeJsonPart(p, 1);
  if (!claims.ok) return claims;
  const sig = fromBase64Url(s);
  if (sig === null) return parseError(/*i18n*/ { id: 'jwt.decode.notBase64url', message: '{part} is not valid base64url: {problem}.', values: { part: partOf(2), problem: describeBadBase64Url(s) } });
  return parsed({ raw, header: header.value, claims: claims.value, signature: s, signatureLength: sig.length, signingInput: `${h}.${p}` });
}

/** Tells an OIDC ID token (JWT) from a JWE and from opaque OAuth access tokens, and says what STS wants for each. */
export function classifyToken(text: string): TokenClassification {
  const raw = typeof text === 'string' ? normalizeTokenText(text) : '';
  const parts = raw.split('.');
  if (parts.length === 5) {
    return { kind: 'jwe', explanation: /*i18n*/ { id: 'jwt.classify.jwe', message: 'A JWE (encrypted JWT, five parts). STS needs the signed ID token (three parts), not an encrypted one.' } };
  }
  if (parts.length === 3 && decodeJsonPart(parts[0] ?? '', 0).ok) {
    return {
      kind: 'jwt',
      explanation: /*i18n*/ { id: 'jwt.classify.jwt', message: 'A JWT (header.payload.signature), such as an OpenID Connect ID token. Send it to AssumeRoleWithWebIdentity without ProviderId: STS reads the issuer from the iss claim.' },
    };
  }
  if (/^Atza\|/.test(raw) || /^Atza%7C/i.test(raw)) {
    const encoded = raw.startsWith('Atza%7C') || raw.startsWith('Atza%7c') ? 'yes' : 'no';
    return {
      kind: 'opaque-oauth',
      providerId: 'www.amazon.com',
      explanation: /*i18n*/ { id: 'jwt.classify.amazon', message: 'A Login with Amazon OAuth 2.0 access token ("Atza|…"). It carries no readable claims; STS asks Amazon about it. Call AssumeRoleWithWebIdentity with ProviderId www.amazon.com.{encoded, select, yes { It is URL-encoded (%7C): decode it to "Atza|…" first.} other {}}', values: { encoded } },
    };
  }
  if (/^EAA[A-Za-z0-9]/.test(raw)) {
    return {
      kind: 'opaque-oauth',
      providerId: 'graph.facebook.com',
      explanation: /*i18n*/ { id: 'jwt.classify.facebook', message: 'Looks like a Facebook OAuth 2.0 access token ("EAA…"). It carries no readable claims; STS asks Facebook about it. Call AssumeRoleWithWebIdentity with ProviderId graph.facebook.com.' },
    };
  }
  if (/^ya29\./.test(raw)) {
    return {
      kind: 'opaque-oauth',
      explanation: /*i18n*/ { id: 'jwt.classify.google', message: 'A Google OAuth 2.0 access token ("ya29.…"). STS does not accept Google access tokens: send the Google ID token (a JWT) instead, without ProviderId.' },
    };
  }
  return {
    kind: 'opaque-oauth',
    explanation: /*i18n*/ {
      id: 'jwt.classify.opaque',
      message: 'Not a JWT: an opaque string, perhaps an OAuth 2.0 access token. STS accepts opaque access tokens only from Login with Amazon (ProviderId www.amazon.com) and Facebook (ProviderId graph.facebook.com); for every other provider send the OpenID Connect ID token, without ProviderId.',
    },
  };
}
