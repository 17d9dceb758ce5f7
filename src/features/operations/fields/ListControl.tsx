import { useLingui } from '@lingui/react';
import type { ParamSpec } from '../../../catalog/types';
import { Button } from '../../../ui/Button';
import type { FieldControlProps } from '../../../ui/Field';
import { CloseIcon, PlusIcon } from '../../../ui/icons';

/** String lists (Audience) and policy-ARN lists: one input per item; there is always at least one row to type in. */
export function ListControl({ param, control, items, onChange, suggestions }: {
  param: ParamSpec;
  control: FieldControlProps;
  items: readonly string[];
  onChange: (items: string[]) => void;
  suggestions?: readonly string[];
}) {
  const rows = items.length ? items : [''];
  const max = param.type.kind === 'stringList' || param.type.kind === 'structList' ? param.type.maxItems : undefined;
  const listId = suggestions?.length ? `${control.id}-list` : undefined;
  const { i18n } = useLingui();
  const label = i18n._(param.label);
  const isArn = param.widget === 'policyArns';

  const set = (i: number, text: string) => onChange(rows.map((r, j) => (j === i ? text : r)));
  const remove = (i: number) => onChange(rows.filter((_, j) => j !== i));

  return (
    <div className="space-y-1">
      {rows.map((item, i) => (
        <div key={i} className="flex gap-1">
          <input
            id={i === 0 ? control.id : undefined}
            aria-describedby={control['aria-describedby']}
            aria-invalid={control['aria-invalid']}
            aria-label={isArn ? i18n._({ id: 'list.arnN', message: '{label}, ARN {n}', values: { label, n: i + 1 } }) : i18n._({ id: 'list.itemN', message: '{label}, item {n}', values: { label, n: i + 1 } })}
            type="text"
            autoComplete="off"
            spellCheck={false}
            className="input font-mono"
            placeholder={param.placeholder}
            list={listId}
            value={item}
            onChange={(e) => set(i, e.target.value)}
          />
          <Button
            variant="ghost"
            icon
            className={`text-muted ${rows.length === 1 && item === '' ? 'invisible' : ''}`}
            aria-label={isArn ? i18n._({ id: 'list.removeArnN', message: 'Remove {label} ARN {n}', values: { label, n: i + 1 } }) : i18n._({ id: 'list.removeItemN', message: 'Remove {label} item {n}', values: { label, n: i + 1 } })}
            title={i18n._({ id: 'list.remove', message: 'Remove' })}
            disabled={rows.length === 1 && item === ''}
            onClick={() => remove(i)}
          >
            <CloseIcon />
          </Button>
        </div>
      ))}
      {listId && (
        <datalist id={listId}>
          {suggestions?.map((s) => <option key={s} value={s} />)}
        </datalist>
      )}
      <Button size="sm" variant="ghost" className="text-accent" onClick={() => onChange([...rows, ''])} disabled={max !== undefined && rows.length >= max + 1}>
        <PlusIcon /> {isArn ? i18n._({ id: 'list.addPolicyArn', message: 'Add policy ARN' }) : i18n._({ id: 'list.addItem', message: 'Add an entry' })}
      </Button>
    </div>
  );
}
