import { Trans, useLingui } from '@lingui/react';
import type { Message } from '../../kernel/message';
import { Text } from '../../i18n/Text';
import type { SendIssue } from './sendReadiness';
import type { Ref } from 'react';
import { Button } from '../../ui/Button';
import { Kbd, KeyboardHint, MOD_KEY } from '../../ui/Kbd';
import { SendIcon } from '../../ui/icons';
import { cx } from '../../ui/cx';
import { Spinner } from '../../ui/Spinner';

export interface SendBarProps {
  /** The Send button, for moving the focus to it. */
  sendRef?: Ref<HTMLButtonElement>;
  operation: string;
  issueCount: number;
  /** Replaces the "N problems" line, e.g. "Required: Role ARN." before any field was touched. */
  issueText?: SendIssue;
  /** The session-policy checks are still loading: the bar says so instead of "Ready". */
  checking?: boolean;
  pending: boolean;
  /** Why sending is impossible whatever the input (no credentials, bad endpoint); null when it can go. */
  blocker: Message | null;
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
export function SendBar({ sendRef, operation, issueCount, issueText, checking = false, pending, blocker, onSend, onSendAnyway, onCancel, onReset, onPrepare, jumpTo }: SendBarProps) {
  const invalid = issueCount > 0;
  const { i18n } = useLingui();
  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1" data-testid="send-bar" onPointerEnter={onPrepare} onFocus={onPrepare}>
      {pending ? (
        <>
          <Button variant="primary" disabled aria-label={i18n._({ id: 'send.sendingLabel', message: 'Sending {operation}', values: { operation } })}>
            <Spinner /> {i18n._({ id: 'send.sending', message: 'Sending…' })}
          </Button>
          <Button variant="danger" onClick={onCancel}>
            {i18n._({ id: 'send.cancel', message: 'Cancel' })}
          </Button>
        </>
      ) : (
        <>
          <Button ref={sendRef} variant="primary" onClick={onSend} disabled={invalid || blocker !== null} aria-keyshortcuts="Control+Enter Meta+Enter">
            <SendIcon /> {i18n._({ id: 'send.send', message: 'Send' })}
          </Button>
          {invalid && blocker === null && (
            <Button variant="secondary" onClick={onSendAnyway} title={i18n._({ id: 'send.anywayTitle', message: 'Send the request as it is and see what STS answers' })}>
              {i18n._({ id: 'send.anyway', message: 'Send anyway' })}
            </Button>
          )}
        </>
      )}
      {/* A problem is a sentence, not a word: it gets its own line under the buttons instead of a column squeezed between them. */}
      <span className={cx('min-w-0 flex-1 text-xs text-muted', !pending && (blocker !== null || invalid) && 'order-last basis-full')} role="status">
        {pending
          ? i18n._({ id: 'send.waiting', message: 'Waiting for the answer…' })
          : blocker
            ? <Text m={blocker} />
            : invalid
              ? issueText === undefined
                ? i18n._({ id: 'send.problems', message: '{count, plural, one {# problem} other {# problems}} in the input; STS would refuse it.', values: { count: issueCount } })
                : 'required' in issueText
                  ? i18n._({ id: 'send.required', message: 'Required: {fields}.', values: { fields: issueText.required.map((m) => i18n._(m)).join(', ') } })
                  : <Text m={issueText} />
              : checking
                ? i18n._({ id: 'send.checkingPolicy', message: 'Checking the session policy…' })
                : <>{i18n._({ id: 'send.ready', message: 'Ready' })}<KeyboardHint> · <Trans id="send.shortcut" message="<0>{mod}</0> <1>Enter</1> to send" values={{ mod: MOD_KEY }} components={{ 0: <Kbd />, 1: <Kbd /> }} /></KeyboardHint></>}
      </span>
      {jumpTo && (
        <Button variant="ghost" size="sm" onClick={() => jump(jumpTo.elementId)} data-testid="jump-to-verdict">
          {jumpTo.label}
        </Button>
      )}
      <Button variant="ghost" size="sm" className="text-muted" onClick={onReset} disabled={pending}>
        {i18n._({ id: 'send.clear', message: 'Clear form' })}
      </Button>
    </div>
  );
}
