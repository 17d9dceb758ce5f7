import { Text } from '../../i18n/Text';
import { useLingui } from '@lingui/react';
import { useQuery } from '@tanstack/react-query';
import { Button } from '../../ui/Button';
import { useNow } from '../../ui/ticker';
import { sandboxErrorMessage } from '../../state/controlErrors';
import { callControl, type SandboxConnection } from './sandboxApi';

/**
 * What the sandbox MFA device named in SerialNumber shows now, on the sandbox clock (so a workshop
 * needs no phone), with the seconds it stays valid and a button that types it into TokenCode.
 */
export function SandboxMfaCode({ connection, serialNumber, clockOffsetSeconds, onFill }: {
  connection: SandboxConnection;
  serialNumber: string;
  /** Part of the query's key: a clock move means another code. */
  clockOffsetSeconds: number;
  onFill: (code: string) => void;
}) {
  const { i18n } = useLingui();
  const query = useQuery({
    queryKey: ['sandbox', 'mfa-code', connection.mode, serialNumber, clockOffsetSeconds],
    queryFn: () => callControl(connection, 'GET /_sandbox/mfa/code', { serialNumber }),
    retry: false,
    // Ask again just after the code changes.
    refetchInterval: (q) => (q.state.data?.secondsLeft ? q.state.data.secondsLeft * 1000 + 250 : false),
  });
  const now = useNow();
  if (query.isError) {
    return (
      <p className="mt-1 text-xs text-muted">
        <Text m={sandboxErrorMessage(query.error)} />
      </p>
    );
  }
  if (!query.data) return null;
  const { code, secondsLeft } = query.data;
  const left = secondsLeft === null ? null : Math.max(0, secondsLeft - Math.floor((now - query.dataUpdatedAt) / 1000));
  const shown = (
    <code className="font-mono text-sm tracking-widest text-fg" translate="no">
      {code}
    </code>
  );
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted" data-testid="sandbox-mfa-code">
      <span>
        {i18n._({ id: 'mfa.deviceShows', message: 'This sandbox device shows' })} {shown}
        {left === null ? ` ${i18n._({ id: 'mfa.fixedCode', message: '(a fixed code)' })}` : ` · ${i18n._({ id: 'mfa.secondsLeft', message: '{left} s left', values: { left } })}`}
      </span>
      <Button size="sm" variant="secondary" onClick={() => onFill(code)}>
        {i18n._({ id: 'mfa.fill', message: 'Fill the code' })}
      </Button>
    </div>
  );
}
