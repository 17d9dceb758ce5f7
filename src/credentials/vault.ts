/**
 * Opt-in encrypted persistence. A passphrase becomes an AES-GCM 256 key through PBKDF2-SHA256;
 * the saved data is one sealed blob (random 12-byte IV per seal). Only the blob ever reaches
 * storage, through a VaultStore (IndexedDB in the page, memory in tests). The key is
 * non-extractable and lives only in memory.
 */
import { englishOf, type Message } from '../kernel/message';
import { fromBase64, toBase64 } from '../kernel/encoding';

export const VAULT_ITERATIONS = 600_000;
const MIN_ITERATIONS = 310_000;
const AAD = new TextEncoder().encode('sts-workbench vault v1');

export interface KdfParams {
  /** Base64, 16 random bytes. */
  salt: string;
  iterations: number;
}

export interface SealedBlob {
  version: 1;
  kdf: 'PBKDF2-SHA256';
  salt: string;
  iterations: number;
  /** Base64, 12 bytes. */
  iv: string;
  /** Base64 AES-GCM output (ciphertext and tag). */
  ciphertext: string;
}

export interface VaultStore {
  get(): Promise<SealedBlob | undefined>;
  put(blob: SealedBlob): Promise<void>;
  clear(): Promise<void>;
}

export type VaultErrorCode = 'wrong-passphrase' | 'damaged' | 'weak-passphrase';

/** A vault refusal: its English is the Error's message, `words` what the UI shows in the reader's language. */
export class VaultError extends Error {
  constructor(
    public readonly code: VaultErrorCode,
    public readonly words: Message,
  ) {
    super(englishOf(words));
    this.name = 'VaultError';
  }
}

export const WRONG_PASSPHRASE: Message = /*i18n*/ { id: 'vault.wrongPassphrase', message: 'Wrong passphrase: nothing was loaded.' };

/** A base64 field of the saved blob as bytes; a damaged one stops the load as damage, never as a wrong passphrase. */
function bytesOf(field: string, text: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64(text);
  if (!bytes) throw new VaultError('damaged', /*i18n*/ { id: 'vault.notBase64', message: "The saved data's {field} is not base64; nothing was loaded.", values: { field }, verbatim: ['field'] });
  return bytes as Uint8Array<ArrayBuffer>;
}

export function newKdfParams(): KdfParams {
  return { salt: toBase64(globalThis.crypto.getRandomValues(new Uint8Array(16))), iterations: VAULT_ITERATIONS };
}

/** PBKDF2-SHA256(passphrase, salt) → a non-extractable AES-GCM 256 key. */
export async function deriveKey(passphrase: string, salt: string | Uint8Array<ArrayBuffer>, iterations: number = VAULT_ITERATIONS): Promise<CryptoKey> {
  if (iterations < MIN_ITERATIONS) {
    throw new VaultError('damaged', /*i18n*/ { id: 'vault.fewIterations', message: 'The saved data asks for {iterations} PBKDF2 iterations; at least {min} are required.', values: { iterations, min: MIN_ITERATIONS } });
  }
  const subtle = globalThis.crypto.subtle;
  const base = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: typeof salt === 'string' ? bytesOf('salt', salt) : salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts `value` (as JSON) under `key`; `kdf` is stored beside it so the key can be derived again. */
export async function seal(key: CryptoKey, value: unknown, kdf: KdfParams): Promise<SealedBlob> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const sealed = new Uint8Array(await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: AAD }, key, plain));
  return { version: 1, kdf: 'PBKDF2-SHA256', salt: kdf.salt, iterations: kdf.iterations, iv: toBase64(iv), ciphertext: toBase64(sealed) };
}

function checkBlob(blob: unknown): asserts blob is SealedBlob {
  const b = blob as Partial<SealedBlob> | null;
  if (!b || typeof b !== 'object' || b.version !== 1 || b.kdf !== 'PBKDF2-SHA256' || typeof b.salt !== 'string' || typeof b.iv !== 'string' || typeof b.ciphertext !== 'string' || typeof b.iterations !== 'number') {
    throw new VaultError('damaged', /*i18n*/ { id: 'vault.unknownFormat', message: 'The saved data is not in a format this workbench knows; nothing was loaded.' });
  }
}

/** Decrypts a blob. A wrong key (passphrase) fails as a whole: GCM's tag check admits no partial data. */
export async function open(key: CryptoKey, blob: SealedBlob): Promise<unknown> {
  checkBlob(blob);
  const iv = bytesOf('IV', blob.iv);
  const ciphertext = bytesOf('ciphertext', blob.ciphertext);
  let plain: ArrayBuffer;
  try {
    plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: AAD }, key, ciphertext);
  } catch {
    throw new VaultError('wrong-passphrase', WRONG_PASSPHRASE);
  }
  try {
    return JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw new VaultError('damaged', /*i18n*/ { id: 'vault.notJson', message: 'The saved data decrypted but is not valid JSON; nothing was loaded.' });
  }
}

/** A key unlocked for one page visit, with the salt it came from. */
export interface UnlockedVault {
  key: CryptoKey;
  kdf: KdfParams;
}

/** The passphrase rules for a new vault; null when fine. */
export function passphraseProblem(passphrase: string, confirm: string): Message | null {
  if (passphrase.length < 8) return /*i18n*/ { id: 'vault.shortPassphrase', message: 'Use a passphrase of at least {min} characters.', values: { min: 8 } };
  if (passphrase !== confirm) return /*i18n*/ { id: 'vault.passphrasesDiffer', message: 'The two passphrases differ.' };
  return null;
}

/** Starts a vault: a fresh salt and the key for it (nothing is written yet). */
export async function createVault(passphrase: string): Promise<UnlockedVault> {
  const kdf = newKdfParams();
  return { key: await deriveKey(passphrase, kdf.salt, kdf.iterations), kdf };
}

/** Reads and decrypts the saved blob; undefined when nothing is saved. Throws VaultError otherwise. */
export async function unlockVault(store: VaultStore, passphrase: string): Promise<{ vault: UnlockedVault; data: unknown } | undefined> {
  const blob = await store.get();
  if (blob === undefined) return undefined;
  checkBlob(blob);
  const kdf = { salt: blob.salt, iterations: blob.iterations };
  const key = await deriveKey(passphrase, kdf.salt, kdf.iterations);
  return { vault: { key, kdf }, data: await open(key, blob) };
}

/** Seals `value` and writes it. */
export async function saveToVault(store: VaultStore, vault: UnlockedVault, value: unknown): Promise<void> {
  await store.put(await seal(vault.key, value, vault.kdf));
}

/** A VaultStore in memory (tests, and the "nothing persisted" default). */
export function memoryStore(initial?: SealedBlob): VaultStore & { writes: number } {
  let blob = initial;
  const store = {
    writes: 0,
    get: async () => blob,
    put: async (b: SealedBlob) => {
      blob = b;
      store.writes++;
    },
    clear: async () => {
      blob = undefined;
    },
  };
  return store;
}
