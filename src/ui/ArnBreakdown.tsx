import { Text } from '../i18n/Text';
import { useLingui } from '@lingui/react';
import { parseArn } from '../kernel/arn';
import type { Message } from '../kernel/message';
import { CopyButton } from './CopyButton';

/** An ARN with its parts named: partition, service, account, resource type, name (path, session). */
const PART: Record<string, Message> = {
  partition: /*i18n*/ { id: 'arn.partition', message: 'partition' },
  service: /*i18n*/ { id: 'arn.service', message: 'service' },
  region: /*i18n*/ { id: 'arn.region', message: 'region' },
  account: /*i18n*/ { id: 'arn.account', message: 'account' },
  type: /*i18n*/ { id: 'arn.type', message: 'type' },
  path: /*i18n*/ { id: 'arn.path', message: 'path' },
  role: /*i18n*/ { id: 'arn.role', message: 'role' },
  name: /*i18n*/ { id: 'arn.name', message: 'name' },
  session: /*i18n*/ { id: 'arn.session', message: 'session' },
};

export function ArnBreakdown({ arn, label = 'ARN' }: { arn: string; label?: string }) {
  const { i18n } = useLingui();
  const parsed = parseArn(arn);
  return (
    <div className="min-w-0 space-y-1">
      <div className="flex items-start gap-1">
        <code className="min-w-0 flex-1 font-mono text-xs leading-5 break-all text-fg" translate="no">
          {arn}
        </code>
        <CopyButton text={arn} label={i18n._({ id: 'identity.copy', message: 'Copy {what}', values: { what: label } })} />
      </div>
      {parsed.ok ? (
        <dl className="flex flex-wrap gap-1 text-[11px]" aria-label={i18n._({ id: 'arn.parts', message: 'Parts of the {what}', values: { what: label } })}>
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
        <p className="text-xs text-warn">
          <Text m={parsed.error} />
        </p>
      )}
      {parsed.ok && parsed.value.problems.length > 0 && (
        <p className="text-xs text-warn">
          {parsed.value.problems.map((m, i) => (
            <span key={m.id}>
              {i > 0 && ' · '}
              <Text m={m} />
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

function Part({ name, value }: { name: keyof typeof PART; value: string }) {
  const { i18n } = useLingui();
  return (
    <div className="inline-flex overflow-hidden rounded border border-line">
      <dt className="bg-surface-2 px-1 text-muted">{i18n._(PART[name]!)}</dt>
      <dd className="px-1 font-mono text-fg" translate="no">
        {value}
      </dd>
    </div>
  );
}
