import { useLingui } from '@lingui/react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Text } from '../../i18n/Text';
import { Button } from '../../ui/Button';

/** Refresh of a set made with an MFA code: a new six-digit code is needed. */
export function MfaDialog({ open, setName, serial, codeHint, onSubmit, onCancel }: {
  open: boolean;
  setName: string;
  serial: string;
  /** What the device shows now, when the shell knows it (a sandbox device), with a way to type it in. */
  codeHint?: (fill: (code: string) => void) => ReactNode;
  onSubmit: (code: string) => void;
  onCancel: () => void;
}) {
  const { i18n } = useLingui();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [code, setCode] = useState('');
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      setCode('');
      d.showModal();
    } else if (!open && d.open) d.close();
  }, [open]);
  const valid = /^\d{6}$/.test(code);
  return (
    <dialog ref={dialog} aria-label={i18n._({ id: 'mfa.dialog', message: 'MFA code for refresh' })} onClose={onCancel} className="fixed inset-x-0 top-[20vh] mx-auto w-[min(380px,92vw)] rounded-lg border border-line bg-surface p-4 text-fg shadow-2xl backdrop:bg-black/40">
      <form
        method="dialog"
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onSubmit(code);
        }}
      >
        <p className="text-sm">
          {serial ? (
            <Text m={/*i18n*/ { id: 'mfa.explainSerial', message: '{name} was made with an MFA code. Enter a new code from {serial} to refresh it.', values: { name: setName, serial }, verbatim: ['name', 'serial'] }} />
          ) : (
            <Text m={/*i18n*/ { id: 'mfa.explain', message: '{name} was made with an MFA code. Enter a new code from the MFA device to refresh it.', values: { name: setName }, verbatim: ['name'] }} />
          )}
        </p>
        <div>
          <label htmlFor={`${id}-code`} className="block text-xs text-muted">
            {i18n._({ id: 'mfa.code', message: 'MFA code (6 digits)' })}
          </label>
          <input id={`${id}-code`} className="input w-32 font-mono" inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value.trim())} />
          {open && codeHint?.(setCode)}
        </div>
        <div className="flex justify-end gap-1">
          <Button onClick={onCancel}>{i18n._({ id: 'mfa.cancel', message: 'Cancel' })}</Button>
          <Button type="submit" variant="primary" disabled={!valid}>
            {i18n._({ id: 'sets.refresh', message: 'Refresh' })}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
