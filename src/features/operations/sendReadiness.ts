/**
 * Whether the form on screen can be sent, and what the Send bar says when it cannot: where the call
 * would go, whether keys are there to sign it, and the input's problems in one line.
 */
import type { Message } from '../../kernel/message';

/**
 * The Send bar's line about the input: a Message, or the required fields still empty (their labels, which
 * the bar translates and lists).
 */
export type SendIssue = Message | { readonly required: readonly Message[] };

/**
 * The Send bar's one line about the input: the policy size (from the session-policy checks), the policy
 * editor's errors, or the required fields still empty.
 */
export function sendIssueText(counts: { issues: number; shownIssues: number; policyErrors: number }, missing: readonly Message[], sizeIssue: Message | null): SendIssue | undefined {
  const { issues, shownIssues, policyErrors } = counts;
  return (
    sizeIssue ??
    (issues === 0 && policyErrors > 0
      ? /*i18n*/ { id: 'send.policyErrors', message: 'The session policy has {count, plural, one {# error} other {# errors}} (marked in the policy editor); STS would refuse it.', values: { count: policyErrors } }
      : issues > 0 && shownIssues === 0 && missing.length > 0
        ? { required: missing }
        : undefined)
  );
}

/** Why Send is disabled, or null: no target yet (the sandbox starting or failed), or no keys for a signed call. */
export function sendBlocker(targetKnown: boolean, sandboxFailed: boolean, needsKeys: boolean, hasKeys: boolean): Message | null {
  if (!targetKnown) {
    return sandboxFailed
      ? /*i18n*/ { id: 'send.sandboxUnavailable', message: 'The sandbox is not available (see Connection).' }
      : /*i18n*/ { id: 'send.sandboxStarting', message: 'Starting the sandbox…' };
  }
  return needsKeys && !hasKeys ? /*i18n*/ { id: 'send.needKeys', message: 'Add source credentials under Edit connection to sign this call.' } : null;
}
