import type { ChainRule, ChainStep } from '../../credentials/chain';
import { cx } from '../../ui/cx';

const KIND_LABEL: Record<string, string> = {
  user: 'IAM user',
  root: 'root user',
  'assumed-role': 'role session',
  'federated-user': 'federated user',
  session: 'GetSessionToken session',
  'root-session': 'root task session',
  'scoped-session': 'scoped session',
  delegated: 'delegated',
  unknown: 'identity',
};

/** Above the form: who signs the next call (user → role A → role B) and what STS will make of it. */
export function ChainBanner({ path, rules, operation }: { path: readonly ChainStep[]; rules: readonly ChainRule[]; operation: string }) {
  if (path.length === 0 && rules.length === 0) return null;
  const blocks = rules.filter((r) => r.level === 'block');
  const others = rules.filter((r) => r.level !== 'block');
  return (
    <section aria-label="Source credentials chain" className="space-y-2 rounded-md border border-line bg-surface px-4 py-3 text-xs" data-testid="chain-banner">
      {path.length > 0 && (
        <div>
          <h2 className="mb-1 text-[11px] font-semibold tracking-wide text-muted uppercase">Signing as</h2>
          <ol aria-label="Chain path" className="flex flex-wrap items-center gap-1">
            {path.map((step, i) => (
              <li key={`${step.arn}-${i}`} className="flex items-center gap-1">
                {i > 0 && <span aria-hidden="true" className="text-muted">→</span>}
                <span className="rounded border border-line bg-surface-2 px-1.5 py-0.5" title={step.arn}>
                  <span className="font-medium text-fg">{step.name}</span> <span className="text-muted">({KIND_LABEL[step.kind] ?? step.kind})</span>
                </span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {blocks.map((r) => (
        <p key={r.id} role="alert" data-rule={r.id} className="rounded border border-danger bg-danger-soft px-2 py-1 text-danger">
          <strong>{operation} will be refused:</strong> {r.text}
        </p>
      ))}
      {others.length > 0 && (
        <ul aria-label={`Rules for ${operation}`} className="space-y-1">
          {others.map((r) => (
            <li key={r.id} data-rule={r.id} className={cx('rounded px-2 py-1', r.level === 'warn' ? 'bg-warn-soft text-warn' : 'bg-accent-soft text-fg')}>
              {r.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
