import type { ReactNode } from 'react';
import { cx } from './cx';

export interface KeyValueRow {
  key: string;
  label: ReactNode;
  value: ReactNode;
  /** Literal data (an ID, a URI, an ARN): monospaced, and a string value is marked not to translate. */
  mono?: boolean;
}

/** A dense definition list: label column + value column. */
export function KeyValueList({ rows, className }: { rows: readonly KeyValueRow[]; className?: string }) {
  return (
    <dl className={cx('grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1 text-[13px]', className)}>
      {rows.map((r) => (
        <div key={r.key} className="contents">
          <dt className="text-muted">{r.label}</dt>
          <dd className={cx('min-w-0 break-words', r.mono && 'font-mono text-xs leading-5')}>{r.mono && typeof r.value === 'string' ? <span translate="no">{r.value}</span> : r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
