import { Text } from '../../i18n/Text';
import { useLingui } from '@lingui/react';
import { useId, useState } from 'react';
import { Button } from '../../ui/Button';
import type { Persistence } from './usePersistence';

/** Keep credentials and history on this device (encrypted): off by default. */
export function PersistenceControls({ persistence: p }: { persistence: Persistence }) {
  const { i18n } = useLingui();
  const id = useId();
  const [want, setWant] = useState(false);
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [unlockPass, setUnlockPass] = useState('');

  return (
    <div role="group" aria-label={i18n._({ id: 'keep.group', message: 'Keep on this device' })} className="mt-3 space-y-2 rounded border border-line px-2 py-2 text-xs">
      {p.status === 'checking' && <p className="text-muted">{i18n._({ id: 'keep.checking', message: 'Looking for saved data…' })}</p>}
      {p.status === 'off' && (
        <>
          <label className="flex items-start gap-1.5">
            <input type="checkbox" checked={want} onChange={(e) => setWant(e.target.checked)} className="mt-0.5" />
            <span>{i18n._({ id: 'keep.offer', message: 'Keep credentials and history on this device (encrypted)' })}</span>
          </label>
          {want && (
            <form
              className="space-y-1.5"
              onSubmit={(e) => {
                e.preventDefault();
                void p.enable(pass, confirm).then(() => {
                  setPass('');
                  setConfirm('');
                });
              }}
            >
              <div>
                <label htmlFor={`${id}-p`} className="block text-muted">{i18n._({ id: 'keep.passphrase', message: 'Passphrase' })}</label>
                <input id={`${id}-p`} type="password" autoComplete="new-password" className="input w-full" value={pass} onChange={(e) => setPass(e.target.value)} />
              </div>
              <div>
                <label htmlFor={`${id}-c`} className="block text-muted">{i18n._({ id: 'keep.confirm', message: 'Confirm passphrase' })}</label>
                <input id={`${id}-c`} type="password" autoComplete="new-password" className="input w-full" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
              </div>
              <Button type="submit" size="sm" variant="primary" disabled={p.busy}>
                {i18n._({ id: 'keep.turnOn', message: 'Turn on' })}
              </Button>
              <p className="text-muted">{i18n._({ id: 'keep.how', message: 'Encrypted with AES-GCM under a key derived from the passphrase. Without it the data cannot be read, and it cannot be recovered.' })}</p>
            </form>
          )}
        </>
      )}
      {p.status === 'locked' && (
        <form
          className="space-y-1.5"
          onSubmit={(e) => {
            e.preventDefault();
            void p.unlock(unlockPass).then(() => setUnlockPass(''));
          }}
        >
          <p>{i18n._({ id: 'keep.locked', message: 'Saved credentials and history are locked.' })}</p>
          <div>
            <label htmlFor={`${id}-u`} className="block text-muted">{i18n._({ id: 'keep.unlockPassphrase', message: 'Passphrase to unlock' })}</label>
            <input id={`${id}-u`} type="password" autoComplete="current-password" className="input w-full" value={unlockPass} onChange={(e) => setUnlockPass(e.target.value)} />
          </div>
          <div className="flex flex-wrap gap-1">
            <Button type="submit" size="sm" variant="primary" disabled={p.busy || unlockPass === ''}>
              {i18n._({ id: 'keep.unlock', message: 'Unlock' })}
            </Button>
            <Button size="sm" variant="danger" onClick={() => void p.forget()} disabled={p.busy}>
              {i18n._({ id: 'keep.forget', message: 'Forget saved data' })}
            </Button>
          </div>
        </form>
      )}
      {p.status === 'on' && (
        <div className="space-y-1.5">
          <p>{p.saving ? i18n._({ id: 'keep.saving', message: 'Saving on this device, encrypted…' }) : i18n._({ id: 'keep.on', message: 'Kept on this device, encrypted.' })}</p>
          <div className="flex flex-wrap gap-1">
            <Button size="sm" onClick={p.lock}>
              {i18n._({ id: 'keep.lock', message: 'Lock' })}
            </Button>
            <Button size="sm" variant="danger" onClick={() => void p.forget()} disabled={p.busy}>
              {i18n._({ id: 'keep.forget', message: 'Forget saved data' })}
            </Button>
          </div>
        </div>
      )}
      {p.busy && <p className="text-muted">{i18n._({ id: 'keep.working', message: 'Working…' })}</p>}
      {p.error && (
        <p role="alert" className="text-danger">
          <Text m={p.error} />
        </p>
      )}
      {p.message && (
        <p role="status" className="text-muted">
          <Text m={p.message} />
        </p>
      )}
    </div>
  );
}
