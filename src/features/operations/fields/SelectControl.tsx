import { useLingui } from '@lingui/react';
import type { ParamSpec, StringConstraint } from '../../../catalog/types';
import type { FieldControlProps } from '../../../ui/Field';

/** The allowed values of a select: the string's own, or (TaskPolicyArn) those of its one struct member. */
function allowedValuesOf(param: ParamSpec): readonly string[] {
  const t = param.type;
  if (t.kind === 'string') return t.allowedValues ?? [];
  if (t.kind === 'struct') {
    const first: StringConstraint | undefined = t.fields[0]?.type;
    return first?.allowedValues ?? [];
  }
  return [];
}

/** The short name for long ARNs in a menu: `…/root-task/S3UnlockBucketPolicy` → `S3UnlockBucketPolicy`. */
function optionLabel(value: string): string {
  return value.startsWith('arn:') ? `${value.slice(value.lastIndexOf('/') + 1)}  (${value})` : value;
}

export function SelectControl({ param, control, value, onChange }: {
  param: ParamSpec;
  control: FieldControlProps;
  value: string;
  onChange: (text: string) => void;
}) {
  const { i18n } = useLingui();
  const options = allowedValuesOf(param);
  // A value that is not one of the options (loaded from an example) stays visible and selectable.
  const extra = value !== '' && !options.includes(value) ? [value] : [];
  return (
    <select {...control} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{param.required ? i18n._({ id: 'select.choose', message: 'Choose…' }) : i18n._({ id: 'select.notSet', message: 'Not set' })}</option>
      {[...options, ...extra].map((v) => (
        <option key={v} value={v}>
          {optionLabel(v)}
        </option>
      ))}
    </select>
  );
}
