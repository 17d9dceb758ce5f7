import type { ReactNode, Ref } from 'react';
import type { OperationSpec } from '../../catalog/types';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { OperationForm, type OperationFormProps } from './OperationForm';
import { OperationHeader } from './OperationHeader';
import { SendBar, type SendBarProps } from './SendBar';

export interface OperationPanelProps {
  spec: OperationSpec;
  headingId: string;
  /** Beside the heading (the sandbox's "Fill an example"). */
  actions?: ReactNode;
  formRef: Ref<HTMLFormElement>;
  /** The form's fields: everything OperationForm takes but the operation itself. */
  form: Omit<OperationFormProps, 'spec'>;
  /** Enter in a field, and the Send button. */
  onSubmit: () => void;
  /** The Send bar, pinned under the form. */
  sendBar: Omit<SendBarProps, 'operation'>;
  /** The form's error card, in the reader's language ("The form"). */
  formLabel: string;
}

/** One operation: its heading and signing badge, its catalog-driven form, and the Send bar. */
export function OperationPanel({ spec, headingId, actions, formRef, form, onSubmit, sendBar, formLabel }: OperationPanelProps) {
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-line bg-surface" data-testid="operation-form">
      <div className="space-y-4 p-4">
        <OperationHeader spec={spec} headingId={headingId} actions={actions} />
        <form
          ref={formRef}
          aria-labelledby={headingId}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          <ErrorBoundary resetKey={spec.name} label={formLabel}>
            <OperationForm key={spec.name} spec={spec} {...form} />
          </ErrorBoundary>
        </form>
      </div>
      <div className="sticky bottom-0 rounded-b-md border-t border-line bg-surface px-4 py-2">
        <SendBar operation={spec.name} {...sendBar} />
      </div>
    </section>
  );
}
