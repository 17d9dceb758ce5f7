/**
 * Derived signing keys kept for reuse, as the AWS SDKs keep them: the key depends only on the
 * secret and the credential scope (date, Region, service), so one derivation serves every request
 * signed with those credentials that day, instead of four HMACs per request. With Web Crypto the
 * imported HMAC key is kept too. The cache is bounded (least recently used entries go first);
 * its keys and values are secret material and are never logged. A key for another date is a
 * different entry, so neither the date changing nor the sandbox clock moving can serve a stale key.
 */
import { BoundedCache } from '../core/bounded-cache';
import { toHex, utf8 } from './hex';
import { hmacSha256WithKey, importHmacKey, isSyncSha256, type Sha256Source } from './sha256';
import { signingKey } from './signing-key';

export const SIGNING_KEY_CACHE_LIMIT = 256;

interface Entry {
  /** The derived key. Shared: never mutate it. */
  bytes: Uint8Array;
  /** The same key imported into the Web Crypto it was last used with. */
  imported?: { subtle: SubtleCrypto; key: Promise<CryptoKey> };
}

const cache = new BoundedCache<string, Entry>(SIGNING_KEY_CACHE_LIMIT);

/** Length-prefixed, so no choice of scope elements can make two different scopes share an entry. */
function entryId(secretAccessKey: string, date: string, region: string, service: string): string {
  return `${date.length}:${date}${region.length}:${region}${service.length}:${service}${secretAccessKey}`;
}

async function entryFor(source: Sha256Source, secretAccessKey: string, date: string, region: string, service: string): Promise<Entry> {
  const id = entryId(secretAccessKey, date, region, service);
  let entry = cache.get(id);
  if (!entry) {
    entry = { bytes: await signingKey(source, secretAccessKey, date, region, service) };
    cache.set(id, entry);
  }
  return entry;
}

/** The signing key for a secret and scope, derived once and then reused. Do not mutate the result. */
export async function cachedSigningKey(source: Sha256Source, secretAccessKey: string, date: string, region: string, service: string): Promise<Uint8Array> {
  return (await entryFor(source, secretAccessKey, date, region, service)).bytes;
}

/** Hex SigV4 signature of `toSign` with the signing key of a secret and scope. */
export async function signWithScope(source: Sha256Source, secretAccessKey: string, date: string, region: string, service: string, toSign: string): Promise<string> {
  const entry = await entryFor(source, secretAccessKey, date, region, service);
  if (isSyncSha256(source)) return toHex(source.hmacSha256(entry.bytes, utf8(toSign)));
  if (entry.imported?.subtle !== source) entry.imported = { subtle: source, key: importHmacKey(source, entry.bytes) };
  return toHex(await hmacSha256WithKey(source, await entry.imported.key, toSign));
}

/** How many signing keys are held (for tests). */
export const signingKeyCacheSize = (): number => cache.size;

/** Forgets every cached signing key. */
export const clearSigningKeyCache = (): void => cache.clear();
