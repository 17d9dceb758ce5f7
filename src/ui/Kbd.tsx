import type { ReactNode } from 'react';

export function Kbd({ children }: { children?: ReactNode }) {
  return (
    <kbd translate="no" className="rounded border border-line bg-surface-2 px-1 py-px font-mono text-[11px] leading-none text-muted">{children}</kbd>
  );
}

/** "⌘" on Apple platforms, "Ctrl" elsewhere. */
export const MOD_KEY = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/**
 * Text about keyboard shortcuts: hidden on touch screens (coarse pointer), where there is no Ctrl key to
 * press. Whatever it describes must also be reachable by a visible control.
 */
export function KeyboardHint({ children }: { children: ReactNode }) {
  return <span className="pointer-coarse:hidden">{children}</span>;
}
