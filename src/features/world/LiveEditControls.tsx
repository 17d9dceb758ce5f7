import { Trans, useLingui } from '@lingui/react';
import { Words } from '../../i18n/Text';
import { Verbatim } from '../../i18n/Verbatim';
import { useState } from 'react';
import type { Message, Words as WordsValue } from '../../kernel/message';
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
  /** What is edited: the role's trust policy or its permission policies. */
  what: 'trust-policy' | 'permission-policies';
  canApply: boolean;
  /** Why it cannot be applied now, shown instead of the button's effect (a Message, or the JSON parser's own words). */
  blocker: WordsValue | null;
  apply: () => Promise<void>;
  /** What of this role or user is changed live now. */
  liveParts: readonly string[];
  reset: () => Promise<void>;
}) {
  const { i18n } = useLingui();
  const [state, setState] = useState<{ busy: boolean; note: Message | null; error: string | null }>({ busy: false, note: null, error: null });
  const run = async (action: () => Promise<void>, done: Message) => {
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
      <Button size="sm" variant="primary" disabled={!canApply || state.busy || blocker !== null} onClick={() =>
          void run(
            apply,
            what === 'trust-policy'
              ? /*i18n*/ { id: 'world.live.appliedTrust', message: 'Applied: your sandbox uses this trust policy from the next call.' }
              : /*i18n*/ { id: 'world.live.appliedPolicies', message: 'Applied: your sandbox uses these permission policies from the next call.' },
          )
        }
      >
        {i18n._({ id: 'world.live.apply', message: 'Apply to my sandbox' })}
      </Button>
      {liveParts.length > 0 && (
        <Button size="sm" variant="secondary" disabled={state.busy} onClick={() => void run(reset, /*i18n*/ { id: 'world.live.backToFile', message: 'Back to the world file.' })}>
          {i18n._({ id: 'world.live.reset', message: 'Reset to the world file' })}
        </Button>
      )}
      <span className="text-[11px] text-muted" role="status" aria-live="polite" data-testid="world-live-status">
        {/* A refused edit: the sandbox control's own error message, English until the controls' texts are converted. */}
        {state.error ? (
          <span className="text-danger">
            <Words w={state.error} />
          </span>
        ) : state.note ? (
          i18n._(state.note)
        ) : blocker && canApply ? (
          <Words w={blocker} />
        ) : liveParts.length > 0 ? (
          <Trans id="world.live.changed" message="Changed in your sandbox: {parts}." values={{ parts: <Verbatim>{liveParts.join(', ')}</Verbatim> }} />
        ) : (
          ''
        )}
      </span>
    </div>
  );
}
