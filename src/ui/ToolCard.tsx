import { useLingui } from '@lingui/react';
import { useId, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

/** A tool's frame in the main column: a level-1 heading (it replaces the operation's), a summary, the body. */
export function ToolCard({ title, summary, children, testId }: { title: string; summary: ReactNode; children: ReactNode; testId: string }) {
  const { i18n } = useLingui();
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-md border border-line bg-surface" data-testid={testId}>
      <div className="space-y-1 border-b border-line px-4 py-3">
        <p className="text-[11px] font-semibold tracking-wide text-muted uppercase">{i18n._({ id: 'tool.kicker', message: 'Tool' })}</p>
        <h1 id={id} className="text-base font-semibold text-fg">
          {title}
        </h1>
        <p className="text-xs leading-5 text-muted">{summary}</p>
      </div>
      <div className="space-y-4 p-4"><ErrorBoundary label={i18n._({ id: 'tool.boundary', message: 'The {title} tool', values: { title } })}>{children}</ErrorBoundary></div>
    </section>
  );
}
