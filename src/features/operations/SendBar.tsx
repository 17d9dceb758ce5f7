import type { Ref } from 'react';
import { Button } from '../../ui/Button';
import { Kbd, KeyboardHint, MOD_KEY } from '../../ui/Kbd';
import { SendIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';

export interface SendBarProps {
  /** The Send button, for moving the focus to it. */
  sendRef?: Ref<HTMLButtonElement>;
  operation: string;
  issueCount: number;
  /** Replaces the "N problems" line, e.g. "Required: Role ARN." before any field was touched. */
  issueText?: string;
  pending: boolean;
  /** Why sending is impossible whatever the input (no credentials, bad endpoint); null when it can go. */
  blocker: string | null;
  onSend: () => void;
  onSendAnyway: () => void;
  onCancel: () => void;
  onReset: () => void;
  /** Called when the pointer or focus reaches Send: a chance to load what sending needs. */
  onPrepare?: () => void;
  /** A companion answer elsewhere on the page (the federation verdict): a link that jumps to it. */
  jumpTo?: { label: string; elementId: string };
}

/** Brings an element into view and moves the focus to it (it must be focusable, e.g. tabIndex=-1). */
function jump(elementId: string) {
  const el = document.getElementById(elementId);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.focus({ preventScroll: true });
}

/** Send (disabled while the input is invalid), Send anyway, and Cancel while a call is in flight. */
export function SendBar({ sendRef, operation, issueCount, issueText, pending, blocker, onSend, onSendAnyway, onCancel, onReset, onPrepare, jumpTo }: SendBarProps) {
  const invalid = issueCount > 0;
  return (
    <div className="flex items-center gap-2" onPointerEnter={onPrepare} onFocus={onPrepare}>
      {pending ? (
        <>
          <Button variant="primary" disabled aria-label={`Sending ${operation}`}>
            <Spinner /> Sending…
          </Button>
          <Button variant="danger" onClick={onCancel}>
            Cancel
          </Button>
        </>
      ) : (
        <>
          <Button ref={sendRef} variant="primary" onClick={onSend} disabled={invalid || blocker !== null} aria-keyshortcuts="Control+Enter Meta+Enter">
            <SendIcon /> Send
          </Button>
          {invalid && blocker === null && (
            <Button variant="secondary" onClick={onSendAnyway} title="Send the request as it is and see what STS answers">
              Send anyway
            </Button>
          )}
        </>
      )}
      <span className="min-w-0 flex-1 text-xs text-muted" role="status">
        {pending
          ? 'Waiting for the answer…'
          : blocker
            ? blocker
            : invalid
              ? (issueText ?? `${issueCount} ${issueCount === 1 ? 'problem' : 'problems'} in the input; STS would refuse it.`)
              : <>Ready<KeyboardHint> · <Kbd>{MOD_KEY}</Kbd> <Kbd>Enter</Kbd> to send</KeyboardHint></>}
      </span>
      {jumpTo && (
        <Button variant="ghost" size="sm" onClick={() => jump(jumpTo.elementId)} data-testid="jump-to-verdict">
          {jumpTo.label}
        </Button>
      )}
      <Button variant="ghost" size="sm" className="text-muted" onClick={onReset} disabled={pending}>
        Clear form
      </Button>
    </div>
  );
}
