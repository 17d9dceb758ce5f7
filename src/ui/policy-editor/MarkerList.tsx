import { useLingui } from '@lingui/react';
import type { Message } from '../../kernel/message';
import { translate } from '../../i18n/translate';
import type { PolicyMarker } from '../../policy/validate/marker';
import { Text } from '../../i18n/Text';
import { cx } from '../cx';

const SEVERITY_WORD: Record<PolicyMarker['severity'], Message> = {
  error: /*i18n*/ { id: 'marker.error', message: 'Error' },
  warning: /*i18n*/ { id: 'marker.warning', message: 'Warning' },
  info: /*i18n*/ { id: 'marker.note', message: 'Note' },
};

/** "Line 5, column 7" for the marker list and screen readers. */
function markerPlace(m: Pick<PolicyMarker, 'line' | 'column'>): Message {
  return /*i18n*/ { id: 'marker.place', message: 'Line {line}, column {column}', values: { line: m.line, column: m.column } };
}

/**
 * The editor's markers as a list under it, for screen readers and for anyone who prefers reading
 * them to hovering squiggles. Each entry moves the cursor to its place in the editor.
 */
export function MarkerList({ markers, label, onSelect }: { markers: readonly PolicyMarker[]; label: string; onSelect: (m: PolicyMarker) => void }) {
  const { i18n } = useLingui();
  const errors = markers.filter((m) => m.severity === 'error').length;
  const warnings = markers.length - errors;
  const summary =
    markers.length === 0
      ? i18n._({ id: 'marker.none', message: 'No problems found in the policy.' })
      : i18n._({
          id: 'marker.summary',
          message: '{errors, plural, =0 {} one {# error} other {# errors}}{both, select, yes {, } other {}}{warnings, plural, =0 {} one {# warning} other {# warnings}}',
          values: { errors, warnings, both: errors && warnings ? 'yes' : 'no' },
        });
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
                aria-label={i18n._({ id: 'marker.name', message: '{severity}, line {line}, column {column}: {message}', values: { severity: i18n._(SEVERITY_WORD[m.severity]), line: m.line, column: m.column, message: translate(i18n, m.message) } })}
                data-code={m.code}
                data-severity={m.severity}
              >
                <span className={cx('shrink-0 font-medium', m.severity === 'error' ? 'text-danger' : m.severity === 'warning' ? 'text-warn' : 'text-muted')}>
                  {i18n._(SEVERITY_WORD[m.severity])}
                </span>
                {/* Spaces between the parts (a flex container does not render them): the visible text reads as words, as in the name. */}{' '}
                <span className="shrink-0 font-mono text-[11px] text-muted">{i18n._(markerPlace(m))}</span>{' '}
                <span className="min-w-0 text-fg">
                  <Text m={m.message} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
