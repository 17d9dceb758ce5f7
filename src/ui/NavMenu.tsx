import { useLingui } from '@lingui/react';
import { useId, useState } from 'react';
import type { Command, NavSection } from '../state/commands';
import { commandHref } from '../state/commands';
import { CommandWords, useCommandWords } from './CommandWords';
import { cx } from './cx';
import { DisclosureHeading } from './DisclosureHeading';
import { UnlockIcon } from './icons';

/**
 * One of the sidebar's menus, drawn from the command registry: a landmark named after the section,
 * under a heading that folds it, its commands grouped (the operations: assume / tokens / inspect).
 */
export function NavMenu({ section, currentId, onRun, first }: { section: NavSection; currentId: string | null; onRun: (command: Command) => void; first?: boolean }) {
  const headingId = useId();
  const bodyId = useId();
  const [open, setOpen] = useState(!section.startsFolded);
  const { i18n } = useLingui();
  const words = useCommandWords();
  const list = (commands: readonly Command[], labelledBy: string) => (
    <ul aria-labelledby={labelledBy} className="space-y-px">
      {commands.map((c) => {
        const active = c.id === currentId;
        return (
          <li key={c.id}>
            <a
              href={commandHref(c)}
              aria-current={active ? 'page' : undefined}
              title={words(c.summary)}
              onClick={(e) => {
                e.preventDefault();
                onRun(c);
              }}
              className={cx(
                // Taller rows under lg: a finger, not a mouse pointer.
                'group flex items-center gap-2 rounded px-2 py-2 text-[13px] lg:py-1',
                active ? 'bg-accent-soft font-medium text-accent' : 'text-fg hover:bg-surface-2',
              )}
            >
              <span className="min-w-0 flex-1 truncate">
                <CommandWords text={c.label} />
              </span>
              {c.unsigned && (
                <span title={i18n._({ id: 'nav.unsigned', message: 'Unsigned: no credentials needed' })} className="text-muted">
                  <UnlockIcon size={12} />
                </span>
              )}
              {c.shortcut && (
                <span className="hidden font-mono text-[10px] text-muted pointer-fine:group-hover:inline" aria-hidden="true" translate="no">
                  {c.shortcut.hint}
                </span>
              )}
            </a>
          </li>
        );
      })}
    </ul>
  );
  return (
    <nav aria-label={i18n._(section.label)} className={cx('px-2 py-3', !first && 'border-t border-line')} data-testid={`${section.area === 'operations' ? 'operation' : section.area}-nav`}>
      <DisclosureHeading id={headingId} open={open} onToggle={() => setOpen((o) => !o)} controls={bodyId}>
        {i18n._(section.label)}
      </DisclosureHeading>
      <div id={bodyId} hidden={!open}>
        {section.groups.map((g, i) =>
          g.label === null ? (
            <div key={i}>{list(g.commands, headingId)}</div>
          ) : (
            <div key={i} className="mb-2">
              <h3 id={`${bodyId}-${i}`} className="mt-1 mb-0.5 px-2 text-[11px] text-muted">
                <CommandWords text={g.label} />
              </h3>
              {list(g.commands, `${bodyId}-${i}`)}
            </div>
          ),
        )}
      </div>
    </nav>
  );
}
