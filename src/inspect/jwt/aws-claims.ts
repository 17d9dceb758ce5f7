/**
 * The token rules STS applies beyond plain JWT decoding (reference §8), as pure functions shared by
 * the inspector's checks and the sandbox's AssumeRoleWithWebIdentity, so the two cannot disagree.
 */
import type { Message } from '../../kernel/message';
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
  /** How it was chosen (the rules' sentences say it in words). */
  how: AudienceHow;
}

/** How the client ID was chosen: aud a single string, azp because aud is a list, a one-element aud list, or none. */
export type AudienceHow = 'single' | 'azp' | 'oneElement' | 'several' | 'none';

/**
 * Which value STS treats as the client ID: `aud` when it is one string; when `aud` is a list, the
 * `azp` claim [O, third-party]; a one-element list without azp falls back to that element [I].
 */
export function chooseAudience(claims: JsonObject): AudienceChoice {
  const aud = claims.aud;
  const azp = typeof claims.azp === 'string' ? claims.azp : undefined;
  if (typeof aud === 'string') return { clientId: aud, how: 'single' };
  if (Array.isArray(aud)) {
    if (azp !== undefined) return { clientId: azp, how: 'azp' };
    if (aud.length === 1 && typeof aud[0] === 'string') return { clientId: aud[0], how: 'oneElement' };
    return { how: 'several' };
  }
  return { how: 'none' };
}

export type TagsClaimResult =
  | { ok: true; principalTags: Record<string, string>; transitiveTagKeys: string[]; warnings: Message[] }
  | { ok: false; error: Message };

/**
 * The claims' problems are Messages for the reader; STS's wire text is their English (`englishOf`), so
 * their English must stay exactly as the sandbox sends it (straight quotes included).
 */
const claim = TAGS_CLAIM;

function checkTag(key: string, value: string): Message | null {
  if (len(key) < 1 || len(key) > 128) return /*i18n*/ { id: 'oidc.tags.keyLength', message: 'The {claim} claim: tag key "{key}" must be 1–128 characters.', values: { claim, key }, verbatim: ['claim', 'key'] };
  if (!TAG_KEY_RE.test(key)) return /*i18n*/ { id: 'oidc.tags.keyCharacters', message: 'The {claim} claim: tag key "{key}" has characters outside letters, digits, spaces and _.:/=+-@.', values: { claim, key }, verbatim: ['claim', 'key'] };
  if (/^aws:/i.test(key)) return /*i18n*/ { id: 'oidc.tags.keyAws', message: 'The {claim} claim: tag key "{key}" may not begin with "aws:".', values: { claim, key }, verbatim: ['claim', 'key'] };
  if (len(value) > 256) return /*i18n*/ { id: 'oidc.tags.valueLength', message: 'The {claim} claim: the value of tag "{key}" is longer than 256 characters.', values: { claim, key }, verbatim: ['claim', 'key'] };
  if (!TAG_VALUE_RE.test(value)) return /*i18n*/ { id: 'oidc.tags.valueCharacters', message: 'The {claim} claim: the value of tag "{key}" has characters outside letters, digits, spaces and _.:/=+-@*.', values: { claim, key }, verbatim: ['claim', 'key'] };
  return null;
}

/**
 * Parses `https://aws.amazon.com/tags`: `{"principal_tags":{"K":["v"]},"transitive_tag_keys":["K"]}`.
 * Each value must be a one-element list of strings; transitive keys must name principal tags.
 */
export function parseTagsClaim(value: unknown): TagsClaimResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: /*i18n*/ { id: 'oidc.tags.notObject', message: 'The {claim} claim must be a JSON object with principal_tags and optionally transitive_tag_keys.', values: { claim }, verbatim: ['claim'] } };
  }
  const obj = value as JsonObject;
  const warnings = Object.keys(obj)
    .filter((k) => k !== 'principal_tags' && k !== 'transitive_tag_keys')
    .map((member): Message => {
      return /*i18n*/ { id: 'oidc.tags.ignoredMember', message: 'The {claim} claim has a member "{member}" that STS ignores.', values: { claim, member }, verbatim: ['claim', 'member'] };
    });
  const principalTags: Record<string, string> = {};
  const raw = obj.principal_tags;
  if (raw !== undefined) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: /*i18n*/ { id: 'oidc.tags.principalTagsNotObject', message: 'The {claim} claim: principal_tags must be an object of tag keys.', values: { claim }, verbatim: ['claim'] } };
    const seen = new Set<string>();
    for (const [key, v] of Object.entries(raw as JsonObject)) {
      if (!Array.isArray(v) || v.length !== 1 || typeof v[0] !== 'string') {
        return { ok: false, error: /*i18n*/ { id: 'oidc.tags.notOneElement', message: 'The {claim} claim: principal_tags["{key}"] must be a one-element list of strings, like ["value"].', values: { claim, key }, verbatim: ['claim', 'key'] } };
      }
      const problem = checkTag(key, v[0]);
      if (problem) return { ok: false, error: problem };
      if (seen.has(key.toLowerCase())) return { ok: false, error: /*i18n*/ { id: 'oidc.tags.duplicateKey', message: 'The {claim} claim: tag keys are case-insensitive and "{key}" appears twice.', values: { claim, key }, verbatim: ['claim', 'key'] } };
      seen.add(key.toLowerCase());
      principalTags[key] = v[0];
    }
    if (seen.size > MAX_SESSION_TAGS) return { ok: false, error: /*i18n*/ { id: 'oidc.tags.tooMany', message: 'The {claim} claim: {count} principal tags; at most {max} are allowed.', values: { claim, count: seen.size, max: MAX_SESSION_TAGS }, verbatim: ['claim'] } };
  }
  const transitiveTagKeys: string[] = [];
  const rawKeys = obj.transitive_tag_keys;
  if (rawKeys !== undefined) {
    if (!Array.isArray(rawKeys) || !rawKeys.every((k): k is string => typeof k === 'string')) {
      return { ok: false, error: /*i18n*/ { id: 'oidc.tags.transitiveNotList', message: 'The {claim} claim: transitive_tag_keys must be a list of strings.', values: { claim }, verbatim: ['claim'] } };
    }
    const lowerKeys = new Set(Object.keys(principalTags).map((k) => k.toLowerCase()));
    for (const k of rawKeys) {
      if (!lowerKeys.has(k.toLowerCase())) return { ok: false, error: /*i18n*/ { id: 'oidc.tags.transitiveNotTag', message: 'The {claim} claim: transitive tag key "{key}" is not one of principal_tags.', values: { claim, key: k }, verbatim: ['claim', 'key'] } };
      if (!transitiveTagKeys.includes(k)) transitiveTagKeys.push(k);
    }
  }
  return { ok: true, principalTags, transitiveTagKeys, warnings };
}

/** Null when the source identity is acceptable, else the reason (sourceIdentityType: 2–64, `[\w+=,.@-]*`); its English is STS's wire text. */
export function sourceIdentityProblem(value: unknown): Message | null {
  const claim = SOURCE_IDENTITY_CLAIM;
  if (typeof value !== 'string') return /*i18n*/ { id: 'oidc.sourceIdentity.notString', message: 'The {claim} claim must be a string.', values: { claim }, verbatim: ['claim'] };
  if (len(value) < 2 || len(value) > 64) return /*i18n*/ { id: 'oidc.sourceIdentity.length', message: 'The {claim} claim must be 2–64 characters; it has {count}.', values: { claim, count: len(value) }, verbatim: ['claim'] };
  if (!SOURCE_IDENTITY_RE.test(value)) return /*i18n*/ { id: 'oidc.sourceIdentity.characters', message: 'The {claim} claim may contain only letters, digits and _+=,.@- (it is "{value}").', values: { claim, value }, verbatim: ['claim', 'value'] };
  return null;
}

/** Values of a claim that may be a string or a list of strings (amr, aud). */
export function stringValues(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}
