import { useLingui } from '@lingui/react';
import { useId, useState, type ReactNode } from 'react';
import type { Message } from '../../kernel/message';
import { Text } from '../../i18n/Text';
import { sandboxErrorMessage } from '../../state/controlErrors';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { ErrorNote, Labeled } from './Card';

/** A deliberate fault the sandbox IdP can build into what it mints. */
export interface MintFault<K extends string> {
  key: K;
  label: Message;
}

/** The faults' on/off state, all off to begin with. */
function useFaults<K extends string>(faults: readonly MintFault<K>[]) {
  return useState<Record<K, boolean>>(() => Object.fromEntries(faults.map((f) => [f.key, false])) as Record<K, boolean>);
}

/**
 * Runs a mint: validation errors (a Message) and the sandbox's refusals (thrown) both end up in
 * `error`; `busy` while the control call is out.
 */
function useMint() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Message | null>(null);
  const run = async (mint: () => Promise<Message | null>) => {
    setError(null);
    setBusy(true);
    try {
      setError(await mint());
    } catch (e) {
      setError(sandboxErrorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/**
 * A mint form's state in one piece: the faults' checkboxes and the run. `frame(mint)` gives the
 * MintFormFrame props that submit with `mint`.
 */
export function useMintForm<K extends string>(faults: readonly MintFault<K>[]) {
  const [faultState, setFaults] = useFaults(faults);
  const { busy, error, run } = useMint();
  const frame = (mint: () => Promise<Message | null>) => ({
    faults,
    faultState,
    onFault: (key: K, on: boolean) => setFaults((s) => ({ ...s, [key]: on })),
    busy,
    error,
    onSubmit: () => void run(mint),
  });
  return { faultState, frame };
}

/** A one-line text field of a mint form. */
export function MintField({ label, value, onChange, hint, mono = true, inputMode }: { label: ReactNode; value: string; onChange: (v: string) => void; hint?: ReactNode; mono?: boolean; inputMode?: 'numeric' }) {
  return (
    <Labeled label={label} {...(hint ? { hint } : {})}>
      {(p) => <input {...p} className={`input ${mono ? 'font-mono text-xs' : ''}`} value={value} onChange={(e) => onChange(e.target.value)} {...(inputMode ? { inputMode } : {})} />}
    </Labeled>
  );
}

export interface MintFormFrameProps<K extends string> {
  /** The form's accessible name ("Mint a SAML response"). */
  label: string;
  faults: readonly MintFault<K>[];
  faultState: Record<K, boolean>;
  onFault: (key: K, on: boolean) => void;
  busy: boolean;
  error: Message | null;
  onSubmit: () => void;
  /** Where the minted result goes, under the button. */
  note: Message;
  children: ReactNode;
}

/**
 * The one shape of the sandbox IdP forms (SAML and OIDC): the protocol's fields, the deliberate
 * faults as checkboxes, the sandbox's refusal, and "Mint and inspect".
 */
export function MintFormFrame<K extends string>({ label, faults, faultState, onFault, busy, error, onSubmit, note, children }: MintFormFrameProps<K>) {
  const { i18n } = useLingui();
  const id = useId();
  return (
    <form
      className="space-y-3"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <fieldset>
        <legend className="mb-1 text-[13px] font-medium text-fg">{i18n._({ id: 'mint.faults', message: 'Deliberate faults' })}</legend>
        <div className="grid grid-cols-1 gap-1 sm:grid-cols-2">
          {faults.map((f) => (
            <label key={f.key} className="flex items-center gap-2 text-xs" htmlFor={`${id}-${f.key}`}>
              <input id={`${id}-${f.key}`} type="checkbox" checked={faultState[f.key]} onChange={(e) => onFault(f.key, e.target.checked)} />
              <Text m={f.label} />
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <ErrorNote>
          <Text m={error} />
        </ErrorNote>
      )}
      <Button type="submit" variant="primary" disabled={busy}>
        {busy && <Spinner />}
        {i18n._({ id: 'mint.submit', message: 'Mint and inspect' })}
      </Button>
      <p className="text-[11px] text-muted">
        <Text m={note} />
      </p>
    </form>
  );
}
