/**
 * The sandbox clock: real time plus an offset that only moves forward (contracts §4).
 * Lifetimes of credentials, tokens, assertions and MFA codes use it; the SigV4 skew check uses real time.
 */
import type { SandboxRuntime } from './runtime';

export interface SandboxClock {
  /** Sandbox time in milliseconds. */
  nowMs(): number;
  /** Sandbox time in whole seconds. */
  nowSeconds(): number;
  offsetSeconds(): number;
  advance(seconds: number): void;
}

export function createClock(runtime: Pick<SandboxRuntime, 'nowMs'>, initialOffsetSeconds = 0): SandboxClock {
  let offset = initialOffsetSeconds;
  return {
    nowMs: () => runtime.nowMs() + offset * 1000,
    nowSeconds: () => Math.floor((runtime.nowMs() + offset * 1000) / 1000),
    offsetSeconds: () => offset,
    advance(seconds) {
      offset += seconds;
    },
  };
}
