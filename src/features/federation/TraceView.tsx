import { useLingui } from '@lingui/react';
import { Fragment } from 'react';
import type { Message } from '../../kernel/message';
import type { PolicyTrace, TraceRequest } from '../../policy/sandbox-trace';
import { Text } from '../../i18n/Text';
import { RelayedWords } from '../../i18n/RelayedWords';
import { Badge } from '../../ui/Badge';
import { ConditionKeysView } from './ConditionKeysView';

const VERDICT = {
  allow: { tone: 'ok', text: /*i18n*/ { id: 'trace.verdict.allow', message: 'Allowed' } },
  'implicit-deny': { tone: 'danger', text: /*i18n*/ { id: 'trace.verdict.implicitDeny', message: 'Denied: no statement allows it' } },
  'explicit-deny': { tone: 'danger', text: /*i18n*/ { id: 'trace.verdict.explicitDeny', message: 'Denied: an explicit Deny applies' } },
} as const satisfies Record<string, { tone: 'ok' | 'danger'; text: Message }>;

/** An Allow never decides a denial (a message from elsewhere may still mark one). */
const decided = (trace: PolicyTrace, s: PolicyTrace['statements'][number]) => s.deciding && (trace.decision === 'allow' || s.effect === 'Deny');

function Values({ vs }: { vs: readonly string[] | null }) {
  const { i18n } = useLingui();
  if (vs === null) return <span className="font-sans text-muted italic">{i18n._({ id: 'trace.value.absent', message: 'absent' })}</span>;
  if (vs.length === 0) return <span className="font-sans text-muted italic">{i18n._({ id: 'trace.value.empty', message: '(empty)' })}</span>;
  return vs.map((v, i) => (
    <div key={i} translate="no">
      {v}
    </div>
  ));
}

/**
 * A trust-policy evaluation, statement by statement and condition by condition. The same view
 * shows the check run here before a call and the sandboxTrace of a denial after it.
 */
export function TraceView({ trace, request, source, showSummary = true }: { trace: PolicyTrace; request?: TraceRequest; source: Message; showSummary?: boolean }) {
  const { i18n } = useLingui();
  const v = VERDICT[trace.decision];
  return (
    <div className="space-y-2" data-testid="policy-trace" data-decision={trace.decision}>
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone={v.tone}>
          <span data-testid="trace-verdict">{i18n._(v.text)}</span>
        </Badge>
        <span className="text-[11px] text-muted">
          <Text m={source} />
        </span>
      </div>
      {showSummary && (
        <p className="text-xs leading-5 break-words text-fg" data-testid="trace-summary">
          <RelayedWords w={trace.summary} />
        </p>
      )}
      {request && (
        <details>
          <summary className="cursor-pointer text-xs text-muted hover:text-fg">
            <Text m={/*i18n*/ { id: 'trace.requestContext', message: 'Request context: {action} on {resource}', values: { action: request.action || '?', resource: request.resource || '?' }, verbatim: ['action', 'resource'] }} />
          </summary>
          <div className="mt-1 space-y-1 text-xs">
            {request.principal && (
              <p>
                <span translate="no">Principal</span>: <code className="font-mono break-all">{request.principal}</code>
              </p>
            )}
            <ConditionKeysView keys={request.keys} label={i18n._({ id: 'trace.requestKeys', message: 'Request condition keys' })} />
          </div>
        </details>
      )}
      <ol className="space-y-2" aria-label={i18n._({ id: 'trace.statements', message: 'Statements' })}>
        {trace.statements.map((s, i) => (
          <li key={i} className="rounded border border-line p-2" data-testid="trace-statement" data-applies={s.applies}>
            <div className="flex flex-wrap items-center gap-1.5 text-xs">
              <span className="font-medium text-fg">
                {s.sid ? (
                  <Text m={/*i18n*/ { id: 'trace.statementSid', message: 'Statement {index} ({sid})', values: { index: s.index, sid: s.sid }, verbatim: ['sid'] }} />
                ) : (
                  i18n._({ id: 'trace.statement', message: 'Statement {index}', values: { index: s.index } })
                )}
              </span>
              <Badge tone={s.effect === 'Deny' ? 'danger' : 'accent'}>
                <span translate="no">{s.effect}</span>
              </Badge>
              <Badge tone={s.applies ? (s.effect === 'Allow' ? 'ok' : 'danger') : 'neutral'}>{s.applies ? i18n._({ id: 'trace.applies', message: 'applies' }) : i18n._({ id: 'trace.doesNotApply', message: 'does not apply' })}</Badge>
              {decided(trace, s) && <Badge tone="accent">{i18n._({ id: 'trace.decided', message: 'decided the outcome' })}</Badge>}
              <span className="text-muted">
                <RelayedWords w={s.policy} />
              </span>
            </div>
            <p className="mt-1 text-xs leading-5 break-words text-muted">
              <RelayedWords w={s.why} />
            </p>
            {s.conditions.length > 0 && (
              <table className="mt-1 w-full table-fixed border-collapse text-xs" aria-label={i18n._({ id: 'trace.conditionsOf', message: 'Conditions of statement {index}', values: { index: s.index } })}>
                <thead>
                  <tr className="text-left text-muted">
                    <th scope="col" className="w-16 py-0.5 font-medium">{i18n._({ id: 'trace.column.result', message: 'Result' })}</th>
                    <th scope="col" className="py-0.5 pr-2 font-medium">{i18n._({ id: 'trace.column.condition', message: 'Condition' })}</th>
                    <th scope="col" className="py-0.5 pr-2 font-medium">{i18n._({ id: 'trace.column.policyWants', message: 'Policy wants' })}</th>
                    <th scope="col" className="py-0.5 font-medium">{i18n._({ id: 'trace.column.requestHas', message: 'Request has' })}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.conditions.map((c, j) => (
                    <Fragment key={j}>
                      <tr className="border-t border-line align-top" data-testid="trace-condition" data-key={c.key} data-result={c.result}>
                        <td className="pt-1">
                          <Badge tone={c.result ? 'ok' : 'danger'}>{c.result ? i18n._({ id: 'trace.holds', message: 'holds' }) : i18n._({ id: 'trace.fails', message: 'fails' })}</Badge>
                        </td>
                        <td className="pt-1 pr-2 font-mono break-all" translate="no">
                          <div className="text-muted">{c.operator}</div>
                          <div className="text-fg">{c.key}</div>
                        </td>
                        <td className="pt-1 pr-2 font-mono break-all text-fg">
                          <Values vs={c.policyValues} />
                        </td>
                        <td className="pt-1 font-mono break-all text-fg">
                          <Values vs={c.requestValues} />
                        </td>
                      </tr>
                      <tr>
                        <td colSpan={4} className="pb-1 text-[11px] break-words text-muted">
                          <RelayedWords w={c.why} />
                        </td>
                      </tr>
                    </Fragment>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
