import { translate } from '../../i18n/translate';
import { useLingui } from '@lingui/react';
import { useId, useState } from 'react';
import { describeAccessKeyId } from '../../inspect/access-key';
import type { Message } from '../../kernel/message';
import { Button } from '../../ui/Button';
import { EyeIcon, EyeOffIcon } from '../../ui/icons';
import type { Connection, CredentialFields } from './useConnection';

const FIELDS: ReadonlyArray<{ key: keyof CredentialFields; label: Message; secret: boolean; placeholder: Message }> = [
  { key: 'accessKeyId', label: /*i18n*/ { id: 'creds.accessKeyId', message: 'Access key ID' }, secret: false, placeholder: /*i18n*/ { id: 'keys.placeholder.id', message: 'AKIA… or ASIA…' } },
  { key: 'secretAccessKey', label: /*i18n*/ { id: 'creds.secretAccessKey', message: 'Secret access key' }, secret: true, placeholder: /*i18n*/ { id: 'keys.placeholder.secret', message: '40 characters' } },
  { key: 'sessionToken', label: /*i18n*/ { id: 'keys.sessionTokenLabel', message: 'Session token (temporary credentials only)' }, secret: true, placeholder: /*i18n*/ { id: 'keys.placeholder.token', message: 'only for ASIA… keys' } },
];

/** The source credentials that sign requests. Held in React state only; masked, never autocompleted. */
export function CredentialsFields({ connection, unsigned }: { connection: Connection; unsigned: boolean }) {
  const { i18n } = useLingui();
  const id = useId();
  const [shown, setShown] = useState(false);
  const c = connection.credentials;
  const key = c.accessKeyId.trim() ? describeAccessKeyId(c.accessKeyId) : null;
  const keyNote = key
    ? key.problems.length
      ? key.problems.map((m) => translate(i18n, m)).join('; ')
      : key.account
        ? i18n._({ id: 'keys.kindOfAccount', message: '{temporary, select, yes {Temporary key} other {Long-term key}} of account {account}', values: { temporary: key.temporary ? 'yes' : 'no', account: key.account } })
        : i18n._({ id: 'keys.kind', message: '{temporary, select, yes {Temporary key} other {Long-term key}}', values: { temporary: key.temporary ? 'yes' : 'no' } })
    : null;
  return (
    <fieldset className="min-w-0" aria-describedby={`${id}-note`}>
      <legend className="mb-1 text-[13px] font-medium">{i18n._({ id: 'keys.legend', message: 'Source credentials' })}</legend>
      <p id={`${id}-note`} className="mb-2 text-xs text-muted">
        {unsigned
          ? i18n._({ id: 'keys.unusedUnsigned', message: 'This operation is sent unsigned: these keys are not used for it.' })
          : i18n._({ id: 'keys.inMemory', message: 'They sign requests inside this page and are kept in memory only: never stored, never put in the URL.' })}
      </p>
      <div className="grid grid-cols-2 gap-x-3 gap-y-2">
        {FIELDS.map((f) => (
          <div key={f.key} className={f.key === 'sessionToken' ? 'col-span-2' : undefined}>
            <label htmlFor={`${id}-${f.key}`} className="mb-1 block text-xs text-muted">
              {i18n._(f.label)}
            </label>
            <input
              id={`${id}-${f.key}`}
              type={f.secret && !shown ? 'password' : 'text'}
              className="input font-mono"
              autoComplete="off"
              spellCheck={false}
              data-1p-ignore
              data-lpignore="true"
              placeholder={i18n._(f.placeholder)}
              value={c[f.key]}
              onChange={(e) => connection.setCredential(f.key, e.target.value)}
              aria-describedby={f.key === 'accessKeyId' && keyNote ? `${id}-keynote` : undefined}
            />
            {f.key === 'accessKeyId' && keyNote && (
              <p id={`${id}-keynote`} className={`mt-0.5 text-[11px] ${key?.problems.length ? 'text-warn' : 'text-muted'}`}>
                {keyNote}
              </p>
            )}
          </div>
        ))}
      </div>
      <div className="mt-2 flex flex-wrap gap-1">
        <Button size="sm" variant="ghost" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
          {shown ? <EyeOffIcon /> : <EyeIcon />} {shown ? i18n._({ id: 'keys.hideSecrets', message: 'Hide secrets' }) : i18n._({ id: 'keys.showSecrets', message: 'Show secrets' })}
        </Button>
        {connection.kind === 'sandbox' && connection.sandbox.connection?.info.demo && (
          <Button size="sm" variant="ghost" onClick={connection.resetToDemoUser}>
            {i18n._({ id: 'keys.useDemo', message: 'Use the demo user' })}
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={connection.clearCredentials} disabled={!c.accessKeyId && !c.secretAccessKey && !c.sessionToken}>
          {i18n._({ id: 'keys.clear', message: 'Clear' })}
        </Button>
      </div>
    </fieldset>
  );
}
