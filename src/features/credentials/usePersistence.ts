/**
 * Opt-in persistence: off by default (nothing is written). On: the credential sets and the call
 * history are sealed with a key derived from the passphrase and written on every change. After a
 * reload the vault stays locked until the passphrase is given again.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { CredentialSet } from '../../credentials/credential-set';
import type { SavedData } from '../../credentials/saved-data';
import type { UnlockedVault, VaultStore } from '../../credentials/vault';
import type { Message } from '../../kernel/message';
import { indexedDbStore } from './indexedDbStore';

// The vault's crypto and the saved data's format load when persistence is first used; off (the default) never needs them.
const vaultLib = () => Promise.all([import('../../credentials/vault'), import('../../credentials/saved-data')]).then(([vault, data]) => ({ ...vault, ...data }));

/** A VaultError, told by its shape: the vault module loads lazily, so its class is not at hand here. */
const isVaultError = (e: unknown): e is Error & { words: Message } => e instanceof Error && e.name === 'VaultError' && typeof (e as { words?: unknown }).words === 'object';

export type PersistenceStatus = 'checking' | 'off' | 'locked' | 'on';

export interface Persistence {
  status: PersistenceStatus;
  busy: boolean;
  /** A change is waiting to be written (writes are debounced). */
  saving: boolean;
  error: Message | null;
  message: Message | null;
  enable: (passphrase: string, confirm: string) => Promise<void>;
  unlock: (passphrase: string) => Promise<void>;
  lock: () => void;
  forget: () => Promise<void>;
}

export function usePersistence(
  sets: readonly CredentialSet[],
  history: readonly unknown[],
  onRestore: (data: SavedData) => Promise<void> | void,
  /** The in-page sandbox's state (its keys and clock), saved with the sets so they survive a reload. */
  inPageSandbox?: unknown,
  store: VaultStore = indexedDbStore,
): Persistence {
  const [status, setStatus] = useState<PersistenceStatus>('checking');
  const [busy, setBusy] = useState(false);
  // What the vault holds now (the inputs of the last completed write): any difference is a pending save.
  const [written, setWritten] = useState<{ sets: unknown; history: unknown; inPageSandbox: unknown } | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const vault = useRef<UnlockedVault | null>(null);

  useEffect(() => {
    let live = true;
    // A transition: this lands as the page starts, and an urgent update would re-render the whole shell in one long task.
    const settle = (next: PersistenceStatus) => live && startTransition(() => setStatus(next));
    store
      .get()
      .then((blob) => settle(blob ? 'locked' : 'off'))
      .catch(() => settle('off'));
    return () => {
      live = false;
    };
  }, [store]);

  // Save on every change while on (the latest state wins; writes are small).
  const latest = useRef({ sets, history, inPageSandbox });
  latest.current = { sets, history, inPageSandbox };
  useEffect(() => {
    const v = vault.current;
    if (status !== 'on' || !v) return;
    const t = setTimeout(() => {
      const input = { ...latest.current };
      void vaultLib()
        .then(({ saveToVault, savedData }) => saveToVault(store, v, savedData(input.sets, input.history, input.inPageSandbox)))
        .then(() => setWritten(input))
        .catch((e: unknown) => setError(/*i18n*/ { id: 'vault.savingFailed', message: 'Saving failed: {detail}', values: { detail: e instanceof Error ? e.message : String(e) }, verbatim: ['detail'] }));
    }, 150);
    return () => clearTimeout(t);
  }, [status, sets, history, inPageSandbox, store]);

  const run = useCallback(async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await fn();
    } catch (e) {
      setError(
        isVaultError(e)
          ? e.words
          : /*i18n*/ { id: 'vault.failed', message: 'Something went wrong: {detail}', values: { detail: e instanceof Error ? e.message : String(e) }, verbatim: ['detail'] },
      );
    } finally {
      setBusy(false);
    }
  }, []);

  const enable = useCallback(
    (passphrase: string, confirm: string) =>
      run(async () => {
        const { createVault, passphraseProblem, saveToVault, savedData, VaultError } = await vaultLib();
        const problem = passphraseProblem(passphrase, confirm);
        if (problem) throw new VaultError('weak-passphrase', problem);
        const v = await createVault(passphrase);
        await saveToVault(store, v, savedData(latest.current.sets, latest.current.history, latest.current.inPageSandbox));
        vault.current = v;
        setStatus('on');
        setMessage(/*i18n*/ { id: 'vault.enabled', message: 'Credential sets and history are now kept on this device, encrypted.' });
      }),
    [run, store],
  );

  const unlock = useCallback(
    (passphrase: string) =>
      run(async () => {
        const { unlockVault, readSavedData, VaultError } = await vaultLib();
        const opened = await unlockVault(store, passphrase);
        if (!opened) {
          setStatus('off');
          throw new VaultError('damaged', /*i18n*/ { id: 'vault.nothingSaved', message: 'There is no saved data on this device.' });
        }
        const data = readSavedData(opened.data);
        vault.current = opened.vault;
        await onRestore(data);
        setStatus('on');
        setMessage(/*i18n*/ {
          id: 'vault.unlocked',
          message: 'Unlocked: {sets, plural, one {# credential set} other {# credential sets}} and {entries, plural, one {# history entry} other {# history entries}} restored.',
          values: { sets: data.sets.length, entries: data.history.length },
        });
      }),
    [run, store, onRestore],
  );

  const lock = useCallback(() => {
    vault.current = null;
    setStatus('locked');
    setError(null);
    setMessage(/*i18n*/ { id: 'vault.locked', message: 'Locked: the key is forgotten; changes are not saved until you unlock again.' });
  }, []);

  const forget = useCallback(
    () =>
      run(async () => {
        vault.current = null;
        await store.clear();
        setStatus('off');
        setMessage(/*i18n*/ { id: 'vault.forgotten', message: 'Saved data deleted from this device.' });
      }),
    [run, store],
  );

  const saving = status === 'on' && (written?.sets !== sets || written.history !== history || written.inPageSandbox !== inPageSandbox);
  return { status, busy, saving, error, message, enable, unlock, lock, forget };
}
