import { useLingui } from '@lingui/react';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { paletteMatches, PALETTE_COMMANDS, type Command } from '../state/commands';
import { CommandWords, useCommandWords } from './CommandWords';
import { cx } from './cx';
import { PALETTE_DIALOG_CLASS, PALETTE_TEXT, PaletteSearch } from './paletteText';

/**
 * Ctrl/Cmd+K: type to filter the registry's operations, tools and labs, Enter to run one. A native modal
 * <dialog> (focus trap, Esc).
 */
export interface CommandPaletteProps {
  open: boolean;
  onClose: () => void;
  onRun: (command: Command) => void;
  /** What was typed before the palette's code arrived (LazyCommandPalette's stand-in): the search starts from it, and an Enter pressed there runs the first match. */
  takeTypedEarly?: () => TypedEarly;
}

export interface TypedEarly {
  query: string;
  enter: boolean;
}

export function CommandPalette({ open, onClose, onRun, takeTypedEarly }: CommandPaletteProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [enterEarly, setEnterEarly] = useState(false);
  const { i18n } = useLingui();
  const words = useCommandWords();

  // A layout effect: the search field has the keyboard before the next key press can land elsewhere.
  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      const early = takeTypedEarly?.();
      setQuery(early?.query ?? '');
      setEnterEarly(early?.enter ?? false);
      setActive(0);
      d.showModal();
      input.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open, takeTypedEarly]);

  const matches = useMemo(() => paletteMatches(query, words, PALETTE_COMMANDS), [query, words]);

  const choose = (entry: Command | undefined) => {
    if (!entry) return;
    // Clear now, not on the next open: keys typed right after Ctrl+K must not land after the old query.
    setQuery('');
    setActive(0);
    onRun(entry);
    onClose();
  };

  useEffect(() => {
    if (!enterEarly) return;
    setEnterEarly(false);
    choose(matches[0]);
    // Once, with the matches of the query typed early; `choose` is this render's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enterEarly]);

  return (
    <dialog
      ref={dialog}
      aria-label={i18n._(PALETTE_TEXT.name)}
      onClose={() => {
        // The close event is queued: if Ctrl+K reopened the dialog meanwhile, this one is stale.
        if (dialog.current?.open) return;
        setQuery('');
        setActive(0);
        onClose();
      }}
      onClick={(e) => e.target === dialog.current && onClose()}
      className={PALETTE_DIALOG_CLASS}
    >
      <PaletteSearch
        id={`${id}-q`}
        inputRef={input}
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={matches[active] ? `${id}-opt-${matches[active].id}` : undefined}
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
