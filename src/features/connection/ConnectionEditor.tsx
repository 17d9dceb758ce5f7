import { useLingui } from '@lingui/react';
import { useId } from 'react';
import { Text } from '../../i18n/Text';
import type { Message } from '../../kernel/message';
import { Button } from '../../ui/Button';
import { cx } from '../../ui/cx';
import { CredentialsFields } from './CredentialsFields';
import { SandboxClock } from './SandboxClock';
import { TargetFields } from './TargetFields';
import type { Connection, TargetKind } from './useConnection';

const KINDS: ReadonlyArray<{ kind: TargetKind; label: Message }> = [
  { kind: 'sandbox', label: /*i18n*/ { id: 'connection.kind.sandbox', message: 'Sandbox' } },
  { kind: 'aws', label: /*i18n*/ { id: 'connection.kind.aws', message: 'AWS' } },
  { kind: 'custom', label: /*i18n*/ { id: 'connection.kind.custom', message: 'Custom endpoint' } },
];

/** The connection panel's editor: which target (sandbox, AWS, a custom endpoint), the sandbox's clock, the source keys. */
export function ConnectionEditor({ connection, unsigned }: { connection: Connection; unsigned: boolean }) {
  const { i18n } = useLingui();
  const id = useId();
  return (
    <>
      <fieldset>
        <legend className="mb-1 text-[13px] font-medium">{i18n._({ id: 'connection.target', message: 'Target' })}</legend>
        <div className="inline-flex rounded border border-line-strong p-0.5" role="radiogroup" aria-label={i18n._({ id: 'connection.target', message: 'Target' })}>
          {KINDS.map((k) => (
            <label
              key={k.kind}
              className={cx(
                'cursor-pointer rounded px-3 py-1 text-xs font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-focus',
                connection.kind === k.kind ? 'bg-accent text-accent-fg' : 'text-fg hover:bg-surface-2',
              )}
            >
              <input type="radio" className="sr-only" name={`${id}-kind`} value={k.kind} checked={connection.kind === k.kind} onChange={() => connection.setKind(k.kind)} />
              {i18n._(k.label)}
            </label>
          ))}
        </div>
      </fieldset>

      {connection.kind === 'sandbox' ? (
        <div className="space-y-2">
          <p className="text-xs text-muted" data-testid="sandbox-mode">
            {connection.sandbox.status === 'pending' && i18n._({ id: 'world.looking', message: 'Looking for the sandbox…' })}
            {connection.sandbox.status === 'error' && (
              <span className="text-danger">
                {i18n._({ id: 'connection.sandboxFailed', message: 'The sandbox could not start:' })} {connection.sandbox.error && <Text m={connection.sandbox.error} />}{' '}
                <Button size="sm" variant="ghost" onClick={connection.sandbox.retry}>
                  {i18n._({ id: 'boundary.tryAgain', message: 'Try again' })}
                </Button>
              </span>
            )}
            {connection.sandbox.connection?.mode === 'server' &&
              i18n._({ id: 'connection.mode.server', message: 'Using the sandbox STS of the server that serves this page. Its state (the clock, the signing keys) is shared with the AWS CLI and SDKs pointed at it.' })}
            {connection.sandbox.connection?.mode === 'in-page' &&
              i18n._({ id: 'connection.mode.inPage', message: 'No sandbox server answered, so the sandbox runs inside this page: requests never reach the network, and its state lasts until the page is reloaded.' })}
          </p>
          <SandboxClock sandbox={connection.sandbox} />
        </div>
      ) : (
        <TargetFields connection={connection} />
      )}

      <CredentialsFields connection={connection} unsigned={unsigned} />
    </>
  );
}
