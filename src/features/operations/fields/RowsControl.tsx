import { useLingui } from '@lingui/react';
import type { ParamSpec } from '../../../catalog/types';
import { Button } from '../../../ui/Button';
import type { FieldControlProps } from '../../../ui/Field';
import { CloseIcon, PlusIcon } from '../../../ui/icons';

/** A list of small structures (ProvidedContexts: ProviderArn + ContextAssertion), one fieldset per entry. */
export function RowsControl({ param, control, rows, onChange }: {
  param: ParamSpec;
  control: FieldControlProps;
  rows: ReadonlyArray<Record<string, string>>;
  onChange: (rows: Array<Record<string, string>>) => void;
}) {
  const fields = param.type.kind === 'structList' ? param.type.fields : [];
  const max = param.type.kind === 'structList' ? param.type.maxItems : undefined;
  const set = (i: number, name: string, text: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [name]: text } : r)));
  const remove = (i: number) => onChange(rows.filter((_, j) => j !== i));
  const long = (name: string) => /assertion/i.test(name);
  const { i18n } = useLingui();
  const label = i18n._(param.label);

  return (
    <div className="space-y-1.5">
      {rows.map((r, i) => (
        <div key={i} className="flex gap-1 rounded border border-line p-1.5">
          <div className="min-w-0 flex-1 space-y-1">
            {fields.map((f, k) =>
              long(f.name) ? (
                <textarea
                  key={f.name}
                  id={i === 0 && k === 0 ? control.id : undefined}
                  aria-describedby={control['aria-describedby']}
                  aria-label={i18n._({ id: 'rows.fieldN', message: '{label} {n}: {field}', values: { label, n: i + 1, field: f.name } })}
                  placeholder={f.name}
                  rows={2}
                  spellCheck={false}
                  className="input resize-y font-mono text-xs"
                  value={r[f.name] ?? ''}
                  onChange={(e) => set(i, f.name, e.target.value)}
                />
              ) : (
                <input
                  key={f.name}
                  id={i === 0 && k === 0 ? control.id : undefined}
                  aria-describedby={control['aria-describedby']}
                  aria-label={i18n._({ id: 'rows.fieldN', message: '{label} {n}: {field}', values: { label, n: i + 1, field: f.name } })}
                  placeholder={f.name}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  className="input font-mono"
                  value={r[f.name] ?? ''}
                  onChange={(e) => set(i, f.name, e.target.value)}
                />
              ),
            )}
          </div>
          <Button variant="ghost" icon className="text-muted" aria-label={i18n._({ id: 'rows.removeN', message: 'Remove {label} {n}', values: { label, n: i + 1 } })} title={i18n._({ id: 'list.remove', message: 'Remove' })} onClick={() => remove(i)}>
            <CloseIcon />
          </Button>
        </div>
      ))}
      <Button size="sm" variant="ghost" className="text-accent" disabled={max !== undefined && rows.length > max} onClick={() => onChange([...rows, {}])}>
        <PlusIcon /> {i18n._({ id: 'rows.add', message: 'Add an entry' })}
      </Button>
    </div>
  );
}
