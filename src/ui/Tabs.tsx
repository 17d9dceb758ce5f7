import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { cx } from './cx';

export interface TabItem<K extends string> {
  key: K;
  label: string;
}

/** WAI-ARIA tabs (automatic activation; arrow keys move between tabs). */
export function Tabs<K extends string>({
  tabs,
  selected,
  onSelect,
  label,
  children,
  actions,
}: {
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const id = useId();
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const i = tabs.findIndex((t) => t.key === selected);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    const tab = tabs[next];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.key);
    refs.current[tab.key]?.focus();
  }

  return (
    <div>
      <div className="flex items-center gap-2 border-b border-line px-2">
        <div role="tablist" aria-label={label} className="flex gap-1" onKeyDown={onKeyDown}>
          {tabs.map((t) => {
            const active = t.key === selected;
            return (
              <button
                key={t.key}
                ref={(el) => {
                  refs.current[t.key] = el;
                }}
                type="button"
                role="tab"
                id={`${id}-tab-${t.key}`}
                aria-selected={active}
                aria-controls={`${id}-panel`}
                tabIndex={active ? 0 : -1}
                onClick={() => onSelect(t.key)}
                className={cx(
                  '-mb-px border-b-2 px-2 py-1.5 text-xs font-medium',
                  active ? 'border-accent text-fg' : 'border-transparent text-muted hover:text-fg',
                )}
              >
                {t.label}
              </button>
            );
          })}
        </div>
        <div className="ml-auto flex items-center gap-1">{actions}</div>
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`}>
        {children}
      </div>
    </div>
  );
}
