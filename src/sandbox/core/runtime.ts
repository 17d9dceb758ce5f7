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
}

export function platformRuntime(): SandboxRuntime {
  const c = globalThis.crypto;
  return {
    nowMs: () => Date.now(),
    randomBytes: (length) => c.getRandomValues(new Uint8Array(length)),
    subtle: c.subtle,
  };
}
