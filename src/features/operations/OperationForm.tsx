import { useLingui } from '@lingui/react';
import { Suspense, type ReactNode } from 'react';
import type { FieldIssue, OperationSpec } from '../../catalog/types';
import type { FieldValue, FormValues } from '../../state/formState';
import { lazyPart } from '../../ui/lazyPart';
import { Spinner } from '../../ui/Spinner';
import type { PolicyContext } from './fields/PolicyControl';
import { FIELDS_LOADING_ATTRIBUTE } from './focusField';
import { visibleParams } from './visibleParams';

export interface OperationFormProps {
  spec: OperationSpec;
  values: FormValues;
  onChange: (name: string, value: FieldValue) => void;
  issues: readonly FieldIssue[];
  /** Values to offer while typing, by parameter name (e.g. the sandbox's role ARNs). */
  suggestions?: Readonly<Record<string, readonly string[]>>;
  /** This operation's last sent policy and the PackedPolicySize STS returned (for the policy editor). */
  policySent?: Omit<PolicyContext, 'policyArns'>;
  /** Shown under a parameter's field, by parameter name (e.g. the sandbox MFA code under TokenCode). */
  addons?: Readonly<Partial<Record<string, ReactNode>>>;
}

/**
 * The fields' code (every control, the policy editor's frame, the hints) has its own chunk: the first screen
 * (GetCallerIdentity, no parameters) does not carry it. It is fetched when the page is idle, so choosing an
 * operation with parameters afterwards finds it there.
 */
const OperationFields = lazyPart(() => import('./OperationFields').then((m) => m.OperationFields));

/** Whether `spec`'s form shows fields (it has parameters the form shows). */
const hasFields = (spec: OperationSpec): boolean => visibleParams(spec).length > 0;

/**
 * The fields' code when `spec`'s form shows fields, for a first screen that shows it: src/app/main.tsx
 * waits for it.
 */
export const preloadFieldsOf = (spec: OperationSpec): Promise<unknown> | undefined => (hasFields(spec) ? OperationFields.preload() : undefined);

/** The one form renderer: every operation's form comes from its catalog entry. */
export function OperationForm(props: OperationFormProps) {
  const { i18n } = useLingui();
  if (!hasFields(props.spec)) {
    return <p className="text-muted">{i18n._({ id: 'form.noParams', message: 'This operation takes no parameters: send it as it is.' })}</p>;
  }
  return (
    <Suspense
      fallback={
        <p {...{ [FIELDS_LOADING_ATTRIBUTE]: '' }}>
          <Spinner label={i18n._({ id: 'form.loadingFields', message: 'Loading the form' })} />
        </p>
      }
    >
      <OperationFields {...props} />
    </Suspense>
  );
}
