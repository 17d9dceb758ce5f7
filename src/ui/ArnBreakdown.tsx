import { parseArn } from '../kernel/arn';
import { CopyButton } from './CopyButton';

/** An ARN with its parts named: partition, service, account, resource type, name (path, session). */
export function ArnBreakdown({ arn, label = 'ARN' }: { arn: string; label?: string }) {
  const parsed = parseArn(arn);
  return (
    <div className="min-w-0 space-y-1">
      <div className="flex items-start gap-1">
        <code className="min-w-0 flex-1 font-mono text-xs leading-5 break-all text-fg">{arn}</code>
        <CopyButton text={arn} label={`Copy ${label}`} />
      </div>
      {parsed.ok ? (
        <dl className="flex flex-wrap gap-1 text-[11px]" aria-label={`Parts of the ${label}`}>
          <Part name="partition" value={parsed.value.partition} />
          <Part name="service" value={parsed.value.service} />
          {parsed.value.region && <Part name="region" value={parsed.value.region} />}
          <Part name="account" value={parsed.value.account || '—'} />
          {parsed.value.resourceType && <Part name="type" value={parsed.value.resourceType} />}
          {parsed.value.path && parsed.value.path !== '/' && <Part name="path" value={parsed.value.path} />}
          {parsed.value.resourceName && <Part name={parsed.value.resourceType === 'assumed-role' ? 'role' : 'name'} value={parsed.value.resourceName} />}
          {parsed.value.sessionName && <Part name="session" value={parsed.value.sessionName} />}
        </dl>
      ) : (
        <p className="text-xs text-warn">{parsed.error}</p>
      )}
      {parsed.ok && parsed.value.problems.length > 0 && <p className="text-xs text-warn">{parsed.value.problems.join(' · ')}</p>}
    </div>
  );
}

function Part({ name, value }: { name: string; value: string }) {
  return (
    <div className="inline-flex overflow-hidden rounded border border-line">
      <dt className="bg-surface-2 px-1 text-muted">{name}</dt>
      <dd className="px-1 font-mono text-fg">{value}</dd>
    </div>
  );
}
