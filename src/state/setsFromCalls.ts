/**
 * Credential sets from calls: every settled successful call that returned Credentials becomes a set
 * once, signed by whoever signed the call (remembered when it was sent); a refresh's call replaces the
 * set it refreshes, and a failed refresh leaves that set with a note.
 */
import type { Message } from '../kernel/message';
import { type CredentialSet, type ParentInfo } from '../credentials/credential-set';
import { identityFromArn } from '../credentials/identity';
import { credentialSetFromResult } from '../credentials/set-from-result';
import type { CallRecord } from './calls';

/** What was known about a call when it was sent. */
export interface TrackedCall {
  parent: ParentInfo;
  /** Long-term keys whose owner is known (the demo user): the parent identity, read from this ARN here. */
  signerArn?: string;
  /** Refresh: the id of the set this call's keys replace. */
  replaces?: string;
}

export type SetChange = { kind: 'add'; set: CredentialSet } | { kind: 'replace'; id: string; set: CredentialSet } | { kind: 'note'; id: string; text: Message };

/**
 * The changes the calls of `history` not yet in `seen` bring. `seen` and `tracked` are the caller's
 * memory and are updated here: each settled call is looked at once.
 */
export function setChangesFromCalls(history: readonly CallRecord[], seen: Set<string>, tracked: Map<string, TrackedCall>): SetChange[] {
  const changes: SetChange[] = [];
  for (const r of history) {
    if (r.outcome.status === 'pending' || seen.has(r.id)) continue;
    seen.add(r.id);
    const t = tracked.get(r.id);
    tracked.delete(r.id);
    if (r.outcome.status === 'error') {
      if (t?.replaces) changes.push({ kind: 'note', id: t.replaces, text: /*i18n*/ { id: 'sets.note.refreshFailed', message: 'Refresh failed: {code}. The set is unchanged.', values: { code: r.outcome.error.code }, verbatim: ['code'] } });
      continue;
    }
    const parent = t?.signerArn && !t.parent.set && !t.parent.identity ? { identity: identityFromArn(t.signerArn) } : t?.parent;
    const set = credentialSetFromResult(r.operation, r.input as Record<string, unknown>, r.outcome.output, parent, {
      targetLabel: r.targetLabel,
      sandboxClock: r.sandboxClock,
      ...(r.keysEndpoint ? { keysEndpoint: r.keysEndpoint } : {}),
    });
    if (!set) continue;
    if (t?.replaces) changes.push({ kind: 'replace', id: t.replaces, set }, { kind: 'note', id: t.replaces, text: /*i18n*/ { id: 'sets.note.refreshed', message: 'Refreshed.' } });
    else changes.push({ kind: 'add', set });
  }
  return changes;
}
