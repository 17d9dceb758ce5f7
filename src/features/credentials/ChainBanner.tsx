import { useLingui } from '@lingui/react';
import type { ChainRule, ChainStep } from '../../credentials/chain';
import type { Message } from '../../kernel/message';
import { Text } from '../../i18n/Text';
import { cx } from '../../ui/cx';

const KIND_LABEL: Record<string, Message> = {
  user: /*i18n*/ { id: 'chain.kind.user', message: 'IAM user' },
  root: /*i18n*/ { id: 'chain.kind.root', message: 'root user' },
  'assumed-role': /*i18n*/ { id: 'chain.kind.assumedRole', message: 'role session' },
  'federated-user': /*i18n*/ { id: 'chain.kind.federatedUser', message: 'federated user' },
  session: /*i18n*/ { id: 'chain.kind.session', message: 'GetSessionToken session' },
  'root-session': /*i18n*/ { id: 'chain.kind.rootSession', message: 'root task session' },
  'scoped-session': /*i18n*/ { id: 'chain.kind.scopedSession', message: 'scoped session' },
  delegated: /*i18n*/ { id: 'chain.kind.delegated', message: 'delegated' },
  unknown: /*i18n*/ { id: 'chain.kind.unknown', message: 'identity' },
};

/** Above the form: who signs the next call (user → role A → role B) and what STS will make of it. */
export function ChainBanner({ path, rules, operation }: { path: readonly ChainStep[]; rules: readonly ChainRule[]; operation: string }) {
  const { i18n } = useLingui();
  const kindLabel = (kind: string) => {
    const m = KIND_LABEL[kind];
    return m ? i18n._(m) : kind;
  };
  if (path.length === 0 && rules.length === 0) return null;
  const blocks = rules.filter((r) => r.level === 'block');
  const others = rules.filter((r) => r.level !== 'block');
  return (
    <section aria-label={i18n._({ id: 'chain.banner', message: 'Source credentials chain' })} className="space-y-2 rounded-md border border-line bg-surface px-4 py-3 text-xs" data-testid="chain-banner">
      {path.length > 0 && (
        <div>
          <h2 className="mb-1 text-[11px] font-semibold tracking-wide text-muted uppercase">{i18n._({ id: 'chain.signingAs', message: 'Signing as' })}</h2>
          <ol aria-label={i18n._({ id: 'chain.path', message: 'Chain path' })} className="flex flex-wrap items-center gap-1">
            {path.map((step, i) => (
              <li key={`${step.arn}-${i}`} className="flex items-center gap-1">
                {i > 0 && <span aria-hidden="true" className="text-muted">→</span>}
                <span className="rounded border border-line bg-surface-2 px-1.5 py-0.5" title={step.arn}>
                  <span className="font-medium text-fg" translate="no">{step.name}</span>{' '}
                  <span className="text-muted">({kindLabel(step.kind)})</span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {blocks.map((r) => (
        <p key={r.id} role="alert" data-rule={r.id} className="rounded border border-danger bg-danger-soft px-2 py-1 text-danger">
          <strong>
            <Text m={/*i18n*/ { id: 'chain.willBeRefused', message: '{operation} will be refused:', values: { operation }, verbatim: ['operation'] }} />
          </strong>{' '}
          <Text m={r.text} />
        </p>
      ))}
      {others.length > 0 && (
        <ul aria-label={i18n._({ id: 'chain.rulesFor', message: 'Rules for {operation}', values: { operation } })} className="space-y-1">
          {others.map((r) => (
            <li key={r.id} data-rule={r.id} className={cx('rounded px-2 py-1', r.level === 'warn' ? 'bg-warn-soft text-warn' : 'bg-accent-soft text-fg')}>
              <Text m={r.text} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
