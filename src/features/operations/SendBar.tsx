import { Button } from '../../ui/Button';
import { Kbd, MOD_KEY } from '../../ui/Kbd';
import { SendIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';

export interface SendBarProps {
  operation: string;
  issueCount: number;
  pending: boolean;
  /** Why sending is impossible whatever the input (no credentials, bad endpoint); null when it can go. */
  blocker: string | null;
  onSend: () => void;
  onSendAnyway: () => void;
  onCancel: () => void;
}

/** Send (disabled while the input is invalid), Send anyway, and Cancel while a call is in flight. */
export function SendBar({ operation, issueCount, pending, blocker, onSend, onSendAnyway, onCancel }: SendBarProps) {
  const invalid = issueCount > 0;
  return (
    <div className="flex flex-wrap items-center gap-2">
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
          <Button variant="primary" onClick={onSend} disabled={invalid || blocker !== null} aria-keyshortcuts="Control+Enter Meta+Enter">
            <SendIcon /> Send
          </Button>
          {invalid && blocker === null && (
            <Button variant="secondary" onClick={onSendAnyway} title="Send the request as it is and see what STS answers">
              Send anyway
            </Button>
          )}
        </>
      )}
      <span className="text-xs text-muted" role="status">
        {pending
          ? 'Waiting for the answer…'
          : blocker
            ? blocker
            : invalid
              ? `${issueCount} ${issueCount === 1 ? 'problem' : 'problems'} in the input; STS would refuse it.`
              : <>Ready · <Kbd>{MOD_KEY}</Kbd> <Kbd>Enter</Kbd> to send</>}
      </span>
    </div>
  );
}
