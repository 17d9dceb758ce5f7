import type { ReactNode } from 'react';
import { ChevronIcon } from './icons';

/**
 * A sidebar section's heading that folds the section: an <h2> holding a button with aria-expanded
 * (the disclosure pattern), so the heading still names its section and the list of headings stays whole.
 */
export function DisclosureHeading({ id, open, onToggle, controls, children }: {
  id: string;
  open: boolean;
  onToggle: () => void;
  /** The id of the part that folds. */
  controls: string;
  children: ReactNode;
}) {
  return (
    <h2 id={id} className="mb-1">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={controls}
        onClick={onToggle}
        className="flex w-full items-center gap-1 rounded px-1 py-0.5 text-left text-[11px] font-semibold tracking-wide text-muted uppercase hover:bg-surface-2 hover:text-fg"
      >
        <ChevronIcon size={12} className={open ? 'rotate-90' : undefined} />
        {children}
      </button>
    </h2>
  );
}
