import type { PermissionVerdict } from '../../policy/permission-check';
import type { PermissionCheckAnswer } from '../../sandbox/controls/permission-check';
import { Badge } from '../../ui/Badge';
import { cx } from '../../ui/cx';

/** Which statements to show: the deciding ones, or for an implicit deny every statement (none decided). */
function shownStatements(verdict: PermissionVerdict) {
  const deciding = verdict.trace.statements.filter((s) => s.deciding);
  return deciding.length > 0 ? deciding : verdict.trace.statements;
}

/** The answer first in one line, then what AWS would say, the policies read and the statements and conditions that decided. */
export function PermissionVerdictView({ verdict }: { verdict: PermissionVerdict | PermissionCheckAnswer }) {
  const fromSandbox = 'principalArn' in verdict ? verdict : null;
  const statements = shownStatements(verdict);
  const decided = verdict.trace.statements.some((s) => s.deciding);
  return (
    <div className="space-y-3" data-testid="permission-result">
      <p
        role="status"
        className={cx('flex flex-wrap items-center gap-2 rounded border px-3 py-2 text-sm text-fg', verdict.allowed ? 'border-ok/40 bg-ok-soft' : 'border-danger/40 bg-danger-soft')}
        data-testid="permission-verdict"
      >
        <Badge tone={verdict.allowed ? 'ok' : 'danger'}>{verdict.allowed ? 'Allowed' : 'Denied'}</Badge>
        <span>{verdict.headline}</span>
      </p>
      {verdict.awsMessage && (
        <div>
          <p className="text-xs text-muted">What AWS would answer (AccessDenied):</p>
          <p className="font-mono text-xs break-words text-fg" data-testid="permission-aws-message">
            {verdict.awsMessage}
          </p>
        </div>
      )}
      <div>
        <h2 className="text-[13px] font-semibold text-fg">Policies read</h2>
        <ul className="list-disc pl-5 text-xs text-fg" data-testid="permission-policies">
          {fromSandbox?.unrestricted && <li>The root user: no identity-based policy to pass.</li>}
          {verdict.evaluated.map((p) => (
            <li key={p.label}>
              {p.label} <span className="text-muted">({p.kind === 'identity' ? 'identity-based' : p.kind === 'session' ? 'session policy' : 'permissions boundary'})</span>
            </li>
          ))}
          {fromSandbox && fromSandbox.policyArns.length > 0 && (
            <li>
              Managed policy ARNs passed as session policies ({fromSandbox.policyArns.join(', ')}): the sandbox world holds no managed policy documents, so neither this check nor the sandbox's own calls evaluate them.
            </li>
          )}
          {fromSandbox && <li className="text-muted">Permissions boundaries: the sandbox world has none.</li>}
        </ul>
        {fromSandbox?.stsRule && <p className="mt-1 text-xs text-fg">STS's own rule: {fromSandbox.stsRule}</p>}
      </div>
      <div>
        <h2 className="text-[13px] font-semibold text-fg">{decided ? 'The statements that decided' : 'No statement decided: every statement read'}</h2>
        {statements.length === 0 ? (
          <p className="text-xs text-muted">No statement in any policy read.</p>
        ) : (
          <ol className="space-y-2" data-testid="permission-statements">
            {statements.map((s) => (
              <li key={`${s.policy}#${s.index}`} className="rounded border border-line px-2 py-1.5 text-xs">
                <p className="text-fg">
                  <span className="font-medium">{s.sid ? `Sid ${s.sid}` : `Statement ${s.index}`}</span> of {s.policy} · {s.effect} · {s.applies ? 'applies' : 'does not apply'}
                </p>
                <p className="text-muted">{s.why}</p>
                {s.conditions.length > 0 && (
                  <ul className="mt-1 space-y-0.5">
                    {s.conditions.map((c) => (
                      <li key={`${c.operator} ${c.key}`} className="font-mono text-[11px] text-fg">
                        {c.result ? '✓' : '✗'} {c.operator} {c.key}: policy {JSON.stringify(c.policyValues)}, request {c.requestValues ? JSON.stringify(c.requestValues) : '(absent)'}
                        <span className="font-sans text-muted"> {c.why}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
