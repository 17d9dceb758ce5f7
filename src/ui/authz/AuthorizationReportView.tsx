import { useId, useMemo, useState, type ReactNode } from 'react';
import { filterContext, type AuthorizationReport, type ContextEntry, type ReportStatement } from '../../inspect/authz';
import { ArnBreakdown } from '../ArnBreakdown';
import { Badge } from '../Badge';
import { Button } from '../Button';
import { CopyButton } from '../CopyButton';
import { KeyValueList } from '../KeyValueList';
import { KeyValuesTable } from '../KeyValuesTable';

const VERDICT = {
  allowed: { label: 'Allowed', tone: 'ok', why: 'A statement allowed the request and none denied it.' },
  'explicit-deny': { label: 'Explicit deny', tone: 'danger', why: 'A Deny statement matched the request. An explicit deny overrides every Allow.' },
  'implicit-deny': { label: 'Implicit deny', tone: 'warn', why: 'No statement allowed the request, so it was denied by default.' },
} as const;

function Heading({ children }: { children: ReactNode }) {
  return <h4 className="text-[11px] font-semibold tracking-wide text-muted uppercase">{children}</h4>;
}

const Values = ({ values }: { values: readonly string[] }) =>
  values.length === 0 ? <span className="text-muted">—</span> : <>{values.map((v, i) => <div key={i} className="break-all">{v}</div>)}</>;

function Statement({ s, index }: { s: ReportStatement; index: number }) {
  return (
    <li className="rounded border border-line p-2" data-testid="matched-statement">
      <div className="mb-1 flex flex-wrap items-center gap-1.5">
        <Badge tone={s.effect === 'Deny' ? 'danger' : s.effect === 'Allow' ? 'ok' : 'neutral'}>{s.effect || 'No effect'}</Badge>
        <span className="font-mono text-xs text-fg">{s.statementId || `Statement ${index + 1} (no Sid)`}</span>
        {s.sourcePolicy && <span className="text-xs text-muted">in {s.sourcePolicy}</span>}
      </div>
      <KeyValueList
        rows={[
          { key: 'actions', label: 'Actions', value: <Values values={s.actions} />, mono: true },
          { key: 'resources', label: 'Resources', value: <Values values={s.resources} />, mono: true },
          { key: 'principals', label: 'Principals', value: <Values values={s.principals} />, mono: true },
          ...(s.principalGroups.length ? [{ key: 'groups', label: 'Principal groups', value: <Values values={s.principalGroups} />, mono: true }] : []),
          {
            key: 'conditions',
            label: 'Conditions',
            value: s.conditions.length ? s.conditions.map((c, i) => <div key={i} className="break-all">{c.key} = {c.values.join(', ')}</div>) : <span className="text-muted">none</span>,
            mono: true,
          },
          { key: 'source', label: 'Source policy', value: s.sourcePolicy ?? <span className="text-muted">not stated in the message</span> },
        ]}
      />
    </li>
  );
}

function ContextTable({ context }: { context: readonly ContextEntry[] }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterContext(context, query), [context, query]);
  if (context.length === 0) return <p className="text-xs text-muted">The message lists no context keys.</p>;
  return (
    <div className="space-y-1.5">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="text-xs text-muted">
          Search context keys
        </label>
        <input
          id={id}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="key or value"
          className="h-6 min-w-0 flex-1 rounded border border-line-strong bg-surface px-1.5 font-mono text-xs text-fg"
        />
        <span className="text-xs text-muted" aria-live="polite">
          {shown.length} of {context.length}
        </span>
      </div>
      <div tabIndex={0} role="region" aria-label="Context keys" className="max-h-[30rem] overflow-auto rounded border border-line">
        <KeyValuesTable rows={shown} testId="context-keys" rowTestId="context-key" />
        {shown.length === 0 && <p className="px-2 py-1.5 text-xs text-muted">No context key or value contains “{query.trim()}”.</p>}
      </div>
    </div>
  );
}

/** A decoded authorization message as a report: verdict, principal, action, resource, statements, context, raw JSON. */
export function AuthorizationReportView({ report }: { report: AuthorizationReport }) {
  const [raw, setRaw] = useState(false);
  const rawId = useId();
  const v = VERDICT[report.verdict];
  const p = report.principal;
  return (
    <div className="space-y-3" data-testid="authorization-report" data-verdict={report.verdict}>
      <div className="space-y-1">
        <div className="flex flex-wrap items-center gap-1.5" data-testid="authorization-verdict">
          <Badge tone={v.tone}>{v.label}</Badge>
          {report.matchedStatements.length > 0 && (
            <Badge tone="neutral">
              {report.matchedStatements.length} matched statement{report.matchedStatements.length === 1 ? '' : 's'}
            </Badge>
          )}
        </div>
        <p className="text-xs text-muted">{report.sandboxSummary ?? v.why}</p>
        {report.notes.map((n) => (
          <p key={n} className="text-xs text-warn">
            {n}
          </p>
        ))}
      </div>
      <KeyValueList
        rows={[
          {
            key: 'principal',
            label: 'Principal',
            value: (
              <div className="space-y-1" data-testid="report-principal">
                {p.arn ? <ArnBreakdown arn={p.arn} label="principal ARN" /> : <span className="text-muted">No ARN in the message</span>}
                {p.id && <div className="font-mono text-xs break-all">ID {p.id}</div>}
                {p.name && <div className="text-xs">Name {p.name}</div>}
              </div>
            ),
          },
          {
            key: 'action',
            label: 'Action',
            value: (
              <span data-testid="report-action">
                {report.action || '—'}
                {report.service && !report.action.includes(':') && <span className="ml-1 text-muted">(service {report.service})</span>}
              </span>
            ),
            mono: true,
          },
          { key: 'resource', label: 'Resource', value: <span data-testid="report-resource">{report.resource || '—'}</span>, mono: true },
          ...(report.failures.length ? [{ key: 'failures', label: 'Failures', value: <Values values={report.failures} />, mono: true }] : []),
        ]}
      />
      <section className="space-y-1.5">
        <Heading>Matched statements</Heading>
        {report.matchedStatements.length === 0 ? (
          <p className="text-xs text-muted">
            {report.verdict === 'implicit-deny' ? 'None: no statement allowed the request, so nothing is listed.' : 'The message lists none.'}
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
        <Heading>Request context ({report.context.length} keys)</Heading>
        <ContextTable context={report.context} />
      </section>
      <div className="space-y-1">
        <div className="flex items-center gap-1">
          <Button size="sm" variant="ghost" aria-expanded={raw} aria-controls={rawId} onClick={() => setRaw((r) => !r)}>
            {raw ? 'Hide raw JSON' : 'Show raw JSON'}
          </Button>
          <CopyButton text={() => report.raw} label="Copy the decoded JSON" />
        </div>
        {raw && (
          <pre id={rawId} tabIndex={0} aria-label="Decoded message JSON" className="max-h-96 overflow-auto rounded border border-line bg-code p-2 font-mono text-[11px] leading-4 text-fg">
            {report.raw}
          </pre>
        )}
      </div>
    </div>
  );
}
