import { Fragment } from 'react';
import type { PolicyTrace, TraceRequest } from '../../policy/sandbox-trace';
import { Badge } from '../../ui/Badge';
import { ConditionKeysView } from './ConditionKeysView';

const VERDICT = {
  allow: { tone: 'ok', text: 'Allowed' },
  'implicit-deny': { tone: 'danger', text: 'Denied: no statement allows it' },
  'explicit-deny': { tone: 'danger', text: 'Denied: an explicit Deny applies' },
} as const;

/** An Allow never decides a denial (a message from elsewhere may still mark one). */
const decided = (trace: PolicyTrace, s: PolicyTrace['statements'][number]) => s.deciding && (trace.decision === 'allow' || s.effect === 'Deny');

function values(vs: readonly string[] | null) {
  if (vs === null) return <span className="text-muted italic">absent</span>;
  if (vs.length === 0) return <span className="text-muted italic">(empty)</span>;
  return vs.map((v, i) => <div key={i}>{v}</div>);
}

/**
 * A trust-policy evaluation, statement by statement and condition by condition. The same view
 * shows the check run here before a call and the sandboxTrace of a denial after it.
 */
export function TraceView({ trace, request, source, showSummary = true }: { trace: PolicyTrace; request?: TraceRequest; source: string; showSummary?: boolean }) {
  const v = VERDICT[trace.decision];
  return (
    <div className="space-y-2" data-testid="policy-trace" data-decision={trace.decision}>
      <div className="flex flex-wrap items-center gap-1.5">
        <Badge tone={v.tone}>
          <span data-testid="trace-verdict">{v.text}</span>
        </Badge>
        <span className="text-[11px] text-muted">{source}</span>
      </div>
      {showSummary && (
        <p className="text-xs leading-5 break-words text-fg" data-testid="trace-summary">
          {trace.summary}
        </p>
      )}
      {request && (
        <details>
          <summary className="cursor-pointer text-xs text-muted hover:text-fg">Request context: {request.action || '?'} on {request.resource || '?'}</summary>
          <div className="mt-1 space-y-1 text-xs">
            {request.principal && (
              <p>
                Principal: <code className="font-mono break-all">{request.principal}</code>
              </p>
            )}
            <ConditionKeysView keys={request.keys} label="Request condition keys" />
          </div>
        </details>
      )}
      <ol className="space-y-2" aria-label="Statements">
        {trace.statements.map((s, i) => (
          <li key={i} className="rounded border border-line p-2" data-testid="trace-statement" data-applies={s.applies}>
            <div className="flex flex-wrap items-center gap-1.5 text-xs">
              <span className="font-medium text-fg">
                Statement {s.index}
                {s.sid ? ` (${s.sid})` : ''}
              </span>
              <Badge tone={s.effect === 'Deny' ? 'danger' : 'accent'}>{s.effect}</Badge>
              <Badge tone={s.applies ? (s.effect === 'Allow' ? 'ok' : 'danger') : 'neutral'}>{s.applies ? 'applies' : 'does not apply'}</Badge>
              {decided(trace, s) && <Badge tone="accent">decided the outcome</Badge>}
              <span className="text-muted">{s.policy}</span>
            </div>
            <p className="mt-1 text-xs leading-5 break-words text-muted">{s.why}</p>
            {s.conditions.length > 0 && (
              <table className="mt-1 w-full table-fixed border-collapse text-xs" aria-label={`Conditions of statement ${s.index}`}>
                <thead>
                  <tr className="text-left text-muted">
                    <th scope="col" className="w-16 py-0.5 font-medium">Result</th>
                    <th scope="col" className="py-0.5 pr-2 font-medium">Condition</th>
                    <th scope="col" className="py-0.5 pr-2 font-medium">Policy wants</th>
                    <th scope="col" className="py-0.5 font-medium">Request has</th>
                  </tr>
                </thead>
                <tbody>
                  {s.conditions.map((c, j) => (
                    <Fragment key={j}>
                      <tr className="border-t border-line align-top" data-testid="trace-condition" data-key={c.key} data-result={c.result}>
                        <td className="pt-1">
                          <Badge tone={c.result ? 'ok' : 'danger'}>{c.result ? 'holds' : 'fails'}</Badge>
                        </td>
                        <td className="pt-1 pr-2 font-mono break-all">
                          <div className="text-muted">{c.operator}</div>
                          <div className="text-fg">{c.key}</div>
                        </td>
                        <td className="pt-1 pr-2 font-mono break-all text-fg">{values(c.policyValues)}</td>
                        <td className="pt-1 font-mono break-all text-fg">{values(c.requestValues)}</td>
                      </tr>
                      <tr>
                        <td colSpan={4} className="pb-1 text-[11px] break-words text-muted">
                          {c.why}
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
