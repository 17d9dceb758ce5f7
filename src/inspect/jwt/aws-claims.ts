/**
 * The token rules STS applies beyond plain JWT decoding (reference §8), as pure functions shared by
 * the inspector's checks and the sandbox's AssumeRoleWithWebIdentity, so the two cannot disagree.
 */
import { trimTrailing } from '../../kernel/trim-trailing';
import type { JsonObject } from './types';

export const TAGS_CLAIM = 'https://aws.amazon.com/tags';
export const SOURCE_IDENTITY_CLAIM = 'https://aws.amazon.com/source_identity';
/** Algorithms STS accepts for web identity tokens [M]. */
export const STS_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'] as const;
export const MAX_WEB_IDENTITY_TOKEN_LENGTH = 20000;
const MAX_SESSION_TAGS = 50;

const TAG_KEY_RE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u;
const TAG_VALUE_RE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@*]*$/u;
const SOURCE_IDENTITY_RE = /^[\w+=,.@-]*$/;

export const isIntegerNumericDate = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** Length as Java counts it (UTF-16 code units), which is also JavaScript's `.length`. */
const len = (s: string): number => s.length;

/** `https://host/path` → `host/path`: the prefix of the provider's condition keys and of its ARN. */
export function providerKeyPrefix(url: string): string {
  return trimTrailing(url.replace(/^https:\/\//i, ''), '/');
}

export function oidcProviderArn(accountId: string, url: string): string {
  return `arn:aws:iam::${accountId}:oidc-provider/${providerKeyPrefix(url)}`;
}

export interface AudienceChoice {
  /** The value STS compares with the provider's client IDs (and puts in `<provider>:aud`), if any. */
  clientId?: string;
  /** How it was chosen, in words. */
  how: string;
}

/**
 * Which value STS treats as the client ID: `aud` when it is one string; when `aud` is a list, the
 * `azp` claim [O, third-party]; a one-element list without azp falls back to that element [I].
 */
export function chooseAudience(claims: JsonObject): AudienceChoice {
  const aud = claims.aud;
  const azp = typeof claims.azp === 'string' ? claims.azp : undefined;
  if (typeof aud === 'string') return { clientId: aud, how: 'aud is a single string' };
  if (Array.isArray(aud)) {
    if (azp !== undefined) return { clientId: azp, how: 'aud is a list, so STS uses the azp claim' };
    if (aud.length === 1 && typeof aud[0] === 'string') return { clientId: aud[0], how: 'aud is a one-element list and there is no azp' };
    return { how: 'aud is a list with several values and there is no azp claim to pick the client ID' };
  }
  return { how: 'there is no aud claim' };
}

export type TagsClaimResult =
  | { ok: true; principalTags: Record<string, string>; transitiveTagKeys: string[]; warnings: string[] }
  | { ok: false; error: string };

function checkTag(key: string, value: string): string | null {
  if (len(key) < 1 || len(key) > 128) return `tag key "${key}" must be 1–128 characters`;
  if (!TAG_KEY_RE.test(key)) return `tag key "${key}" has characters outside letters, digits, spaces and _.:/=+-@`;
  if (/^aws:/i.test(key)) return `tag key "${key}" may not begin with "aws:"`;
  if (len(value) > 256) return `the value of tag "${key}" is longer than 256 characters`;
  if (!TAG_VALUE_RE.test(value)) return `the value of tag "${key}" has characters outside letters, digits, spaces and _.:/=+-@*`;
  return null;
}

/**
 * Parses `https://aws.amazon.com/tags`: `{"principal_tags":{"K":["v"]},"transitive_tag_keys":["K"]}`.
 * Each value must be a one-element list of strings; transitive keys must name principal tags.
 */
export function parseTagsClaim(value: unknown): TagsClaimResult {
  const where = `The ${TAGS_CLAIM} claim`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: `${where} must be a JSON object with principal_tags and optionally transitive_tag_keys.` };
  }
  const obj = value as JsonObject;
  const warnings = Object.keys(obj)
    .filter((k) => k !== 'principal_tags' && k !== 'transitive_tag_keys')
    .map((k) => `${where} has a member "${k}" that STS ignores.`);
  const principalTags: Record<string, string> = {};
  const raw = obj.principal_tags;
  if (raw !== undefined) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: `${where}: principal_tags must be an object of tag keys.` };
    const seen = new Set<string>();
    for (const [key, v] of Object.entries(raw as JsonObject)) {
      if (!Array.isArray(v) || v.length !== 1 || typeof v[0] !== 'string') {
        return { ok: false, error: `${where}: principal_tags["${key}"] must be a one-element list of strings, like ["value"].` };
      }
      const problem = checkTag(key, v[0]);
      if (problem) return { ok: false, error: `${where}: ${problem}.` };
      if (seen.has(key.toLowerCase())) return { ok: false, error: `${where}: tag keys are case-insensitive and "${key}" appears twice.` };
      seen.add(key.toLowerCase());
      principalTags[key] = v[0];
    }
    if (seen.size > MAX_SESSION_TAGS) return { ok: false, error: `${where}: ${seen.size} principal tags; at most ${MAX_SESSION_TAGS} are allowed.` };
  }
  const transitiveTagKeys: string[] = [];
  const rawKeys = obj.transitive_tag_keys;
  if (rawKeys !== undefined) {
    if (!Array.isArray(rawKeys) || !rawKeys.every((k): k is string => typeof k === 'string')) {
      return { ok: false, error: `${where}: transitive_tag_keys must be a list of strings.` };
    }
    const lowerKeys = new Set(Object.keys(principalTags).map((k) => k.toLowerCase()));
    for (const k of rawKeys) {
      if (!lowerKeys.has(k.toLowerCase())) return { ok: false, error: `${where}: transitive tag key "${k}" is not one of principal_tags.` };
      if (!transitiveTagKeys.includes(k)) transitiveTagKeys.push(k);
    }
  }
  return { ok: true, principalTags, transitiveTagKeys, warnings };
}

/** Null when the source identity is acceptable, else the reason (sourceIdentityType: 2–64, `[\w+=,.@-]*`). */
export function sourceIdentityProblem(value: unknown): string | null {
  const where = `The ${SOURCE_IDENTITY_CLAIM} claim`;
  if (typeof value !== 'string') return `${where} must be a string.`;
  if (len(value) < 2 || len(value) > 64) return `${where} must be 2–64 characters; it has ${len(value)}.`;
  if (!SOURCE_IDENTITY_RE.test(value)) return `${where} may contain only letters, digits and _+=,.@- (it is "${value}").`;
  return null;
}

/** Values of a claim that may be a string or a list of strings (amr, aud). */
export function stringValues(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}
