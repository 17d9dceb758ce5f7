/**
 * What the sandbox core takes from its host: real time, randomness and Web Crypto.
 * Tests pass fixed ones; the Node server and the in-page sandbox pass the platform's.
 */
export interface SandboxRuntime {
  /** Real wall-clock time in milliseconds since the epoch (the signature skew check uses this). */
  nowMs(): number;
  /** Cryptographically random bytes. */
  randomBytes(length: number): Uint8Array;
  /** Web Crypto. */
  subtle: SubtleCrypto;
  /**
   * Optional faster SHA-256 for SigV4 verification (the Node server passes node:crypto's, which
   * skips Web Crypto's per-call trip through the thread pool). Without it SigV4 uses `subtle`.
   */
  sha256?: SyncSha256;
  /**
   * Optional synchronous AES-256-GCM for the sandbox's sealing key (session tokens and the other
   * sealed payloads). Without it sealing uses Web Crypto; both produce the same bytes.
   */
  importAesGcmKey?(raw: Uint8Array): SyncAesGcmKey;
}

/** Synchronous SHA-256 and HMAC-SHA256. Must give the same bytes as Web Crypto. */
export interface SyncSha256 {
  sha256(data: Uint8Array): Uint8Array;
  hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array;
}

/**
 * AES-256-GCM with one key, synchronously, in Web Crypto's format: the output is the ciphertext
 * followed by the 16-byte tag; `decrypt` returns null when authentication fails.
 */
export interface SyncAesGcmKey {
  encrypt(iv: Uint8Array, additionalData: Uint8Array, plain: Uint8Array): Uint8Array;
  decrypt(iv: Uint8Array, additionalData: Uint8Array, sealed: Uint8Array): Uint8Array | null;
}

export function platformRuntime(): SandboxRuntime {
  const c = globalThis.crypto;
  return {
    nowMs: () => Date.now(),
    randomBytes: (length) => c.getRandomValues(new Uint8Array(length)),
    subtle: c.subtle,
  };
}
