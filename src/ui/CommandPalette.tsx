import { useLingui } from '@lingui/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { paletteMatches, PALETTE_COMMANDS, type Command } from '../state/commands';
import { CommandWords, useCommandWords } from './CommandWords';
import { cx } from './cx';
import { SearchIcon } from './icons';

/**
 * Ctrl/Cmd+K: type to filter the registry's operations, tools and labs, Enter to run one. A native modal
 * <dialog> (focus trap, Esc).
 */
export function CommandPalette({ open, onClose, onRun }: { open: boolean; onClose: () => void; onRun: (command: Command) => void }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { i18n } = useLingui();
  const words = useCommandWords();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      setQuery('');
      setActive(0);
      d.showModal();
      input.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);

  const matches = useMemo(() => paletteMatches(query, words, PALETTE_COMMANDS), [query, words]);

  const choose = (entry: Command | undefined) => {
    if (!entry) return;
    // Clear now, not on the next open: keys typed right after Ctrl+K must not land after the old query.
    setQuery('');
    setActive(0);
    onRun(entry);
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      aria-label={i18n._({ id: 'command.palette.name', message: 'Switch operation' })}
      onClose={() => {
        // The close event is queued: if Ctrl+K reopened the dialog meanwhile, this one is stale.
        if (dialog.current?.open) return;
        setQuery('');
        setActive(0);
        onClose();
      }}
      onClick={(e) => e.target === dialog.current && onClose()}
      className="fixed inset-x-0 top-[12vh] mx-auto w-[min(560px,92vw)] rounded-lg border border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/40"
    >
      <div className="flex items-center gap-2 border-b border-line px-3">
        <SearchIcon className="text-muted" />
        <label htmlFor={`${id}-q`} className="sr-only">
          {i18n._({ id: 'palette.search', message: 'Search operations' })}
        </label>
        <input
          ref={input}
          id={`${id}-q`}
          role="combobox"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-activedescendant={matches[active] ? `${id}-opt-${matches[active].id}` : undefined}
          autoComplete="off"
          spellCheck={false}
          className="h-10 flex-1 bg-transparent text-sm outline-none"
          placeholder={i18n._({ id: 'palette.placeholder', message: 'Switch to an operation, a tool or a lab…' })}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((a) => Math.min(matches.length - 1, a + 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(0, a - 1));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              choose(matches[active]);
            }
          }}
        />
      </div>
      <ul id={`${id}-list`} role="listbox" aria-label={i18n._({ id: 'palette.list', message: 'Operations, tools and labs' })} className="max-h-80 overflow-y-auto p-1">
        {matches.length === 0 && (
          <li className="px-3 py-2 text-xs text-muted">
            {i18n._({ id: 'palette.nothing', message: 'Nothing matches “{query}”.', values: { query } })}
          </li>
        )}
        {matches.map((o, i) => (
          <li
            key={o.id}
            id={`${id}-opt-${o.id}`}
            role="option"
            aria-selected={i === active}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(o)}
            className={cx('flex cursor-pointer items-baseline gap-2 rounded px-3 py-1.5', i === active && 'bg-accent-soft')}
          >
            <span className="text-[13px] font-medium">
              <CommandWords text={o.label} />
            </span>
            <span className="min-w-0 flex-1 truncate text-xs text-muted">
              <CommandWords text={o.summary} />
            </span>
            <span className="text-[10px] text-muted">
              <CommandWords text={o.group} />
            </span>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
