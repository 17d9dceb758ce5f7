/** Parts of the shell that only some sessions need, loaded on first use to keep the first screen small. */
import { lazy } from 'react';

export const SandboxMfaCode = lazy(() => import('../features/connection/SandboxMfaCode').then((m) => ({ default: m.SandboxMfaCode })));
export const MfaDialog = lazy(() => import('../features/credentials/MfaDialog').then((m) => ({ default: m.MfaDialog })));
