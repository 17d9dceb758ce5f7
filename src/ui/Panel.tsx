import type { ReactNode } from 'react';
import { cx } from './cx';

/** A bordered surface with an optional title row. `as` picks the landmark-neutral element. */
export function Panel({
  title,
  actions,
  children,
  className,
  tone,
  as: Tag = 'section',
  labelledBy,
}: {
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  tone?: 'danger' | 'warn';
  as?: 'section' | 'article' | 'div';
  labelledBy?: string;
}) {
  return (
    <Tag
      aria-labelledby={labelledBy}
      className={cx(
        'rounded-md border bg-surface',
        tone === 'danger' ? 'border-danger/60' : tone === 'warn' ? 'border-warn/60' : 'border-line',
        className,
      )}
    >
      {(title || actions) && (
        <div className="flex items-center gap-2 border-b border-line px-3 py-1.5">
          <div className="min-w-0 flex-1">{title}</div>
          {actions && <div className="flex shrink-0 items-center gap-1">{actions}</div>}
        </div>
      )}
      {children}
    </Tag>
  );
}
