import { useLingui } from '@lingui/react';
import { useEffect, useState } from 'react';
import { Text, Words } from '../../i18n/Text';
import { readSandboxTrace, type SandboxTraceRead } from '../../policy/sandbox-trace';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { TraceView } from './TraceView';

export interface DeniedCallTraceProps {
  /** The encoded authorization message of the denial. */
  encoded: string;
  /** It came in the sandbox's x-sandbox-authorization-message header, not inside the error message. */
  fromHeader: boolean;
  /** Calls DecodeAuthorizationMessage (through the workbench's STS client) and answers DecodedMessage. */
  decode: (encoded: string) => Promise<string>;
}

type State = { status: 'pending' } | { status: 'done'; read: SandboxTraceRead } | { status: 'failed'; error: string };

/**
 * Under a sandbox AccessDenied: decodes the sandbox's explanation (the encoded authorization message
 * of its x-sandbox-authorization-message header; AWS's error text carries none) and shows its
 * sandboxTrace with the same view as the trust-policy check before the call.
 */
export function DeniedCallTrace({ encoded, fromHeader, decode }: DeniedCallTraceProps) {
  const { i18n } = useLingui();
  const heading = i18n._({ id: 'deniedTrace.heading', message: 'Why the sandbox said no' });
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<State>({ status: 'pending' });
  useEffect(() => {
    let live = true;
    setState({ status: 'pending' });
    decode(encoded).then(
      (message) => live && setState({ status: 'done', read: readSandboxTrace(message) }),
      (e: unknown) => live && setState({ status: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
    // decode is a new closure on each render of the shell; the message and the retry count decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [encoded, attempt]);

  return (
    <section className="mt-2 space-y-1.5 rounded border border-line bg-surface-2/40 p-2" aria-label={heading} data-testid="denied-trace">
      <h4 className="text-[11px] font-semibold tracking-wide text-muted uppercase">{heading}</h4>
      {state.status === 'pending' && (
        <p className="flex items-center gap-1.5 text-xs text-muted">
          <Spinner /> <Text m={/*i18n*/ { id: 'deniedTrace.decoding', message: 'Decoding the authorization message ({operation})…', values: { operation: 'DecodeAuthorizationMessage' }, verbatim: ['operation'] }} />
        </p>
      )}
      {state.status === 'failed' && (
        <div className="space-y-1 text-xs">
          <p className="text-danger">
            <Text m={/*i18n*/ { id: 'deniedTrace.failed', message: '{operation} failed: {error}', values: { operation: 'DecodeAuthorizationMessage', error: state.error }, verbatim: ['operation', 'error'] }} />
          </p>
          <p className="text-muted">
            <Text m={/*i18n*/ { id: 'deniedTrace.needsPermission', message: 'It is signed with the connection’s source credentials, which need {action} (the demo user has it).', values: { action: 'sts:DecodeAuthorizationMessage' }, verbatim: ['action'] }} />
          </p>
          <Button size="sm" onClick={() => setAttempt((n) => n + 1)}>
            {i18n._({ id: 'deniedTrace.retry', message: 'Try again' })}
          </Button>
        </div>
      )}
      {state.status === 'done' && !state.read.ok && (
        <p className="text-xs text-muted">
          <Words w={state.read.error} />
        </p>
      )}
      {state.status === 'done' && state.read.ok && (
        <TraceView
          trace={state.read.trace}
          request={state.read.request}
          source={
            fromHeader
              ? /*i18n*/ { id: 'deniedTrace.fromHeader', message: 'Decoded from the sandbox’s {header} header (AWS’s message above is exactly AWS’s and says no more)', values: { header: 'x-sandbox-authorization-message' }, verbatim: ['header'] }
              : /*i18n*/ { id: 'deniedTrace.fromMessage', message: 'Decoded from the error’s encoded authorization message' }
          }
        />
      )}
    </section>
  );
}
