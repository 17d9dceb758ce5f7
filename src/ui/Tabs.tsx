import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Verbatim } from '../i18n/Verbatim';
import { cx } from './cx';

export interface TabItem<K extends string> {
  key: K;
  label: string;
  /** The label is a name that stays as it is in every language ("PowerShell", "credential_process"). */
  verbatim?: boolean;
}

interface TabListProps<K extends string> {
  tabs: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  label: string;
  /** The id of a tab's button and of the panel it controls. */
  tabId: (key: K) => string;
  panelId: (key: K) => string;
  className?: string;
}

/** A WAI-ARIA tab list (automatic activation; arrow keys, Home and End move between tabs). */
export function TabList<K extends string>({ tabs, selected, onSelect, label, tabId, panelId, className }: TabListProps<K>) {
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
    <div role="tablist" aria-label={label} className={cx('flex gap-1', className)} onKeyDown={onKeyDown}>
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
            id={tabId(t.key)}
            aria-selected={active}
            aria-controls={panelId(t.key)}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(t.key)}
            className={cx('-mb-px border-b-2 px-2 py-1.5 text-xs font-medium', active ? 'border-accent text-fg' : 'border-transparent text-muted hover:text-fg')}
          >
            {t.verbatim ? <Verbatim>{t.label}</Verbatim> : t.label}
          </button>
        );
      })}
    </div>
  );
}

/** Tabs over one panel that shows the selected tab's content. */
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
  return (
    <div>
      <div className="flex items-center gap-2 border-b border-line px-2">
        <TabList tabs={tabs} selected={selected} onSelect={onSelect} label={label} tabId={(k) => `${id}-tab-${k}`} panelId={() => `${id}-panel`} />
        <div className="ml-auto flex items-center gap-1">{actions}</div>
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${selected}`}>
        {children}
      </div>
    </div>
  );
}
