import type { I18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { useState } from 'react';
import type { ParamSpec } from '../../../catalog/types';
import type { FieldControlProps } from '../../../ui/Field';
import { EyeIcon, EyeOffIcon } from '../../../ui/icons';

interface Props {
  param: ParamSpec;
  control: FieldControlProps;
  value: string;
  onChange: (text: string) => void;
  suggestions?: readonly string[];
}

const common = { autoComplete: 'off', spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off' } as const;

/** text, textarea and number widgets: the raw text is kept so invalid input can be shown and sent anyway. */
export function TextControl({ param, control, value, onChange, suggestions }: Props) {
  if (param.widget === 'textarea') {
    return param.type.kind === 'string' && param.type.sensitive ? (
      <SensitiveTextarea param={param} control={control} value={value} onChange={onChange} />
    ) : (
      <textarea
        {...control}
        {...common}
        className="input min-h-16 resize-y font-mono text-xs"
        rows={3}
        placeholder={param.placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  const listId = suggestions?.length ? `${control.id}-list` : undefined;
  const isNumber = param.widget === 'number';
  return (
    <>
      <input
        {...control}
        {...common}
        type="text"
        inputMode={isNumber ? 'numeric' : undefined}
        className={isNumber ? 'input max-w-48 font-mono' : 'input font-mono'}
        placeholder={param.placeholder ?? (isNumber && param.defaultValue !== undefined ? String(param.defaultValue) : undefined)}
        list={listId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {listId && (
        <datalist id={listId}>
          {suggestions?.map((s) => <option key={s} value={s} />)}
        </datalist>
      )}
    </>
  );
}

/** "Show Web identity token" / "Hide …": the toggle's words for a masked value. */
const showHide = (i18n: I18n, shown: boolean, param: ParamSpec): string => {
  const label = i18n._(param.label);
  return shown ? i18n._({ id: 'paramSecret.hide', message: 'Hide {label}', values: { label } }) : i18n._({ id: 'paramSecret.show', message: 'Show {label}', values: { label } });
};

/** A masked single-line input for tokens and assertions, with a show/hide toggle. Never autocompleted or stored. */
export function SecretControl({ param, control, value, onChange }: Omit<Props, 'suggestions'>) {
  const [shown, setShown] = useState(false);
  const { i18n } = useLingui();
  const toggle = showHide(i18n, shown, param);
  return (
    <div className="flex gap-1">
      <input
        {...control}
        {...common}
        type={shown ? 'text' : 'password'}
        autoComplete="off"
        data-1p-ignore
        data-lpignore="true"
        className="input font-mono"
        placeholder={param.placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <button
        type="button"
        className="inline-flex size-7.5 shrink-0 items-center justify-center rounded border border-line-strong text-muted hover:bg-surface-2 hover:text-fg"
        aria-pressed={shown}
        aria-label={toggle}
        title={toggle}
        onClick={() => setShown((s) => !s)}
      >
        {shown ? <EyeOffIcon /> : <EyeIcon />}
      </button>
    </div>
  );
}

/** Assertions and tokens: a textarea whose text is masked (text-security) until "Show" is pressed. */
function SensitiveTextarea({ param, control, value, onChange }: Omit<Props, 'suggestions'>) {
  const [shown, setShown] = useState(false);
  const { i18n } = useLingui();
  return (
    <div className="space-y-1">
      <textarea
        {...control}
        {...common}
        className={`input min-h-16 resize-y font-mono text-xs break-all ${shown ? '' : '[-webkit-text-security:disc]'}`}
        rows={3}
        placeholder={param.placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <div className="flex items-center gap-2 text-xs text-muted">
        <button
          type="button"
          className="inline-flex items-center gap-1 rounded px-1 hover:bg-surface-2 hover:text-fg"
          aria-pressed={shown}
          onClick={() => setShown((s) => !s)}
        >
          {shown ? <EyeOffIcon /> : <EyeIcon />} {showHide(i18n, shown, param)}
        </button>
        {value !== '' && <span>{i18n._({ id: 'text.charCount', message: '{count, plural, one {# character} other {# characters}}', values: { count: value.length } })}</span>}
      </div>
    </div>
  );
}
