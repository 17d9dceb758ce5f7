import { useId, useState } from 'react';
import type { OperationSpec } from '../../catalog/types';
import { describeTarget, isUnsignedOperation, targetEndpoint, whatLeavesTheBrowser, SANDBOX_SERVER_TARGET } from '../../sts/connection';
import { endpointAllowsOperation } from '../../sts/endpoints';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { cx } from '../../ui/cx';
import { ChevronIcon, InfoIcon } from '../../ui/icons';
import { credentialWarnings } from './credentialWarnings';
import { CredentialsFields } from './CredentialsFields';
import { SandboxClock, SandboxTime } from './SandboxClock';
import { TargetFields } from './TargetFields';
import type { Connection, CredentialOrigin, TargetKind } from './useConnection';

const KINDS: ReadonlyArray<{ kind: TargetKind; label: string }> = [
  { kind: 'sandbox', label: 'Sandbox' },
  { kind: 'aws', label: 'AWS' },
  { kind: 'custom', label: 'Custom endpoint' },
];

function targetShort(c: Connection): string {
  if (c.kind === 'aws') return `AWS · ${c.aws.endpointKind === 'global' ? 'global endpoint' : `${c.aws.region || 'no Region'} · ${c.aws.endpointKind}`}`;
  if (c.kind === 'custom') return `Custom · ${c.custom.url || 'no URL'}`;
  if (c.sandbox.status === 'pending') return 'Sandbox · starting…';
  if (c.sandbox.status === 'error') return 'Sandbox · unavailable';
  return c.sandbox.connection?.mode === 'in-page' ? 'Sandbox · in this page' : 'Sandbox · this server';
}

function credentialShort(origin: CredentialOrigin): string {
  switch (origin.kind) {
    case 'demo':
      return `demo user ${origin.user}`;
    case 'result':
      return origin.label;
    default:
      return 'your keys';
  }
}

/** Where calls go and with which keys; the sandbox in use and its clock; what leaves the browser. */
export function ConnectionPanel({ connection, spec, folded = false }: {
  connection: Connection;
  spec: OperationSpec;
  /** A call was sent this visit: what leaves the browser folds to one line (reopened by a click). */
  folded?: boolean;
}) {
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
    ...(globalRefuses ? [`${spec.name} is not served by the global endpoint; choose a Regional endpoint.`] : []),
  ];

  return (
    <section aria-labelledby={`${id}-h`} className="rounded-md border border-line bg-surface" data-testid="connection-panel">
      <div className="space-y-0.5 px-3 py-2">
        <div className="flex items-center gap-x-3">
          <h2 id={`${id}-h`} className="shrink-0 text-xs font-semibold tracking-wide text-muted uppercase">
            Connection
          </h2>
          <Badge tone={connection.kind === 'sandbox' ? 'accent' : 'neutral'} className="min-w-0">
            <span className="truncate" data-testid="target-summary">
              {targetShort(connection)}
            </span>
          </Badge>
          <Button size="sm" variant="ghost" className="ml-auto" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
            <ChevronIcon className={cx('transition-transform', open && 'rotate-90')} />
            {open ? 'Close' : 'Edit connection'}
          </Button>
        </div>
        <div className="flex items-center gap-x-3">
          <span className={cx('min-w-0 truncate text-xs', missingKeys ? 'text-warn' : 'text-muted')} data-testid="signing-summary">
            {unsigned ? 'Unsigned call: no credentials are used' : hasKeys ? `Signing as ${credentialShort(connection.credentialOrigin)}` : 'No source credentials yet'}
          </span>
          {connection.kind === 'sandbox' && <SandboxTime sandbox={connection.sandbox} className="ml-auto inline-flex shrink-0" />}
        </div>
      </div>

      <div id={`${id}-body`} hidden={!open} className="space-y-3 border-t border-line px-3 py-3">
        <fieldset>
          <legend className="mb-1 text-[13px] font-medium">Target</legend>
          <div className="inline-flex rounded border border-line-strong p-0.5" role="radiogroup" aria-label="Target">
            {KINDS.map((k) => (
              <label
                key={k.kind}
                className={cx(
                  'cursor-pointer rounded px-3 py-1 text-xs font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-focus',
                  connection.kind === k.kind ? 'bg-accent text-accent-fg' : 'text-fg hover:bg-surface-2',
                )}
              >
                <input type="radio" className="sr-only" name={`${id}-kind`} value={k.kind} checked={connection.kind === k.kind} onChange={() => connection.setKind(k.kind)} />
                {k.label}
              </label>
            ))}
          </div>
        </fieldset>

        {connection.kind === 'sandbox' ? (
          <div className="space-y-2">
            <p className="text-xs text-muted" data-testid="sandbox-mode">
              {connection.sandbox.status === 'pending' && 'Looking for the sandbox…'}
              {connection.sandbox.status === 'error' && (
                <span className="text-danger">
                  The sandbox could not start: {connection.sandbox.error}{' '}
                  <Button size="sm" variant="ghost" onClick={connection.sandbox.retry}>
                    Try again
                  </Button>
                </span>
              )}
              {connection.sandbox.connection?.mode === 'server' &&
                'Using the sandbox STS of the server that serves this page. Its state (the clock, the signing keys) is shared with the AWS CLI and SDKs pointed at it.'}
              {connection.sandbox.connection?.mode === 'in-page' &&
                'No sandbox server answered, so the sandbox runs inside this page: requests never reach the network, and its state lasts until the page is reloaded.'}
            </p>
            <SandboxClock sandbox={connection.sandbox} />
          </div>
        ) : (
          <TargetFields connection={connection} />
        )}

        <CredentialsFields connection={connection} unsigned={unsigned} />
      </div>

      <div className="space-y-1 border-t border-line bg-surface-2/60 px-3 py-2 text-xs">
        {target && (
          <WhatLeaves title={describeTarget(target)} text={whatLeavesTheBrowser(target, spec.name)} folded={folded} />
        )}
        {!target && connection.kind === 'sandbox' && connection.sandbox.status === 'pending' && (
          // While the sandbox is being found: the server's sentence, invisible, holds its place, so the
          // paragraph that appears a moment later does not push the form down (a layout shift).
          <div className="invisible" aria-hidden="true" data-testid="what-leaves-placeholder">
            <WhatLeaves title={describeTarget(SANDBOX_SERVER_TARGET)} text={whatLeavesTheBrowser(SANDBOX_SERVER_TARGET, spec.name)} folded={folded} testId={null} />
          </div>
        )}
        {problems.map((p) => (
          <p key={p} className="text-warn">
            {p}
          </p>
        ))}
        {missingKeys && (
          <p className="text-warn">
            {spec.name} must be signed: enter an access key ID and secret access key under Edit connection.
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
function WhatLeaves({ title, text, folded, testId = 'what-leaves' }: { title: string; text: string; folded: boolean; testId?: string | null }) {
  const warning = text.includes('plain HTTP');
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
          <span className="font-medium text-fg">{title}.</span> {open || warning ? null : <span className="underline">What leaves the browser</span>}
        </span>
      </summary>
      <p className="mt-0.5 pl-5">{text}</p>
    </details>
  );
}
