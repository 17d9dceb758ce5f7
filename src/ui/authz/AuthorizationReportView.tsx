import { Trans, useLingui } from '@lingui/react';
import { Text } from '../../i18n/Text';
import { RelayedWords } from '../../i18n/RelayedWords';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { filterContext, type AuthorizationReport, type ContextEntry, type ReportStatement } from '../../inspect/authz';
import { ArnBreakdown } from '../ArnBreakdown';
import { Badge } from '../Badge';
import { Button } from '../Button';
import { CopyButton } from '../CopyButton';
import { KeyValueList } from '../KeyValueList';
import { KeyValuesTable } from '../KeyValuesTable';
import { Verbatim } from '../../i18n/Verbatim';

const VERDICT = {
  allowed: { label: /*i18n*/ { id: 'authz.allowed', message: 'Allowed' }, tone: 'ok', why: /*i18n*/ { id: 'authz.allowed.why', message: 'A statement allowed the request and none denied it.' } },
  'explicit-deny': { label: /*i18n*/ { id: 'authz.explicitDeny', message: 'Explicit deny' }, tone: 'danger', why: /*i18n*/ { id: 'authz.explicitDeny.why', message: 'A Deny statement matched the request. An explicit deny overrides every Allow.' } },
  'implicit-deny': { label: /*i18n*/ { id: 'authz.implicitDeny', message: 'Implicit deny' }, tone: 'warn', why: /*i18n*/ { id: 'authz.implicitDeny.why', message: 'No statement allowed the request, so it was denied by default.' } },
} as const;

function Heading({ children }: { children: ReactNode }) {
  return <h4 className="text-[11px] font-semibold tracking-wide text-muted uppercase">{children}</h4>;
}

// The message's own values (actions, ARNs, keys): AWS's words, shown verbatim.
const Values = ({ values }: { values: readonly string[] }) =>
  values.length === 0 ? <span className="text-muted">—</span> : <>{values.map((v, i) => <div key={i} className="break-all" translate="no">{v}</div>)}</>;

function Statement({ s, index }: { s: ReportStatement; index: number }) {
  const { i18n } = useLingui();
  return (
    <li className="rounded border border-line p-2" data-testid="matched-statement">
      <div className="mb-1 flex flex-wrap items-center gap-1.5">
        <Badge tone={s.effect === 'Deny' ? 'danger' : s.effect === 'Allow' ? 'ok' : 'neutral'}>{s.effect ? <Verbatim>{s.effect}</Verbatim> : i18n._({ id: 'authz.noEffect', message: 'No effect' })}</Badge>
        <span className="font-mono text-xs text-fg">{s.statementId ? <Verbatim>{s.statementId}</Verbatim> : i18n._({ id: 'authz.statementNoSid', message: 'Statement {number} (no Sid)', values: { number: index + 1 } })}</span>
        {s.sourcePolicy && <span className="text-xs text-muted">{i18n._({ id: 'authz.inPolicy', message: 'in' })} <Verbatim>{s.sourcePolicy}</Verbatim></span>}
      </div>
      <KeyValueList
        rows={[
          { key: 'actions', label: i18n._({ id: 'authz.actions', message: 'Actions' }), value: <Values values={s.actions} />, mono: true },
          { key: 'resources', label: i18n._({ id: 'authz.resources', message: 'Resources' }), value: <Values values={s.resources} />, mono: true },
          { key: 'principals', label: i18n._({ id: 'authz.principals', message: 'Principals' }), value: <Values values={s.principals} />, mono: true },
          ...(s.principalGroups.length ? [{ key: 'groups', label: i18n._({ id: 'authz.principalGroups', message: 'Principal groups' }), value: <Values values={s.principalGroups} />, mono: true }] : []),
          {
            key: 'conditions',
            label: i18n._({ id: 'authz.conditions', message: 'Conditions' }),
            value: s.conditions.length ? (
              s.conditions.map((c, i) => (
                <div key={i} className="break-all" translate="no">
                  {c.key} = {c.values.join(', ')}
                </div>
              ))
            ) : (
              <span className="text-muted">{i18n._({ id: 'authz.noConditions', message: 'none' })}</span>
            ),
            mono: true,
          },
          { key: 'source', label: i18n._({ id: 'authz.sourcePolicy', message: 'Source policy' }), value: s.sourcePolicy ? <Verbatim>{s.sourcePolicy}</Verbatim> : <span className="text-muted">{i18n._({ id: 'authz.sourceNotStated', message: 'not stated in the message' })}</span> },
        ]}
      />
    </li>
  );
}

function ContextTable({ context }: { context: readonly ContextEntry[] }) {
  const { i18n } = useLingui();
  const id = useId();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterContext(context, query), [context, query]);
  if (context.length === 0) return <p className="text-xs text-muted">{i18n._({ id: 'authz.noContext', message: 'The message lists no context keys.' })}</p>;
  return (
    <div className="space-y-1.5">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="text-xs text-muted">
          {i18n._({ id: 'authz.searchContext', message: 'Search context keys' })}
        </label>
        <input
          id={id}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={i18n._({ id: 'authz.searchPlaceholder', message: 'key or value' })}
          className="h-6 min-w-0 flex-1 rounded border border-line-strong bg-surface px-1.5 font-mono text-xs text-fg"
        />
        <span className="text-xs text-muted" aria-live="polite">
          {i18n._({ id: 'authz.shownOf', message: '{shown} of {total}', values: { shown: shown.length, total: context.length } })}
        </span>
      </div>
      <div tabIndex={0} role="region" aria-label={i18n._({ id: 'authz.contextKeys', message: 'Context keys' })} className="max-h-[30rem] overflow-auto rounded border border-line">
        <KeyValuesTable rows={shown} testId="context-keys" rowTestId="context-key" />
        {shown.length === 0 && <p className="px-2 py-1.5 text-xs text-muted">{i18n._({ id: 'authz.noMatch', message: 'No context key or value contains “{query}”.', values: { query: query.trim() } })}</p>}
      </div>
    </div>
  );
}

/** A decoded authorization message as a report: verdict, principal, action, resource, statements, context, raw JSON. */
export function AuthorizationReportView({ report }: { report: AuthorizationReport }) {
  const { i18n } = useLingui();
  const [raw, setRaw] = useState(false);
  const rawId = useId();
  const v = VERDICT[report.verdict];
  const p = report.principal;
  return (
    <div className="space-y-3" data-testid="authorization-report" data-verdict={report.verdict}>
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-1.5" data-testid="authorization-verdict">
          <Badge tone={v.tone}>{i18n._(v.label)}</Badge>
          {report.matchedStatements.length > 0 && (
            <Badge tone="neutral">
              {i18n._({ id: 'authz.matchedCount', message: '{count, plural, one {# matched statement} other {# matched statements}}', values: { count: report.matchedStatements.length } })}
            </Badge>
          )}
        </div>
        <p className="text-xs text-muted">
          {/* The sandbox's own summary travels inside the decoded message, in English, like the rest of its content. */}
          {report.sandboxSummary ? <RelayedWords w={report.sandboxSummary} /> : i18n._(v.why)}
        </p>
        {report.notes.map((n, i) => (
          <p key={i} className="text-xs text-warn">
            <Text m={n} />
          </p>
        ))}
      </div>
      <KeyValueList
        rows={[
          {
            key: 'principal',
            label: i18n._({ id: 'authz.principal', message: 'Principal' }),
            value: (
              <div className="space-y-1" data-testid="report-principal">
                {p.arn ? <ArnBreakdown arn={p.arn} label={i18n._({ id: 'authz.principalArn', message: 'principal ARN' })} /> : <span className="text-muted">{i18n._({ id: 'authz.noArn', message: 'No ARN in the message' })}</span>}
                {p.id && (
                  <div className="font-mono text-xs break-all">
                    {i18n._({ id: 'authz.principalId', message: 'ID' })} <Verbatim>{p.id}</Verbatim>
                  </div>
                )}
                {p.name && (
                  <div className="text-xs">
                    {i18n._({ id: 'authz.principalName', message: 'Name' })} <Verbatim>{p.name}</Verbatim>
                  </div>
                )}
              </div>
            ),
          },
          {
            key: 'action',
            label: i18n._({ id: 'authz.action', message: 'Action' }),
            value: (
              <span data-testid="report-action">
                <Verbatim>{report.action || '—'}</Verbatim>
                {report.service && !report.action.includes(':') && (
                  <span className="ml-1 text-muted">
                    <Trans id="authz.service" message="(service {service})" values={{ service: <Verbatim>{report.service}</Verbatim> }} />
                  </span>
                )}
              </span>
            ),
            mono: true,
          },
          { key: 'resource', label: i18n._({ id: 'authz.resource', message: 'Resource' }), value: <span data-testid="report-resource" translate="no">{report.resource || '—'}</span>, mono: true },
          ...(report.failures.length ? [{ key: 'failures', label: i18n._({ id: 'authz.failures', message: 'Failures' }), value: <Values values={report.failures} />, mono: true }] : []),
        ]}
      />
      <section className="space-y-1.5">
        <Heading>{i18n._({ id: 'authz.matchedStatements', message: 'Matched statements' })}</Heading>
        {report.matchedStatements.length === 0 ? (
          <p className="text-xs text-muted">
            {report.verdict === 'implicit-deny' ? i18n._({ id: 'authz.noneImplicit', message: 'None: no statement allowed the request, so nothing is listed.' }) : i18n._({ id: 'authz.noneListed', message: 'The message lists none.' })}
          </p>
        ) : (
          <ol className="space-y-1.5">
            {report.matchedStatements.map((s, i) => (
              <Statement key={i} s={s} index={i} />
            ))}
          </ol>
        )}
      </section>
      <section className="space-y-1.5">
        <Heading>{i18n._({ id: 'authz.requestContext', message: 'Request context ({count, plural, one {# key} other {# keys}})', values: { count: report.context.length } })}</Heading>
        <ContextTable context={report.context} />
      </section>
      <div className="space-y-1">
        <div className="flex items-center gap-1">
          <Button size="sm" variant="ghost" aria-expanded={raw} aria-controls={rawId} onClick={() => setRaw((r) => !r)}>
            {raw ? i18n._({ id: 'authz.hideRaw', message: 'Hide raw JSON' }) : i18n._({ id: 'authz.showRaw', message: 'Show raw JSON' })}
          </Button>
          <CopyButton text={() => report.raw} label={i18n._({ id: 'authz.copyJson', message: 'Copy the decoded JSON' })} />
        </div>
        {raw && (
          <pre id={rawId} tabIndex={0} aria-label={i18n._({ id: 'authz.rawJson', message: 'Decoded message JSON' })} translate="no" className="max-h-96 overflow-auto rounded border border-line bg-code p-2 font-mono text-[11px] leading-4 text-fg">
            {report.raw}
          </pre>
        )}
      </div>
    </div>
  );
}
