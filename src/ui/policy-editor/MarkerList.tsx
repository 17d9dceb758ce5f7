import type { PolicyMarker } from '../../policy/validate/marker';
import { cx } from '../cx';
import { markerPlace, SEVERITY_WORD } from './monacoAdapters';

/**
 * The editor's markers as a list under it, for screen readers and for anyone who prefers reading
 * them to hovering squiggles. Each entry moves the cursor to its place in the editor.
 */
export function MarkerList({ markers, label, onSelect }: { markers: readonly PolicyMarker[]; label: string; onSelect: (m: PolicyMarker) => void }) {
  const errors = markers.filter((m) => m.severity === 'error').length;
  const warnings = markers.length - errors;
  const summary =
    markers.length === 0
      ? 'No problems found in the policy.'
      : [errors && `${errors} ${errors === 1 ? 'error' : 'errors'}`, warnings && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`].filter(Boolean).join(', ');
  return (
    <div className="mt-1">
      <p className="text-[11px] text-muted" aria-live="polite" data-testid="policy-marker-summary">
        {summary}
      </p>
      {markers.length > 0 && (
        <ul aria-label={label} className="mt-0.5 max-h-40 space-y-0.5 overflow-y-auto" data-testid="policy-markers">
          {markers.map((m, i) => (
            <li key={`${m.startOffset}-${m.code}-${i}`}>
              <button
                type="button"
                className="flex w-full items-baseline gap-1.5 rounded px-1 text-left text-xs hover:bg-surface-2"
                onClick={() => onSelect(m)}
                aria-label={`${SEVERITY_WORD[m.severity]}, ${markerPlace(m).toLowerCase()}: ${m.message}`}
                data-code={m.code}
                data-severity={m.severity}
              >
                <span className={cx('shrink-0 font-medium', m.severity === 'error' ? 'text-danger' : m.severity === 'warning' ? 'text-warn' : 'text-muted')}>
                  {SEVERITY_WORD[m.severity]}
                </span>
                {/* Spaces between the parts (a flex container does not render them): the visible text reads as words, as in the name. */}{' '}
                <span className="shrink-0 font-mono text-[11px] text-muted">{markerPlace(m)}</span>{' '}
                <span className="min-w-0 text-fg">{m.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
