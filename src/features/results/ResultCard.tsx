import { targetLabelMessage } from '../../state/targetLabel';
import { useLingui } from '@lingui/react';
import { Text } from '../../i18n/Text';
import { Suspense, lazy, useId, type ReactNode } from 'react';
import { formatClockTime } from '../../i18n/clock-time';
import { formatNumber } from '../../i18n/format';
import { Verbatim } from '../../i18n/Verbatim';
import { formatAsCliOutput } from '../../sts/cli-output';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { cx } from '../../ui/cx';
import { CloseIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { CredentialsView, type CredentialsShape } from './CredentialsView';
import { cliErrorText, ErrorView } from './ErrorView';
import { Expiration } from '../../ui/Expiration';
import { IdentityView, identityRows } from './IdentityView';
import { OutputDetails, PackedPolicyMeter, SECTIONED } from './OutputDetails';
import { knownCause } from '../../state/federationCauses';
import type { JudgedByOperation } from '../../state/federationJudged';
import type { CallRecord, ReturnedCredentials } from './types';
import { WebIdentityTokenView } from './WebIdentityTokenView';

// The report renderer loads with the first decoded message, not with the first screen.
const DecodedMessageView = lazy(() => import('./DecodedMessageView').then((m) => ({ default: m.DecodedMessageView })));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-1.5 border-t border-line px-3 py-2 first:border-t-0">
      <h4 className="text-[11px] font-semibold tracking-wide text-muted uppercase">{title}</h4>
      {children}
    </section>
  );
}

function RawOutput({ text, label }: { text: string; label: string }) {
  const { i18n } = useLingui();
  return (
    <details className="group">
      <summary className="cursor-pointer text-xs text-muted select-none hover:text-fg">{label}</summary>
      <div className="relative mt-1">
        <pre translate="no" lang="en" tabIndex={0} aria-label={label} className="max-h-72 overflow-auto rounded border border-line bg-code p-2 pr-9 font-mono text-[11px] leading-4 text-fg">{text}</pre>
        <CopyButton text={text} label={i18n._({ id: 'result.copyRaw', message: 'Copy: {what}', values: { what: label } })} className="absolute top-1 right-1" />
      </div>
    </details>
  );
}

export interface ResultCardProps {
  record: CallRecord;
  /** Sandbox time minus real time (ms), for credentials issued by the sandbox. */
  sandboxOffsetMs: number;
  onUseCredentials: (creds: ReturnedCredentials, label: string) => void;
  onDismiss: (id: string) => void;
  /** Open DecodeAuthorizationMessage with this encoded message. */
  onDecode: (encoded: string) => void;
  /** Extra content under an error, supplied by the shell (the federation feature's policy trace). */
  errorExtra?: (record: CallRecord) => ReactNode;
  /** The federation inspectors' latest rejections: the cause of this failed call when it sent one of them. */
  judged?: JudgedByOperation;
}

export function ResultCard({ record, sandboxOffsetMs, onUseCredentials, onDismiss, onDecode, errorExtra, judged }: ResultCardProps) {
  const { i18n } = useLingui();
  const headingId = useId();
  const { outcome } = record;
  const offsetMs = record.sandboxClock ? sandboxOffsetMs : 0;
  const ok = outcome.status === 'ok';
  const failed = outcome.status === 'error';
  const cancelled = failed && outcome.error.kind === 'aborted';

  const statusBadge =
    outcome.status === 'pending' ? (
      <Badge tone="neutral">
        <Spinner /> {i18n._({ id: 'result.sending', message: 'sending' })}
      </Badge>
    ) : outcome.status === 'ok' ? (
      <Badge tone="ok">
        <Verbatim>HTTP {outcome.httpStatus}</Verbatim>
      </Badge>
    ) : cancelled ? (
      <Badge tone="neutral">{i18n._({ id: 'result.cancelled', message: 'Cancelled' })}</Badge>
    ) : (
      <Badge tone="danger" className="min-w-0">
        {/* One text, as before: "HTTP 400 · ValidationError" is all AWS's; without an answer the words are ours. */}
        {outcome.error.httpStatus !== undefined ? (
          <Verbatim className="truncate">
            HTTP {outcome.error.httpStatus} · {outcome.error.code}
          </Verbatim>
        ) : (
          <span className="truncate">
            {i18n._({ id: 'result.noAnswer', message: 'No answer' })} · <Verbatim>{outcome.error.code}</Verbatim>
          </span>
        )}
      </Badge>
    );

  const output = ok ? outcome.output : null;
  const creds = output?.Credentials as CredentialsShape | undefined;
  const requestId = ok ? outcome.requestId : failed ? outcome.error.requestId : undefined;
  const elapsed = outcome.status === 'pending' ? undefined : outcome.elapsedMs;

  return (
    <article
      aria-labelledby={headingId}
      data-testid="result-card"
      data-record-id={record.id}
      data-operation={record.operation}
      data-status={outcome.status}
      className={cx('overflow-hidden rounded-md border bg-surface', failed && !cancelled ? 'border-danger/50' : 'border-line')}
    >
      <header className="flex items-center gap-x-2 border-b border-line bg-surface-2/50 px-3 py-1.5">
        <h3 id={headingId} className="min-w-0 truncate text-[13px] font-semibold text-fg" title={record.operation} lang="en" translate="no">
          {record.operation}
        </h3>
        {statusBadge}
        <span className="ml-auto flex shrink-0 items-center gap-1 text-xs whitespace-nowrap text-muted">
          <time className="hidden xl:inline" dateTime={new Date(record.startedAt).toISOString()}>
            {formatClockTime(i18n.locale, new Date(record.startedAt))} ·
          </time>
          {elapsed !== undefined && <span data-testid="elapsed">{i18n._({ id: 'result.elapsed', message: '{ms} ms', values: { ms: formatNumber(i18n.locale, elapsed) } })}</span>}
          <Button variant="ghost" size="sm" icon className="text-muted" aria-label={i18n._({ id: 'result.dismissLabel', message: 'Dismiss {operation} result', values: { operation: record.operation } })} title={i18n._({ id: 'result.dismiss', message: 'Dismiss' })} onClick={() => onDismiss(record.id)}>
            <CloseIcon size={12} />
          </Button>
        </span>
      </header>

      {output && (
        <>
          {creds && (
            <Section title={i18n._({ id: 'result.section.credentials', message: 'Credentials' })}>
              <CredentialsView
                credentials={creds}
                offsetMs={offsetMs}
                endpoint={record.keysEndpoint}
                onUse={(c) => onUseCredentials(c, i18n._({ id: 'result.credentialsName', message: '{operation} credentials ({key}…)', values: { operation: record.operation, key: c.accessKeyId.slice(0, 8) } }))}
              />
            </Section>
          )}
          {identityRows(i18n, output).length > 0 && (
            <Section title={i18n._({ id: 'result.section.identity', message: 'Identity' })}>
              <IdentityView output={output} />
            </Section>
          )}
          {typeof output.PackedPolicySize === 'number' && (
            <Section title={i18n._({ id: 'result.section.sessionPolicies', message: 'Session policies' })}>
              <PackedPolicyMeter percent={output.PackedPolicySize} />
            </Section>
          )}
          {typeof output.WebIdentityToken === 'string' && (
            <Section title={i18n._({ id: 'result.section.webIdentityToken', message: 'Web identity token' })}>
              <WebIdentityTokenView token={output.WebIdentityToken} />
              {output.Expiration !== undefined && <Expiration at={new Date(output.Expiration as Date)} offsetMs={offsetMs} />}
            </Section>
          )}
          {typeof output.DecodedMessage === 'string' && (
            <Section title={i18n._({ id: 'result.section.decoded', message: 'Decoded authorization message' })}>
              <Suspense fallback={<Spinner label={i18n._({ id: 'result.loadingReport', message: 'Loading the report' })} />}>
                <DecodedMessageView message={output.DecodedMessage} />
              </Suspense>
            </Section>
          )}
          <OutputDetailsSection output={output} />
        </>
      )}

      {failed && (
        <div className="px-3 py-2">
          <ErrorView error={outcome.error} onDecode={onDecode} cause={judged ? knownCause(judged, record) : null} />
          {errorExtra?.(record)}
        </div>
      )}

      {outcome.status !== 'pending' && (
        <footer className="space-y-1 border-t border-line px-3 py-1.5">
          <div className="flex flex-wrap items-center gap-x-3 text-xs text-muted">
            <span>
              <Text m={targetLabelMessage(record.targetLabel)} />
            </span>
            {record.sentAnyway && (
              <Badge tone="warn" title={i18n._({ id: 'result.sentAnywayTitle', message: 'The input had validation problems and was sent anyway' })}>
                {i18n._({ id: 'result.sentAnyway', message: 'sent anyway' })}
              </Badge>
            )}
            {requestId && (
              <span className="inline-flex items-center gap-0.5">
                {i18n._({ id: 'result.requestId', message: 'Request ID' })}{' '}
                <code className="font-mono text-fg" data-testid="request-id" translate="no">
                  {requestId}
                </code>
                <CopyButton text={requestId} label={i18n._({ id: 'result.copyRequestId', message: 'Copy request ID' })} />
              </span>
            )}
          </div>
          {output && <RawOutput text={formatAsCliOutput(record.operation, output)} label={i18n._({ id: 'result.rawResponse', message: 'Raw response (as the AWS CLI prints it)' })} />}
          {failed && outcome.error.kind === 'service' && (
            <RawOutput text={cliErrorText(outcome.error, record.operation)} label={i18n._({ id: 'result.rawError', message: 'The error as the AWS CLI prints it' })} />
          )}
        </footer>
      )}
    </article>
  );
}

function OutputDetailsSection({ output }: { output: Record<string, unknown> }) {
  const { i18n } = useLingui();
  const hasDetails = Object.entries(output).some(([k, v]) => !SECTIONED.has(k) && v !== undefined && v !== null);
  return hasDetails ? (
    <Section title={i18n._({ id: 'result.section.details', message: 'Details' })}>
      <OutputDetails output={output} />
    </Section>
  ) : null;
}
