/**
 * Long-term or temporary, from an access key ID's prefix alone (AKIA: an IAM user's or the root user's
 * keys; ASIA: STS session keys). The connection's warnings need only this, not the whole inspector
 * (./access-key.ts, which reads it from here).
 */
export type AccessKeyLifetime = 'long-term' | 'temporary';

export function accessKeyLifetime(id: string): AccessKeyLifetime | null {
  const prefix = id.trim().slice(0, 4).toUpperCase();
  return prefix === 'AKIA' ? 'long-term' : prefix === 'ASIA' ? 'temporary' : null;
}
