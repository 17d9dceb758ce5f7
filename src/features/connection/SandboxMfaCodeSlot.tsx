import { Suspense, lazy, type ComponentProps } from 'react';

// Only sessions with a sandbox MFA device need it: it loads on first use, keeping the first screen small.
const SandboxMfaCode = lazy(() => import('./SandboxMfaCode').then((m) => ({ default: m.SandboxMfaCode })));

/** The code the sandbox's virtual MFA device shows now, with a button that types it in. */
export function SandboxMfaCodeSlot(props: ComponentProps<typeof SandboxMfaCode>) {
  return (
    <Suspense fallback={null}>
      <SandboxMfaCode {...props} />
    </Suspense>
  );
}
