import { useLingui } from '@lingui/react';
import { useId, useState, type ReactNode } from 'react';
import { cx } from './cx';
import { InfoIcon } from './icons';

/** Attributes the control inside a Field must spread so its label, hint and errors are announced. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean | undefined;
  'aria-required': boolean | undefined;
}

export interface FieldProps {
  label: string;
  /** Short, always visible: the constraint ("2–64 characters", "900–43200 seconds"). */
  hint?: ReactNode;
  /** The longer explanation, behind a help toggle. */
  doc?: ReactNode;
  required?: boolean;
  /** Messages shown beside the field (the workbench's explanation beside STS's own wording). */
  errors?: readonly ReactNode[];
  /** Extra content in the label row (e.g. a "transitive" legend, a char counter). */
  aside?: ReactNode;
  /** Render as fieldset/legend for groups of controls (lists, tag editors). */
  group?: boolean;
  children: (control: FieldControlProps) => ReactNode;
  className?: string;
}

export function Field({ label, hint, doc, required, errors = [], aside, group, children, className }: FieldProps) {
  const id = useId();
  const { i18n } = useLingui();
  const [showDoc, setShowDoc] = useState(false);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-err` : undefined;
  const docId = `${id}-doc`;
  const describedBy = [errorId, hintId, doc && showDoc ? docId : undefined].filter(Boolean).join(' ') || undefined;
  const control: FieldControlProps = {
    id: `${id}-ctl`,
    'aria-describedby': describedBy,
    'aria-invalid': errors.length ? true : undefined,
    'aria-required': required || undefined,
  };

  // The label element holds only the name, so the control's accessible name (and getByLabel) is
  // exactly the parameter's label; "required"/"optional" markers sit beside it (aria-required says it).
  const marker = required ? (
    <span className="text-[13px] text-danger" aria-hidden="true">
      *
    </span>
  ) : (
    <span className="text-xs text-muted" aria-hidden="true">
      {i18n._({ id: 'field.optional', message: '(optional)' })}
    </span>
  );

  const header = (
    <div className="mb-1 flex min-h-5 items-center gap-1">
      {group ? (
        <span id={`${id}-label`} className="text-[13px] font-medium text-fg">
          {label}
        </span>
      ) : (
        <label id={`${id}-label`} htmlFor={control.id} className="text-[13px] font-medium text-fg">
          {label}
        </label>
      )}
      {marker}
      {doc && (
        <button
          type="button"
          className="inline-flex size-5 items-center justify-center rounded text-muted hover:bg-surface-2 hover:text-fg"
          aria-expanded={showDoc}
          aria-controls={docId}
          // A generic name plus the field's label as description: "Parameter help, Role ARN".
          aria-label={i18n._({ id: 'field.help', message: 'Parameter help' })}
          aria-describedby={`${id}-label`}
          title={i18n._({ id: 'field.about', message: 'About {label}', values: { label } })}
          onClick={() => setShowDoc((v) => !v)}
        >
          <InfoIcon />
        </button>
      )}
      {aside && <span className="ml-auto">{aside}</span>}
    </div>
  );

  const body = (
    <>
      {header}
      {doc && (
        <p id={docId} hidden={!showDoc} className="mb-1.5 rounded border border-line bg-surface-2 px-2 py-1.5 text-xs text-muted">
          {doc}
        </p>
      )}
      {children(control)}
      {hint && (
        <p id={hintId} className="mt-0.5 text-[11px] text-muted">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <ul id={errorId} className="mt-1 space-y-0.5 text-xs text-danger">
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
    </>
  );

  return group ? (
    <fieldset className={cx('min-w-0', className)} aria-labelledby={`${id}-label`} aria-describedby={describedBy}>
      {body}
    </fieldset>
  ) : (
    <div className={cx('min-w-0', className)}>{body}</div>
  );
}
