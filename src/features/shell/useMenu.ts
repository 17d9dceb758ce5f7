import { useCallback, useEffect, useId, useRef, useState } from 'react';

/** Where the sidebar is a column of its own (Tailwind's lg); narrower, it is the header's menu. */
const WIDE_LAYOUT_QUERY = '(min-width: 64rem)';

/**
 * The sidebar as a menu on narrow screens: the header's button opens it over the page, the keyboard lands on
 * the current item, Escape (or the button again) closes it and gives the focus back to the button.
 * Growing the window to the wide layout closes it (the sidebar is then a column).
 */
export function useMenu() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const controls = useId();

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);
  const toggle = useCallback(() => setOpen((o) => !o), []);

  useEffect(() => {
    if (!open) return;
    const panel = panelRef.current;
    const here = panel?.querySelector<HTMLElement>('[aria-current="page"]') ?? panel?.querySelector<HTMLElement>('a[href], button');
    here?.focus();
    here?.scrollIntoView({ block: 'nearest' });
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close(true);
    };
    const wide = window.matchMedia(WIDE_LAYOUT_QUERY);
    const onWide = () => wide.matches && close(false);
    document.addEventListener('keydown', onKey);
    wide.addEventListener('change', onWide);
    return () => {
      document.removeEventListener('keydown', onKey);
      wide.removeEventListener('change', onWide);
    };
  }, [open, close]);

  return { open, toggle, close, buttonRef, panelRef, controls };
}
