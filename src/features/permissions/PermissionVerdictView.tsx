import { Trans, useLingui } from '@lingui/react';
import { RelayedWords } from '../../i18n/RelayedWords';
import { Verbatim } from '../../i18n/Verbatim';
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
// The verdict's sentences (headline, why, policy labels) are relayed text (src/kernel/relayed.ts): from the
// evaluator here or from the sandbox's answer, shown in the reader's language; STS's own rule is its wire text.
export function PermissionVerdictView({ verdict }: { verdict: PermissionVerdict | PermissionCheckAnswer }) {
  const { i18n } = useLingui();
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
        <Badge tone={verdict.allowed ? 'ok' : 'danger'}>{verdict.allowed ? i18n._({ id: 'permission.allowed', message: 'Allowed' }) : i18n._({ id: 'permission.denied', message: 'Denied' })}</Badge>
        <RelayedWords w={verdict.headline} />
      </p>
      {verdict.awsMessage && (
        <div>
          <p className="text-xs text-muted"><Trans id="permission.awsAnswer" message="What AWS would answer ({code}):" values={{ code: <Verbatim>AccessDenied</Verbatim> }} /></p>
          <p className="font-mono text-xs break-words text-fg" data-testid="permission-aws-message" lang="en" translate="no">
            {verdict.awsMessage}
          </p>
        </div>
      )}
      <div>
        <h2 className="text-[13px] font-semibold text-fg">{i18n._({ id: 'permission.policiesRead', message: 'Policies read' })}</h2>
        <ul className="list-disc pl-5 text-xs text-fg" data-testid="permission-policies">
          {fromSandbox?.unrestricted && <li>{i18n._({ id: 'permission.rootUser', message: 'The root user: no identity-based policy to pass.' })}</li>}
          {verdict.evaluated.map((p) => (
            <li key={p.label.english}>
              <RelayedWords w={p.label} />{' '}
              <span className="text-muted">
                ({p.kind === 'identity' ? i18n._({ id: 'permission.kind.identity', message: 'identity-based' }) : p.kind === 'session' ? i18n._({ id: 'permission.kind.session', message: 'session policy' }) : i18n._({ id: 'permission.kind.boundary', message: 'permissions boundary' })})
              </span>
            </li>
          ))}
          {fromSandbox && fromSandbox.policyArns.length > 0 && (
            <li>
              <Trans
                id="permission.managedArns"
                message="Managed policy ARNs passed as session policies ({arns}): the sandbox world holds no managed policy documents, so neither this check nor the sandbox's own calls evaluate them."
                values={{ arns: <Verbatim>{fromSandbox.policyArns.join(', ')}</Verbatim> }}
              />
            </li>
          )}
          {fromSandbox && <li className="text-muted">{i18n._({ id: 'permission.noBoundaries', message: 'Permissions boundaries: the sandbox world has none.' })}</li>}
        </ul>
        {fromSandbox?.stsRule && (
          <p className="mt-1 text-xs text-fg">
            {i18n._({ id: 'permission.stsRule', message: "STS's own rule:" })} <Verbatim>{fromSandbox.stsRule}</Verbatim>
          </p>
        )}
      </div>
      <div>
        <h2 className="text-[13px] font-semibold text-fg">{decided ? i18n._({ id: 'permission.decidingStatements', message: 'The statements that decided' }) : i18n._({ id: 'permission.noDecidingStatement', message: 'No statement decided: every statement read' })}</h2>
        {statements.length === 0 ? (
          <p className="text-xs text-muted">{i18n._({ id: 'permission.noStatement', message: 'No statement in any policy read.' })}</p>
        ) : (
          <ol className="space-y-2" data-testid="permission-statements">
            {statements.map((s) => (
              <li key={`${s.policy.english}#${s.index}`} className="rounded border border-line px-2 py-1.5 text-xs">
                <p className="text-fg">
                  <span className="font-medium">{s.sid ? <Verbatim>Sid {s.sid}</Verbatim> : i18n._({ id: 'permission.statementNumber', message: 'Statement {number}', values: { number: s.index } })}</span>{' '}
                  {i18n._({ id: 'permission.ofPolicy', message: 'of' })} <RelayedWords w={s.policy} /> · <Verbatim>{s.effect}</Verbatim> ·{' '}
                  {s.applies ? i18n._({ id: 'permission.applies', message: 'applies' }) : i18n._({ id: 'permission.doesNotApply', message: 'does not apply' })}
                </p>
                <p className="text-muted">
                  <RelayedWords w={s.why} />
                </p>
                {s.conditions.length > 0 && (
                  <ul className="mt-1 space-y-0.5">
                    {s.conditions.map((c) => (
                      <li key={`${c.operator} ${c.key}`} className="font-mono text-[11px] text-fg">
                        {c.result ? '✓' : '✗'} <Verbatim>{`${c.operator} ${c.key}`}</Verbatim>:{' '}
                        <Trans
                          id="permission.conditionValues"
                          message="policy {policy}, request {request}"
                          values={{
                            policy: <Verbatim>{JSON.stringify(c.policyValues)}</Verbatim>,
                            request: c.requestValues ? <Verbatim>{JSON.stringify(c.requestValues)}</Verbatim> : i18n._({ id: 'permission.absent', message: '(absent)' }),
                          }}
                        />
                        <span className="font-sans text-muted">
                          {' '}
                          <RelayedWords w={c.why} />
                        </span>
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
