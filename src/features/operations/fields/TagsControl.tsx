import { useLingui } from '@lingui/react';
import type { TagRow } from '../../../state/formState';
import { Button } from '../../../ui/Button';
import type { FieldControlProps } from '../../../ui/Field';
import { CloseIcon, PlusIcon } from '../../../ui/icons';

/**
 * Session tags: key, value and (when the operation has TransitiveTagKeys) a "transitive" checkbox per
 * tag, so one editor fills both Tags and TransitiveTagKeys.
 */
export function TagsControl({ control, rows, onChange, withTransitive, max }: {
  control: FieldControlProps;
  rows: readonly TagRow[];
  onChange: (rows: TagRow[]) => void;
  withTransitive: boolean;
  max?: number;
}) {
  const { i18n } = useLingui();
  const transitiveTitle = i18n._({ id: 'tags.transitiveTitle', message: 'Transitive: the tag follows the session through role chaining' });
  const set = (i: number, patch: Partial<TagRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const remove = (i: number) => onChange(rows.filter((_, j) => j !== i));
  const a11y = { 'aria-describedby': control['aria-describedby'], 'aria-invalid': control['aria-invalid'] };
  const cols = withTransitive ? 'grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto_auto]' : 'grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]';

  return (
    <div className="space-y-1">
      {rows.length > 0 && (
        <div className={`grid ${cols} gap-1 text-xs text-muted`} aria-hidden="true">
          <span>{i18n._({ id: 'tags.key', message: 'Key' })}</span>
          <span>{i18n._({ id: 'tags.value', message: 'Value' })}</span>
          {withTransitive && <span title={transitiveTitle}>{i18n._({ id: 'tags.transitive', message: 'Transitive' })}</span>}
          <span className="w-7.5" />
        </div>
      )}
      {rows.map((r, i) => (
        <div key={i} className={`grid ${cols} items-center gap-1`}>
          <input
            {...a11y}
            id={i === 0 ? control.id : undefined}
            aria-label={i18n._({ id: 'tags.keyN', message: 'Tag {n} key', values: { n: i + 1 } })}
            type="text"
            autoComplete="off"
            spellCheck={false}
            className="input font-mono"
            value={r.key}
            onChange={(e) => set(i, { key: e.target.value })}
          />
          <input
            {...a11y}
            aria-label={i18n._({ id: 'tags.valueN', message: 'Tag {n} value', values: { n: i + 1 } })}
            type="text"
            autoComplete="off"
            spellCheck={false}
            className="input font-mono"
            value={r.value}
            onChange={(e) => set(i, { value: e.target.value })}
          />
          {withTransitive && (
            <label className="flex h-7.5 items-center justify-center px-2" title={transitiveTitle}>
              <input
                type="checkbox"
                className="size-3.5 accent-[var(--accent)]"
                aria-label={i18n._({ id: 'tags.transitiveN', message: 'Tag {n} transitive', values: { n: i + 1 } })}
                checked={r.transitive}
                onChange={(e) => set(i, { transitive: e.target.checked })}
              />
            </label>
          )}
          <Button variant="ghost" icon className="text-muted" aria-label={i18n._({ id: 'tags.removeN', message: 'Remove tag {n}', values: { n: i + 1 } })} title={i18n._({ id: 'tags.remove', message: 'Remove tag' })} onClick={() => remove(i)}>
            <CloseIcon />
          </Button>
        </div>
      ))}
      <Button
        size="sm"
        variant="ghost"
        className="text-accent"
        disabled={max !== undefined && rows.length > max}
        onClick={() => onChange([...rows, { key: '', value: '', transitive: false }])}
      >
        <PlusIcon /> {i18n._({ id: 'tags.add', message: 'Add tag' })}
      </Button>
    </div>
  );
}
