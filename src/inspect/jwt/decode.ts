/**
 * Decoding a compact JWT without verifying it: for the browser inspector and for the sandbox's
 * AssumeRoleWithWebIdentity, which decodes before it looks up the key. Never throws on bad input.
 */
import { fromBase64Url } from '../../kernel/encoding';
import { jsonNestingProblem } from '../../policy/nesting';
import { parseError, parsed, type ParseResult } from '../../kernel/result';
import type { DecodedJwt, JsonObject, TokenClassification } from './types';

export type { DecodedJwt, TokenClassification } from './types';
export { describeClaims } from './describe-claims';

const PART_NAMES = ['header', 'payload', 'signature'] as const;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Trims whitespace and a leading "Bearer " (any case), as pasted from an Authorization header. */
export function normalizeTokenText(text: string): string {
  return text.trim().replace(/^bearer\s+/i, '').trim();
}

function describeBadBase64Url(part: string): string {
  const bad = /[^A-Za-z0-9_-]/.exec(part);
  if (bad) {
    const ch = bad[0];
    const shown = ch === '=' ? "'=' (padding is not allowed in JWTs)" : ch === '+' || ch === '/' ? `'${ch}' (standard base64, not base64url)` : JSON.stringify(ch);
    return `unexpected character ${shown} at position ${bad.index + 1}`;
  }
  return `its length (${part.length}) is impossible for base64url`;
}

function decodeJsonPart(part: string, index: 0 | 1): ParseResult<JsonObject> {
  const name = PART_NAMES[index];
  const bytes = fromBase64Url(part);
  if (bytes === null) return parseError(`Part ${index + 1} (${name}) is not valid base64url: ${describeBadBase64Url(part)}.`);
  if (bytes.length === 0) return parseError(`Part ${index + 1} (${name}) is empty.`);
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return parseError(`Part ${index + 1} (${name}) is not UTF-8 text once base64url-decoded.`);
  }
  const deep = jsonNestingProblem(text, `Part ${index + 1} (${name})`);
  if (deep) return parseError(`${deep}.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return parseError(`Part ${index + 1} (${name}) is not JSON: ${reason}.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    return parseError(`Part ${index + 1} (${name}) is ${kind}; a JWT ${name} must be a JSON object.`);
  }
  return parsed(value as JsonObject);
}

/** Splits and decodes a compact JWS-form JWT: header, claims and signature part. */
export function decodeJwt(text: string): ParseResult<DecodedJwt> {
  if (typeof text !== 'string') return parseError('The token must be text.');
  const raw = normalizeTokenText(text);
  if (raw === '') return parseError('The token is empty.');
  if (/\s/.test(raw)) return parseError('The token contains whitespace inside it; a JWT is one unbroken line of base64url parts.');
  const parts = raw.split('.');
  if (parts.length === 5) {
    return parseError('This has five parts: it is a JWE (an encrypted JWT). Its claims cannot be read without the recipient\'s private key, and STS does not accept encrypted tokens.');
  }
  if (parts.length !== 3) {
    return parseError(`A JWT has three parts separated by '.' (header.payload.signature); this has ${parts.length}.`);
  }
  const [h = '', p = '', s = ''] = parts;
  const header = decodeJsonPart(h, 0);
  if (!header.ok) return header;
  const claims = decodeJsonPart(p, 1);
  if (!claims.ok) return claims;
  const sig = fromBase64Url(s);
  if (sig === null) return parseError(`Part 3 (signature) is not valid base64url: ${describeBadBase64Url(s)}.`);
  return parsed({ raw, header: header.value, claims: claims.value, signature: s, signatureLength: sig.length, signingInput: `${h}.${p}` });
}

/** Tells an OIDC ID token (JWT) from a JWE and from opaque OAuth access tokens, and says what STS wants for each. */
export function classifyToken(text: string): TokenClassification {
  const raw = typeof text === 'string' ? normalizeTokenText(text) : '';
  const parts = raw.split('.');
  if (parts.length === 5) {
    return { kind: 'jwe', explanation: 'A JWE (encrypted JWT, five parts). STS needs the signed ID token (three parts), not an encrypted one.' };
  }
  if (parts.length === 3 && decodeJsonPart(parts[0] ?? '', 0).ok) {
    return {
      kind: 'jwt',
      explanation: 'A JWT (header.payload.signature), such as an OpenID Connect ID token. Send it to AssumeRoleWithWebIdentity without ProviderId: STS reads the issuer from the iss claim.',
    };
  }
  if (/^Atza\|/.test(raw) || /^Atza%7C/i.test(raw)) {
    const encoded = raw.startsWith('Atza%7C') || raw.startsWith('Atza%7c') ? ' It is URL-encoded (%7C): decode it to "Atza|…" first.' : '';
    return {
      kind: 'opaque-oauth',
      providerId: 'www.amazon.com',
      explanation: `A Login with Amazon OAuth 2.0 access token ("Atza|…"). It carries no readable claims; STS asks Amazon about it. Call AssumeRoleWithWebIdentity with ProviderId www.amazon.com.${encoded}`,
    };
  }
  if (/^EAA[A-Za-z0-9]/.test(raw)) {
    return {
      kind: 'opaque-oauth',
      providerId: 'graph.facebook.com',
      explanation: 'Looks like a Facebook OAuth 2.0 access token ("EAA…"). It carries no readable claims; STS asks Facebook about it. Call AssumeRoleWithWebIdentity with ProviderId graph.facebook.com.',
    };
  }
  if (/^ya29\./.test(raw)) {
    return {
      kind: 'opaque-oauth',
      explanation: 'A Google OAuth 2.0 access token ("ya29.…"). STS does not accept Google access tokens: send the Google ID token (a JWT) instead, without ProviderId.',
    };
  }
  return {
    kind: 'opaque-oauth',
    explanation:
      'Not a JWT: an opaque string, perhaps an OAuth 2.0 access token. STS accepts opaque access tokens only from Login with Amazon (ProviderId www.amazon.com) and Facebook (ProviderId graph.facebook.com); for every other provider send the OpenID Connect ID token, without ProviderId.',
  };
}
