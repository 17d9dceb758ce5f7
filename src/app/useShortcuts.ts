import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  send: () => void;
  openPalette: () => void;
  /** Alt+1…9: the n-th operation of the menu (0-based). */
  selectIndex: (index: number) => void;
}

/**
 * Page-wide keys, caught in the capture phase so they work inside the Monaco editor too:
 * Ctrl/Cmd+Enter sends, Ctrl/Cmd+K opens the palette, Alt+1…9 switch operations.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && !e.shiftKey && e.key === 'Enter') {
        e.preventDefault();
        e.stopPropagation();
        ref.current.send();
      } else if (mod && !e.altKey && !e.shiftKey && (e.key === 'k' || e.key === 'K')) {
        e.preventDefault();
        e.stopPropagation();
        ref.current.openPalette();
      } else if (e.altKey && !mod && !e.shiftKey && /^Digit[1-9]$/.test(e.code)) {
        // e.code, not e.key: on macOS Alt+digit types a symbol.
        e.preventDefault();
        e.stopPropagation();
        ref.current.selectIndex(Number(e.code.slice(5)) - 1);
      }
    }
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
