/**
 * The verdict line's content from the rulebook's verdict (inspect/verdict): the same rules the
 * sandbox runs decide; this module only words the cause in a few words and keeps the last answer
 * on screen while the next second's is computed.
 */
import { useEffect, useState } from 'react';
import { causeTitleOf, roleTrustFromPasted, roleTrustFromSandbox, TRUST_POLICY_CHECK_ID, type FederationKind, type FederationVerdict, type RoleTrust, type SandboxTrustDocument, type VerdictCheck } from '../../inspect/verdict';
import type { Message, Words } from '../../kernel/message';
import type { CheckItem } from './CheckList';
import type { JudgedInput, VerdictAnchor } from './types';
import { useAsyncResult } from './useAsyncResult';
import type { VerdictView } from './VerdictPanel';

/** The cause in a few words: the rulebook's cause id, worded for this protocol (never a SAML title on an OIDC failure). */
export function causeTitle(kind: FederationKind, c: Pick<VerdictCheck, 'causeId' | 'title'>): Words {
  return causeTitleOf(kind, c.causeId) ?? c.title;
}

/**
 * What the verdict knows of the role: against the sandbox, the role in its trust document (the
 * request's world, an attendee's live edits included); against AWS, the trust policy pasted in the
 * trust-policy box (typed there), else nothing.
 */
export function roleTrustFor(doc: SandboxTrustDocument | null, docError: string | null, sandbox: boolean, roleArn: string, pastedPolicy: string): RoleTrust | null {
  if (roleArn.trim() === '') return { kind: 'unknown', why: /*i18n*/ { id: 'federation.trust.noRoleArn', message: 'no RoleArn yet, so no role to check.' }, need: /*i18n*/ { id: 'federation.trust.needRoleArn', message: 'the RoleArn of the role to assume: its trust policy decides last' } };
  if (sandbox) {
    if (doc) return roleTrustFromSandbox(doc, roleArn);
    // Not read yet: wait (null) rather than flash "cannot tell"; unreadable: say so.
    return docError ? { kind: 'unknown', why: docError } : null;
  }
  return roleTrustFromPasted(roleArn, pastedPolicy);
}

/** The rulebook's checks as the check table shows them. */
export const toCheckItems = (checks: readonly VerdictCheck[]): CheckItem[] =>
  checks.map((c) => ({ id: c.id, status: c.status, title: c.title, detail: c.detail, ...(c.error ? { stsError: c.error } : {}), ...(c.fix ? { fix: c.fix } : {}) }));

/** The verdict line for a rulebook verdict. */
export function toVerdictView(kind: FederationKind, v: FederationVerdict): VerdictView {
  if (v.kind === 'accepted') return { kind: 'accepted', detail: /*i18n*/ { id: 'federation.verdict.accepted', message: "STS would accept it: every rule passes, the signature verifies, and the role's trust policy allows the call." } };
  if (v.kind === 'cannot-tell') {
    const unknown = v.checks.filter((c) => c.status === 'unknown');
    // Only the trust policy is unknown: say what was checked, so the one line stays true.
    if (unknown.length > 0 && unknown.every((c) => c.id === TRUST_POLICY_CHECK_ID)) {
      const headline: Message =
        kind === 'saml'
          ? /*i18n*/ { id: 'federation.verdict.trustOnlySaml', message: "The response passes every check; cannot tell about the role's trust policy" }
          : /*i18n*/ { id: 'federation.verdict.trustOnlyOidc', message: "The token passes every check; cannot tell about the role's trust policy" };
      const checked: Message =
        kind === 'saml'
          ? /*i18n*/ { id: 'federation.verdict.checkedSaml', message: 'Checked: everything STS checks on the response, the signature included.' }
          : /*i18n*/ { id: 'federation.verdict.checkedOidc', message: 'Checked: everything STS checks on the token, the signature included.' };
      return { kind: 'cannot-tell', headline, checked, notChecked: unknown[0]?.detail ?? null, missing: v.missing };
    }
    return { kind: 'cannot-tell', missing: v.missing };
  }
  return { kind: 'rejected', code: v.error.code, message: v.error.message, causeTitle: causeTitle(kind, { causeId: v.causeId ?? undefined, title: v.checks.find((c) => c.id === v.checkId)?.title ?? v.checkId }), cause: v.cause, fix: v.fix };
}

const REJUDGE_MS = 3000;

/**
 * Runs the rulebook for `inputKey` every few seconds (expiry moves) and keeps the last verdict for the
 * same input on screen meanwhile, so the live region announces changes, not recomputations.
 */
export function useLiveVerdict(inputKey: string, run: ((nowMs: number) => Promise<FederationVerdict>) | null, nowMs: number): FederationVerdict | null {
  // Re-judged every few seconds, not every tick: each run verifies signatures again.
  const bucket = Math.floor(nowMs / REJUDGE_MS);
  const state = useAsyncResult(`${inputKey}\u0000${bucket}`, run ? () => run(nowMs) : null, 0, (e): FederationVerdict => ({ kind: 'cannot-tell', missing: [/*i18n*/ { id: 'federation.verdict.failed', message: 'the verdict could not be computed ({reason})', values: { reason: e instanceof Error ? e.message : String(e) }, verbatim: ['reason'] }], checks: [] }));
  const [last, setLast] = useState<{ key: string; value: FederationVerdict } | null>(null);
  const fresh = state.status === 'done' ? state.value : null;
  if (fresh && (last?.key !== inputKey || last.value !== fresh)) setLast({ key: inputKey, value: fresh });
  if (!run) return null;
  return fresh ?? (last?.key === inputKey ? last.value : null);
}

/** Tells the anchor's listener of a rejection of `input` (once per distinct rejection, not every tick). */
export function useReportRejection(anchor: VerdictAnchor, input: string, verdict: VerdictView | null) {
  const rejected = verdict?.kind === 'rejected' ? verdict : null;
  const judged: JudgedInput | null = rejected ? { input, code: rejected.code, causeTitle: rejected.causeTitle, cause: rejected.cause, fix: rejected.fix } : null;
  const key = judged ? JSON.stringify(judged) : '';
  const { onRejected } = anchor;
  useEffect(() => {
    if (key !== '' && onRejected) onRejected(JSON.parse(key) as JudgedInput);
  }, [key, onRejected]);
}
