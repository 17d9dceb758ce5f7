/** The condition keys and values a trust policy will see for this request. */
export function ConditionKeysView({ keys, label }: { keys: Readonly<Record<string, readonly string[]>>; label: string }) {
  const entries = Object.entries(keys);
  if (entries.length === 0) return <p className="text-xs text-muted">No condition keys.</p>;
  return (
    <table className="w-full table-fixed border-collapse text-xs" aria-label={label} data-testid="condition-keys">
      <thead>
        <tr className="text-left text-muted">
          <th scope="col" className="w-2/5 py-0.5 pr-2 font-medium">Key</th>
          <th scope="col" className="py-0.5 font-medium">Value(s)</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([k, vs]) => (
          <tr key={k} className="border-t border-line align-top">
            <th scope="row" className="py-1 pr-2 text-left font-mono font-normal break-all text-fg">{k}</th>
            <td className="py-1 font-mono break-all text-fg">
              {vs.length === 1 ? vs[0] : vs.map((v, i) => <div key={i}>{v}</div>)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
