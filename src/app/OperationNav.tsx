import { useId, useState } from 'react';
import type { OperationName } from '../catalog/types';
import { cx } from '../ui/cx';
import { DisclosureHeading } from '../ui/DisclosureHeading';
import { UnlockIcon } from '../ui/icons';
import { MENU, MENU_ORDER } from './groups';

/** The left menu: operations grouped assume / tokens / inspect, under a heading that folds them. */
export function OperationNav({ current, onSelect }: { current: OperationName | null; onSelect: (name: OperationName) => void }) {
  const headingId = useId();
  const bodyId = useId();
  const [open, setOpen] = useState(true);
  return (
    <nav aria-label="Operations" className="px-2 py-3" data-testid="operation-nav">
      <DisclosureHeading id={headingId} open={open} onToggle={() => setOpen((o) => !o)} controls={bodyId}>
        Operations
      </DisclosureHeading>
      <div id={bodyId} hidden={!open}>
        {MENU.map((g) => (
          <div key={g.group} className="mb-2">
            <h3 id={`nav-${g.group}`} className="mt-1 mb-0.5 px-2 text-[11px] text-muted">
              {g.label}
            </h3>
            <ul aria-labelledby={`nav-${g.group}`} className="space-y-px">
              {g.items.map((op) => {
                const active = op.name === current;
                const index = MENU_ORDER.indexOf(op);
                return (
                  <li key={op.name}>
                    <a
                      href={`#/${op.name}`}
                      aria-current={active ? 'page' : undefined}
                      title={op.summary}
                      onClick={(e) => {
                        e.preventDefault();
                        onSelect(op.name);
                      }}
                      className={cx(
                        // Taller rows under lg: a finger, not a mouse pointer.
                        'group flex items-center gap-2 rounded px-2 py-2 text-[13px] lg:py-1',
                        active ? 'bg-accent-soft font-medium text-accent' : 'text-fg hover:bg-surface-2',
                      )}
                    >
                      <span className="min-w-0 flex-1 truncate">{op.name}</span>
                      {op.signing === 'none' && (
                        <span title="Unsigned: no credentials needed" className="text-muted">
                          <UnlockIcon size={12} />
                        </span>
                      )}
                      {index < 9 && (
                        <span className="hidden font-mono text-[10px] text-muted pointer-fine:group-hover:inline" aria-hidden="true">
                          Alt {index + 1}
                        </span>
                      )}
                    </a>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
