/** Parts of the shell that only some sessions need, loaded on first use to keep the first screen small. */
import { lazy } from 'react';
import { lazyPart } from '../ui/lazyPart';
import type { CommandPalette as Palette } from './CommandPalette';

export const SandboxMfaCode = lazy(() => import('../features/connection/SandboxMfaCode').then((m) => ({ default: m.SandboxMfaCode })));
export const MfaDialog = lazy(() => import('../features/credentials/MfaDialog').then((m) => ({ default: m.MfaDialog })));
// Opened with Ctrl-K only: prefetched when idle, so it is there before anyone presses it.
export const CommandPalette = lazyPart<Parameters<typeof Palette>[0]>(() => import('./CommandPalette').then((m) => m.CommandPalette));
