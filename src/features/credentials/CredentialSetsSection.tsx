import { useLingui } from '@lingui/react';
import { useId, useState, type ReactNode } from 'react';
import { expiryStatus, type CredentialSet } from '../../credentials/credential-set';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { DisclosureHeading } from '../../ui/DisclosureHeading';
import { countdown } from '../../ui/countdown';
import { cx } from '../../ui/cx';
import { useNow } from '../../ui/ticker';
import { Text } from '../../i18n/Text';
import { Verbatim } from '../../i18n/Verbatim';

export interface CredentialSetsSectionProps {
  sets: readonly CredentialSet[];
  /** Sandbox time minus real time (ms), for sets issued by the sandbox. */
  sandboxOffsetMs: number;
  /** The set whose keys sign the next call, if any. */
  activeSetId: string | undefined;
  onUse: (set: CredentialSet) => void;
  onRefresh: (set: CredentialSet) => void;
  onExport: (set: CredentialSet) => void;
  onForget: (set: CredentialSet) => void;
  /** Per-set message (a refresh in progress or its failure). */
  status?: (set: CredentialSet) => ReactNode;
  /** The persistence controls, under the list. */
  storage?: ReactNode;
}

/** The credential sets of this visit: who, until when, from where. Secrets never appear here. */
export function CredentialSetsSection({ sets, sandboxOffsetMs, activeSetId, onUse, onRefresh, onExport, onForget, status, storage }: CredentialSetsSectionProps) {
  const { i18n } = useLingui();
  const headingId = useId();
  const bodyId = useId();
  const [open, setOpen] = useState(true);
  // No scroll box of its own: the sidebar scrolls as one, so the sets never squeeze the operations away.
  return (
    <section aria-labelledby={headingId} className="border-t border-line px-2 py-3" data-testid="credential-sets">
      <DisclosureHeading id={headingId} open={open} onToggle={() => setOpen((o) => !o)} controls={bodyId}>
        {i18n._({ id: 'sets.heading', message: 'Credential sets' })}
      </DisclosureHeading>
      <div id={bodyId} hidden={!open}>
      {sets.length === 0 ? (
        <p className="px-2 text-xs text-muted">{i18n._({ id: 'sets.empty', message: 'Credentials returned by a call appear here, to sign the next calls or to export.' })}</p>
      ) : (
        <ul className="space-y-1.5" aria-labelledby={headingId}>
          {sets.map((s) => (
            <SetItem
              key={s.id}
              set={s}
              parent={sets.find((p) => p.id === s.source.parentSetId)}
              offsetMs={s.source.sandboxClock ? sandboxOffsetMs : 0}
              active={s.id === activeSetId}
              onUse={onUse}
              onRefresh={onRefresh}
              onExport={onExport}
              onForget={onForget}
              status={status?.(s)}
            />
          ))}
        </ul>
      )}
      {storage}
      </div>
    </section>
  );
}

function SetItem({ set, parent, offsetMs, active, onUse, onRefresh, onExport, onForget, status }: {
  set: CredentialSet;
  parent: CredentialSet | undefined;
  offsetMs: number;
  active: boolean;
  onUse: (set: CredentialSet) => void;
  onRefresh: (set: CredentialSet) => void;
  onExport: (set: CredentialSet) => void;
  onForget: (set: CredentialSet) => void;
  status: ReactNode;
}) {
  const { i18n } = useLingui();
  const now = useNow() + offsetMs;
  // Keys that no longer work whatever the clock says never show a countdown.
  const state = set.invalidReason ? 'invalid' : expiryStatus(set, now);
  const c = set.expiration !== undefined ? countdown(set.expiration, now, i18n.locale) : null;
  const nameId = useId();
  const from = parent ? parent.name : set.source.parentIdentity?.arn ? set.source.parentIdentity.arn.split(/[:/]/).pop() : undefined;
  return (
    <li
      aria-labelledby={nameId}
      data-testid="credential-set"
      data-status={state}
      className={cx('rounded border px-2 py-1.5 text-xs', active ? 'border-accent bg-accent-soft' : 'border-line bg-surface', (state === 'expired' || state === 'invalid') && 'opacity-80')}
    >
      <div className="flex items-center gap-1">
        <span id={nameId} className="min-w-0 flex-1 truncate font-medium text-fg" title={set.name} translate="no">
          {set.name}
        </span>
        {active && <Badge tone="accent">{i18n._({ id: 'sets.inUse', message: 'in use' })}</Badge>}
      </div>
      <div className="truncate font-mono text-[11px] text-muted" title={set.identity.arn}>
        {set.identity.arn ? <Verbatim>{set.identity.arn}</Verbatim> : i18n._({ id: 'sets.identityUnknown', message: '(identity unknown)' })}
      </div>
      <div className="mt-0.5 flex flex-wrap items-center gap-1">
        {state === 'invalid' ? (
          <Badge tone="danger">
            <span data-testid="set-countdown">{i18n._({ id: 'sets.noLongerValid', message: 'No longer valid' })}</span>
          </Badge>
        ) : c === null ? (
          <Badge tone="neutral">{i18n._({ id: 'sets.noExpiry', message: 'no expiry' })}</Badge>
        ) : state === 'expired' ? (
          <Badge tone="danger">
            <span data-testid="set-countdown" aria-label={i18n._(c.text)}>
              {i18n._({ id: 'sets.expired', message: 'Expired' })}
            </span>
          </Badge>
        ) : (
          <Badge tone={state === 'expiring' ? 'warn' : 'ok'} className="tabular-nums">
            <span data-testid="set-countdown" aria-label={i18n._({ id: 'sets.leftLabel', message: '{duration} left until expiry', values: { duration: c.duration } })}>
              {i18n._(c.text)}
            </span>
          </Badge>
        )}
        {offsetMs !== 0 && <span className="text-[11px] text-muted">{i18n._({ id: 'sets.sandboxClock', message: 'sandbox clock' })}</span>}
      </div>
      <div className="mt-0.5 text-[11px] text-muted">
        {from ? (
          <Text m={/*i18n*/ { id: 'sets.fromSignedBy', message: 'From {operation} · signed by {signer}', values: { operation: set.source.operation, signer: from }, verbatim: ['operation', 'signer'] }} />
        ) : (
          <Text m={/*i18n*/ { id: 'sets.from', message: 'From {operation}', values: { operation: set.source.operation }, verbatim: ['operation'] }} />
        )}
      </div>
      {set.invalidReason && <p className="mt-0.5 text-[11px] text-danger">{set.invalidReason}</p>}
      {status && <div className="mt-0.5 text-[11px]">{status}</div>}
      <div className="mt-1 flex flex-wrap gap-1">
        <Button size="sm" onClick={() => onUse(set)} disabled={active || state === 'invalid'} aria-label={i18n._({ id: 'sets.useAsSourceLabel', message: 'Use as source: {name}', values: { name: set.name } })}>
          {i18n._({ id: 'sets.useAsSource', message: 'Use as source' })}
        </Button>
        <Button size="sm" onClick={() => onRefresh(set)} aria-label={i18n._({ id: 'sets.refreshLabel', message: 'Refresh {name}', values: { name: set.name } })}>
          {i18n._({ id: 'sets.refresh', message: 'Refresh' })}
        </Button>
        <Button size="sm" onClick={() => onExport(set)} aria-label={i18n._({ id: 'sets.exportLabel', message: 'Export {name}', values: { name: set.name } })}>
          {i18n._({ id: 'sets.export', message: 'Export' })}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => onForget(set)} aria-label={i18n._({ id: 'sets.forgetLabel', message: 'Forget {name}', values: { name: set.name } })}>
          {i18n._({ id: 'sets.forget', message: 'Forget' })}
        </Button>
      </div>
    </li>
  );
}
