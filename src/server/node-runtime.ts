/**
 * The sandbox runtime on Node: the platform's clock and Web Crypto, plus node:crypto for the
 * per-request work. Every Web Crypto call is a round trip through libuv's thread pool, and one
 * request needs several (SigV4 hashes, sealing the session token); node:crypto computes the same
 * bytes in place. Random bytes come from a pool refilled in 4 KiB blocks, since one call to the
 * system generator costs far more than copying a few bytes out of a block.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, createSecretKey, randomFillSync, type KeyObject } from 'node:crypto';
import { platformRuntime, type SandboxRuntime, type SyncAesGcmKey, type SyncSha256 } from '../sandbox/core/runtime';

export const nodeSha256: SyncSha256 = {
  sha256: (data) => createHash('sha256').update(data).digest(),
  hmacSha256: (key, data) => createHmac('sha256', key).update(data).digest(),
};

const TAG_BYTES = 16;

export function nodeAesGcmKey(raw: Uint8Array): SyncAesGcmKey {
  if (raw.length !== 32) throw new RangeError('An AES-256 key is 32 bytes');
  const key: KeyObject = createSecretKey(raw);
  return {
    encrypt(iv, additionalData, plain) {
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(additionalData);
      return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    },
    decrypt(iv, additionalData, sealed) {
      if (sealed.length < TAG_BYTES) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(additionalData);
        decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
        return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
      } catch {
        return null;
      }
    },
  };
}

const POOL_BYTES = 4096;

/** Cryptographically random bytes, each handed out once, from a pool refilled by the system generator. */
export function pooledRandomBytes(fill: (buffer: Uint8Array) => void = (b) => randomFillSync(b), poolBytes = POOL_BYTES): (length: number) => Uint8Array {
  const pool = new Uint8Array(poolBytes);
  let offset = poolBytes;
  return (length) => {
    if (length > poolBytes) {
      const out = new Uint8Array(length);
      fill(out);
      return out;
    }
    if (offset + length > poolBytes) {
      fill(pool);
      offset = 0;
    }
    const out = pool.slice(offset, offset + length);
    // Used bytes are overwritten so nothing handed out stays behind in the pool.
    pool.fill(0, offset, offset + length);
    offset += length;
    return out;
  };
}

export function nodeRuntime(): SandboxRuntime {
  return { ...platformRuntime(), randomBytes: pooledRandomBytes(), sha256: nodeSha256, importAesGcmKey: nodeAesGcmKey };
}
