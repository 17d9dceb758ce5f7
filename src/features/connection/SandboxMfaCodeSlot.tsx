import { Suspense, lazy } from 'react';
import type { SandboxState } from './useSandbox';

// Only sessions with a sandbox MFA device need it: it loads on first use, keeping the first screen small.
const SandboxMfaCode = lazy(() => import('./SandboxMfaCode').then((m) => ({ default: m.SandboxMfaCode })));

/**
 * The code the sandbox's virtual MFA device `serialNumber` shows now, by the sandbox clock, with a
 * button that types it in. Nothing while no sandbox is connected.
 */
export function SandboxMfaCodeSlot({ sandbox, serialNumber, onFill }: { sandbox: SandboxState; serialNumber: string; onFill: (code: string) => void }) {
  if (!sandbox.connection) return null;
  return (
    <Suspense fallback={null}>
      <SandboxMfaCode connection={sandbox.connection} serialNumber={serialNumber} clockOffsetSeconds={sandbox.clock?.offsetSeconds ?? 0} onFill={onFill} />
    </Suspense>
  );
}
