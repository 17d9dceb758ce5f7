import { useState } from 'react';
import { Button } from '../../ui/Button';

/**
 * "Apply to my sandbox" and "Reset to the world file" for one role or user: the sandbox in use
 * (server or in-page) answers the next call with the change; the world file is never written.
 */
export function LiveEditControls({
  what,
  canApply,
  blocker,
  apply,
  liveParts,
  reset,
}: {
  /** "trust policy", "permission policies". */
  what: string;
  canApply: boolean;
  /** Why it cannot be applied now, shown instead of the button's effect. */
  blocker: string | null;
  apply: () => Promise<void>;
  /** What of this role or user is changed live now. */
  liveParts: readonly string[];
  reset: () => Promise<void>;
}) {
  const [state, setState] = useState<{ busy: boolean; note: string | null; error: string | null }>({ busy: false, note: null, error: null });
  const run = async (action: () => Promise<void>, done: string) => {
    setState({ busy: true, note: null, error: null });
    try {
      await action();
      setState({ busy: false, note: done, error: null });
    } catch (e) {
      setState({ busy: false, note: null, error: (e as Error).message });
    }
  };
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2" data-testid="world-live-controls">
      <Button size="sm" variant="primary" disabled={!canApply || state.busy || blocker !== null} onClick={() => void run(apply, `Applied: your sandbox uses this ${what} from the next call.`)}>
        Apply to my sandbox
      </Button>
      {liveParts.length > 0 && (
        <Button size="sm" variant="secondary" disabled={state.busy} onClick={() => void run(reset, 'Back to the world file.')}>
          Reset to the world file
        </Button>
      )}
      <span className="text-[11px] text-muted" role="status" aria-live="polite" data-testid="world-live-status">
        {state.error ? <span className="text-danger">{state.error}</span> : (state.note ?? (blocker && canApply ? blocker : liveParts.length > 0 ? `Changed in your sandbox: ${liveParts.join(', ')}.` : ''))}
      </span>
    </div>
  );
}
