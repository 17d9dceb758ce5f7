/**
 * The credentials feature on screen: the sidebar's sets with their notes and the vault's controls, and
 * the overlays (expiry notices, the export dialog, the MFA code a refresh asks for). The state behind
 * them is the app's non-visual credentials hook (src/app/credentialsWiring.tsx); it comes in as a model.
 */
import type { Message } from '../../kernel/message';
import { Suspense, lazy, useEffect, useState, type ReactNode } from 'react';
import type { CredentialSet } from '../../credentials/credential-set';
import type { usePersistence } from './usePersistence';
import { lazyAfterFirstScreen } from '../../ui/lazyPart';

// The export formats and the MFA dialog load with first use; afterwards they stay mounted (they restore focus on close).
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));
const MfaDialog = lazy(() => import('./MfaDialog').then((m) => ({ default: m.MfaDialog })));
// The expiry notices: mounted with the first set (long before any can expire), not with the first screen.
const CredentialNotices = lazy(() => import('./ExpiryNotices').then((m) => ({ default: m.CredentialNotices })));

export interface CredentialsModel {
  sets: readonly CredentialSet[];
  sandboxOffsetMs: number;
  activeSetId: string | undefined;
  /** A short line under a set ("Refreshing…", "Refreshed.", why a refresh cannot run). */
  notes: Readonly<Record<string, Message>>;
  persistence: ReturnType<typeof usePersistence>;
  use: (set: CredentialSet) => void;
  refresh: (set: CredentialSet, tokenCode?: string) => void;
  forget: (set: CredentialSet) => void;
  /** The set whose refresh waits for an MFA code, and how to stop waiting. */
  mfaFor: CredentialSet | null;
  cancelMfa: () => void;
  /** The set whose export dialog is open. */
  exporting: CredentialSet | null;
  setExporting: (set: CredentialSet | null) => void;
}

// The sets and the vault's controls sit at the foot of the sidebar (behind the menu on a phone): they load
// after the first paint, and appear below the menus, so nothing above them moves.
export const CredentialsSidebar = lazyAfterFirstScreen(() => import('./CredentialsSidebar').then((m) => m.CredentialsSidebar));

/** Mounted once the thing it shows was first needed, then kept. */
function useOnceUsed(needed: boolean): boolean {
  const [used, setUsed] = useState(false);
  useEffect(() => {
    if (needed) setUsed(true);
  }, [needed]);
  return used || needed;
}

export function CredentialOverlays({ model, codeHint }: {
  model: CredentialsModel;
  /** The code a sandbox device (this serial) shows now, when calls go to a sandbox. */
  codeHint?: (serial: string, fill: (code: string) => void) => ReactNode;
}) {
  const { mfaFor, exporting } = model;
  const exportShown = useOnceUsed(exporting !== null);
  const mfaShown = useOnceUsed(mfaFor !== null);
  const noticesShown = useOnceUsed(model.sets.length > 0);
  const serial = typeof mfaFor?.source.input.SerialNumber === 'string' ? mfaFor.source.input.SerialNumber : '';
  return (
    <>
      {noticesShown && (
        <Suspense fallback={null}>
          <CredentialNotices sets={model.sets} sandboxOffsetMs={model.sandboxOffsetMs} />
        </Suspense>
      )}
      {exportShown && (
        <Suspense fallback={null}>
          <ExportDialog set={exporting} onClose={() => model.setExporting(null)} />
        </Suspense>
      )}
      {mfaShown && (
        <Suspense fallback={null}>
          <MfaDialog
            open={mfaFor !== null}
            setName={mfaFor?.name ?? ''}
            serial={serial}
            codeHint={codeHint && serial && mfaFor?.source.sandboxClock ? (fill) => codeHint(serial, fill) : undefined}
            onCancel={model.cancelMfa}
            onSubmit={(code) => {
              const s = mfaFor;
              model.cancelMfa();
              if (s) model.refresh(s, code);
            }}
          />
        </Suspense>
      )}
    </>
  );
}

/**
 * Above the form: the chain of sets that signs this call, and the rules it runs into. It comes after the
 * first paint; with no set yet and long-term keys it usually shows nothing.
 */
export const CredentialChain = lazyAfterFirstScreen(() => import('./CredentialChain').then((m) => m.CredentialChain));
