import { useLingui } from '@lingui/react';

/** A two-column table of condition keys and their value(s): the report's request context and the federation checks. */
export interface KeyValuesRow {
  key: string;
  values: readonly string[];
}

export function KeyValuesTable({ rows, label, testId, rowTestId }: { rows: readonly KeyValuesRow[]; label?: string; testId: string; rowTestId?: string }) {
  const { i18n } = useLingui();
  return (
    <table className="w-full table-fixed border-collapse text-xs" aria-label={label} data-testid={testId}>
      <thead className="sticky top-0 bg-surface-2">
        <tr className="text-left text-muted">
          <th scope="col" className="w-2/5 px-2 py-0.5 font-medium">
            {i18n._({ id: 'keyValues.key', message: 'Key' })}
          </th>
          <th scope="col" className="px-2 py-0.5 font-medium">
            {i18n._({ id: 'keyValues.values', message: 'Value(s)' })}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${r.key}-${i}`} className="border-t border-line align-top" data-testid={rowTestId} data-key={rowTestId ? r.key : undefined}>
            <th scope="row" className="px-2 py-1 text-left font-mono font-normal break-all text-fg" translate="no">
              {r.key}
            </th>
            <td className="px-2 py-1 font-mono break-all text-fg" translate="no">{r.values.length === 0 ? <span className="text-muted">—</span> : r.values.length === 1 ? r.values[0] : r.values.map((v, j) => <div key={j}>{v}</div>)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
