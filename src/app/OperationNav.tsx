import type { OperationName } from '../catalog/types';
import { cx } from '../ui/cx';
import { UnlockIcon } from '../ui/icons';
import { MENU, MENU_ORDER } from './groups';

/** The left menu: operations grouped assume / tokens / inspect. */
export function OperationNav({ current, onSelect }: { current: OperationName | null; onSelect: (name: OperationName) => void }) {
  return (
    <nav aria-label="Operations" className="h-full overflow-y-auto px-2 py-3" data-testid="operation-nav">
      {MENU.map((g) => (
        <div key={g.group} className="mb-3">
          <h2 id={`nav-${g.group}`} className="mb-1 px-2 text-[11px] font-semibold tracking-wide text-muted uppercase">
            {g.label}
          </h2>
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
                      'group flex items-center gap-2 rounded px-2 py-1 text-[13px]',
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
                      <span className="hidden font-mono text-[10px] text-muted group-hover:inline" aria-hidden="true">
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
    </nav>
  );
}
