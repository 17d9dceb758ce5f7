import { useLingui } from '@lingui/react';
import { useState, type ReactNode } from 'react';
import { MAX_NESTING_DEPTH } from '../policy/nesting';
import { cx } from './cx';
import { ChevronIcon } from './icons';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A readable, collapsible JSON tree (objects and arrays open by default to `openDepth`); keys and values are the document's own, shown verbatim. */
export function JsonTree({ value, openDepth = 4, label }: { value: unknown; openDepth?: number; label: string }) {
  return (
    <div role="group" aria-label={label} className="font-mono text-xs leading-5">
      <Node value={value as Json} depth={0} openDepth={openDepth} name={null} />
    </div>
  );
}

function Scalar({ value }: { value: Json }) {
  if (value === null) return <span className="text-muted" translate="no">null</span>;
  if (typeof value === 'boolean') return <span className={value ? 'text-ok' : 'text-danger'} translate="no">{String(value)}</span>;
  if (typeof value === 'number') return <span className="text-accent">{value}</span>;
  return <span className="break-all text-fg" translate="no">&quot;{String(value)}&quot;</span>;
}

function Node({ value, depth, openDepth, name }: { value: Json; depth: number; openDepth: number; name: ReactNode }) {
  const { i18n } = useLingui();
  const [open, setOpen] = useState(depth < openDepth);
  const isArray = Array.isArray(value);
  const isObject = value !== null && typeof value === 'object';
  const keyLabel = name === null ? null : <span className="text-muted" translate="no">{name}: </span>;

  if (isObject && depth >= MAX_NESTING_DEPTH) {
    // The decoders refuse deeper documents; this keeps any other value from recursing without end.
    return (
      <div className="pl-4 text-danger">
        {keyLabel}
        {i18n._({ id: 'jsonTree.tooDeep', message: 'This value is nested too deeply (more than {max} levels)', values: { max: MAX_NESTING_DEPTH } })}
      </div>
    );
  }

  if (!isObject) {
    return (
      <div className="pl-4">
        {keyLabel}
        <Scalar value={value} />
      </div>
    );
  }

  const entries: Array<[string, Json]> = isArray ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  const summary = isArray ? `[${entries.length}]` : `{${entries.length}}`;
  return (
    <div>
      <button
        type="button"
        onClick={() => setOpen((o) => !o)}
        className="inline-flex items-center gap-0.5 rounded text-left hover:bg-surface-2"
        aria-expanded={open}
      >
        <ChevronIcon size={12} className={cx('transition-transform', open && 'rotate-90')} />
        {keyLabel}
        <span className="text-muted">{summary}</span>
      </button>
      {open && (
        <div className="ml-1.5 border-l border-line pl-1.5">
          {entries.length === 0 && (
            <div className="pl-4 text-muted">
              {isArray ? i18n._({ id: 'jsonTree.emptyList', message: 'empty list' }) : i18n._({ id: 'jsonTree.emptyObject', message: 'empty object' })}
            </div>
          )}
          {entries.map(([k, v]) => (
            <Node key={k} value={v} depth={depth + 1} openDepth={openDepth} name={k} />
          ))}
        </div>
      )}
    </div>
  );
}
