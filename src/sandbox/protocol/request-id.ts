/** Request IDs are random UUIDs (version 4), as STS's are. */
import type { SandboxRuntime } from '../core/runtime';
import { toHex } from '../sigv4/hex';

type RandomSource = SandboxRuntime['randomBytes'] | Pick<SandboxRuntime, 'randomBytes'>;

/** @param source `runtime` or `runtime.randomBytes` */
export function newRequestId(source: RandomSource): string {
  const b = typeof source === 'function' ? source(16) : source.randomBytes(16);
  if (b.length < 16) throw new Error('randomBytes returned too few bytes');
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const hex = toHex(b.subarray(0, 16));
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
