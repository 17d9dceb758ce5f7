import { useId, type ReactNode } from 'react';
import { ErrorBoundary } from '../../ui/ErrorBoundary';

/** A titled card; its heading labels the region for screen readers. */
export function Card({ title, actions, children, testId }: { title: ReactNode; actions?: ReactNode; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-md border border-line bg-surface" data-testid={testId}>
      <div className="flex flex-wrap items-center gap-2 border-b border-line px-3 py-2">
        <h2 id={id} className="text-xs font-semibold tracking-wide text-muted uppercase">
          {title}
        </h2>
        {actions && <div className="ml-auto flex flex-wrap items-center gap-1">{actions}</div>}
      </div>
      <div className="space-y-3 p-3"><ErrorBoundary label={`The ${title} panel`}>{children}</ErrorBoundary></div>
    </section>
  );
}

/** A sub-heading inside a card. */
export function SubHeading({ children }: { children: ReactNode }) {
  return <h3 className="text-[11px] font-semibold tracking-wide text-muted uppercase">{children}</h3>;
}

/** A labelled control: the label names the control; a hint describes it. */
export function Labeled({ label, hint, children, className }: { label: ReactNode; hint?: ReactNode; children: (p: { id: string; 'aria-describedby'?: string }) => ReactNode; className?: string }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-[13px] font-medium text-fg">
        {label}
      </label>
      {children({ id, ...(hint ? { 'aria-describedby': `${id}-hint` } : {}) })}
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-[11px] text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A problem the user must see (role=alert announces it). */
export function ErrorNote({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p role="alert" className="rounded border border-danger/40 bg-danger-soft px-2 py-1.5 text-xs break-words text-fg" data-testid={testId}>
      {children}
    </p>
  );
}
