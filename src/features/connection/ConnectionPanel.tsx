import { useLingui } from '@lingui/react';
import type { I18n } from '@lingui/core';
import { Suspense, useId, useState } from 'react';
import type { OperationSpec } from '../../catalog/types';
import { Text } from '../../i18n/Text';
import type { Message } from '../../kernel/message';
import { isUnsignedOperation } from '../../catalog/directory';
import { describeTarget, sendsOverPlainHttp, targetEndpoint, whatLeavesTheBrowser, SANDBOX_SERVER_TARGET } from '../../sts/connection';
import { endpointAllowsOperation } from '../../sts/endpoints';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { cx } from '../../ui/cx';
import { ChevronIcon, InfoIcon } from '../../ui/icons';
import { credentialWarnings } from './credentialWarnings';
import { SandboxTime } from './SandboxTime';
import { lazyPart } from '../../ui/lazyPart';
import { Spinner } from '../../ui/Spinner';
import type { Connection, CredentialOrigin } from './useConnection';

/**
 * The editor (target, clock, keys) has its own chunk, loaded when the page is idle and mounted only while
 * open: the first screen shows the one-line summary, and a closed editor costs no rendering (its clock
 * would build Intl date formatters, a long task on a phone).
 */
const ConnectionEditor = lazyPart(() => import('./ConnectionEditor').then((m) => m.ConnectionEditor));

function targetShort(i18n: I18n, c: Connection): string {
  if (c.kind === 'aws') {
    return c.aws.endpointKind === 'global'
      ? i18n._({ id: 'connection.short.awsGlobal', message: 'AWS · global endpoint' })
      : i18n._({ id: 'connection.short.aws', message: 'AWS · {region} · {kind}', values: { region: c.aws.region || i18n._({ id: 'connection.short.noRegion', message: 'no Region' }), kind: c.aws.endpointKind } });
  }
  if (c.kind === 'custom') return c.custom.url ? i18n._({ id: 'connection.short.custom', message: 'Custom · {url}', values: { url: c.custom.url } }) : i18n._({ id: 'connection.short.customNoUrl', message: 'Custom · no URL' });
  if (c.sandbox.status === 'pending') return i18n._({ id: 'connection.short.starting', message: 'Sandbox · starting…' });
  if (c.sandbox.status === 'error') return i18n._({ id: 'connection.short.unavailable', message: 'Sandbox · unavailable' });
  return c.sandbox.connection?.mode === 'in-page' ? i18n._({ id: 'connection.short.inPage', message: 'Sandbox · in this page' }) : i18n._({ id: 'connection.short.server', message: 'Sandbox · this server' });
}

/** The sandbox's state as a data attribute (what tests and scripts read, whatever the page's language). */
function sandboxState(c: Connection): string | undefined {
  if (c.kind !== 'sandbox') return undefined;
  if (c.sandbox.status !== 'ready') return c.sandbox.status;
  return c.sandbox.connection?.mode === 'in-page' ? 'in-page' : 'server';
}

/** Who signs, naming the user or credential set as it is (a name, not words to translate). */
function credentialShort(origin: CredentialOrigin): Message {
  switch (origin.kind) {
    case 'demo':
      return /*i18n*/ { id: 'connection.signingAsDemo', message: 'Signing as demo user {user}', values: { user: origin.user }, verbatim: ['user'] };
    case 'result':
      return /*i18n*/ { id: 'connection.signingAs', message: 'Signing as {label}', values: { label: origin.label }, verbatim: ['label'] };
    default:
      return /*i18n*/ { id: 'connection.signingAsYours', message: 'Signing as your keys' };
  }
}

/** Where calls go and with which keys; the sandbox in use and its clock; what leaves the browser. */
export function ConnectionPanel({ connection, spec, folded = false }: {
  connection: Connection;
  spec: OperationSpec;
  /** A call was sent this visit: what leaves the browser folds to one line (reopened by a click). */
  folded?: boolean;
}) {
  const { i18n } = useLingui();
  const id = useId();
  const [open, setOpen] = useState(false);
  const unsigned = isUnsignedOperation(spec.name);
  const target = connection.target;
  const endpoint = target ? targetEndpoint(target) : null;
  const hasKeys = connection.sourceCredentials !== null;
  // Not while the sandbox is starting: its demo user's keys are about to fill in (a warning that flashes and goes moves the form below).
  const missingKeys = !unsigned && !hasKeys && !(connection.kind === 'sandbox' && connection.sandbox.status === 'pending');
  const globalRefuses = endpoint?.url ? !endpointAllowsOperation(endpoint.url, spec) : false;
  const problems = [
    ...(endpoint?.problems ?? []),
    ...credentialWarnings(spec.name, spec.signing, connection.credentials.accessKeyId, connection.credentials.sessionToken),
    ...(globalRefuses ? [/*i18n*/ { id: 'connection.globalRefuses', message: '{operation} is not served by the global endpoint; choose a Regional endpoint.', values: { operation: spec.name }, verbatim: ['operation'] }] : []),
  ];

  return (
    <section aria-labelledby={`${id}-h`} className="rounded-md border border-line bg-surface" data-testid="connection-panel">
      <div className="space-y-0.5 px-3 py-2">
        <div className="flex items-center gap-x-3">
          <h2 id={`${id}-h`} className="shrink-0 text-xs font-semibold tracking-wide text-muted uppercase">
            {i18n._({ id: 'connection.heading', message: 'Connection' })}
          </h2>
          <Badge tone={connection.kind === 'sandbox' ? 'accent' : 'neutral'} className="min-w-0">
            <span className="truncate" data-testid="target-summary" data-sandbox={sandboxState(connection)}>
              {targetShort(i18n, connection)}
            </span>
          </Badge>
          <Button size="sm" variant="ghost" className="ml-auto" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
            <ChevronIcon className={cx('transition-transform', open && 'rotate-90')} />
            {open ? i18n._({ id: 'connection.close', message: 'Close' }) : i18n._({ id: 'connection.edit', message: 'Edit connection' })}
          </Button>
        </div>
        <div className="flex items-center gap-x-3">
          <span
            className={cx('min-w-0 truncate text-xs', missingKeys ? 'text-warn' : 'text-muted')}
            data-testid="signing-summary"
            data-signing={unsigned ? 'unsigned' : hasKeys ? connection.credentialOrigin.kind : 'none'}
          >
            {unsigned
              ? i18n._({ id: 'connection.unsigned', message: 'Unsigned call: no credentials are used' })
              : hasKeys
                ? <Text m={credentialShort(connection.credentialOrigin)} />
                : i18n._({ id: 'connection.noKeysYet', message: 'No source credentials yet' })}
          </span>
          {connection.kind === 'sandbox' && <SandboxTime sandbox={connection.sandbox} className="ml-auto inline-flex shrink-0" />}
        </div>
      </div>

      <div id={`${id}-body`} hidden={!open} className="space-y-3 border-t border-line px-3 py-3">
        {open && (
          <Suspense fallback={<Spinner label={i18n._({ id: 'connection.loadingEditor', message: 'Loading the connection settings' })} />}>
            <ConnectionEditor connection={connection} unsigned={unsigned} />
          </Suspense>
        )}
      </div>

      <div className="space-y-1 border-t border-line bg-surface-2/60 px-3 py-2 text-xs">
        {target && (
          <WhatLeaves title={describeTarget(target)} text={whatLeavesTheBrowser(target, spec.name)} warning={sendsOverPlainHttp(target)} folded={folded} />
        )}
        {!target && connection.kind === 'sandbox' && connection.sandbox.status === 'pending' && (
          // While the sandbox is being found: the server's sentence, invisible, holds its place, so the
          // paragraph that appears a moment later does not push the form down (a layout shift).
          <div className="invisible" aria-hidden="true" data-testid="what-leaves-placeholder">
            <WhatLeaves title={describeTarget(SANDBOX_SERVER_TARGET)} text={whatLeavesTheBrowser(SANDBOX_SERVER_TARGET, spec.name)} warning={false} folded={folded} testId={null} />
          </div>
        )}
        {problems.map((p) => (
          <p key={p.id + JSON.stringify(p.values ?? {})} className="text-warn">
            <Text m={p} />
          </p>
        ))}
        {missingKeys && (
          <p className="text-warn">
            <Text m={/*i18n*/ { id: 'connection.mustBeSigned', message: '{operation} must be signed: enter an access key ID and secret access key under Edit connection.', values: { operation: spec.name }, verbatim: ['operation'] }} />
          </p>
        )}
      </div>
    </section>
  );
}

/**
 * What leaves the browser, in full until the first call of the visit, then folded to its first line.
 * A warning (plain HTTP to another host) never folds.
 */
function WhatLeaves({ title, text, warning, folded, testId = 'what-leaves' }: { title: Message; text: Message; warning: boolean; folded: boolean; testId?: string | null }) {
  const { i18n } = useLingui();
  const [open, setOpen] = useState(true);
  const [wasFolded, setWasFolded] = useState(folded);
  if (folded !== wasFolded) {
    setWasFolded(folded);
    if (folded && !warning) setOpen(false);
  }
  return (
    <details open={open || warning} onToggle={(e) => setOpen(e.currentTarget.open)} className="text-muted" data-testid={testId ?? undefined}>
      <summary className="flex cursor-pointer list-none gap-1.5 select-none">
        <InfoIcon className="mt-0.5 shrink-0" />
        <span>
          <span className="font-medium text-fg">
            <Text m={title} />.
          </span>{' '}
          {open || warning ? null : <span className="underline">{i18n._({ id: 'connection.whatLeaves', message: 'What leaves the browser' })}</span>}
        </span>
      </summary>
      <p className="mt-0.5 pl-5">
        <Text m={text} />
      </p>
    </details>
  );
}
